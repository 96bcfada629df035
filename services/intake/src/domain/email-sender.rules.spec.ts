import { callerOfMail } from './email-sender.rules';

describe('the caller of a mail', () => {
  it('is the directory user the address belongs to', () => {
    expect(callerOfMail('Requester@Acme.Example', 'requester')).toBe('requester');
  });

  it('is the address itself for an unknown contact, never a made-up user', () => {
    expect(callerOfMail(' Pat.Jones@customer.example ', null)).toBe('pat.jones@customer.example');
  });
});
