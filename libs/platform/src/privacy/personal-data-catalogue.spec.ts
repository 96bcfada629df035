import { declarationOf, PERSONAL_DATA_CATALOGUE } from './personal-data-catalogue';

describe('the personal data catalogue', () => {
  it('declares each event type once: one event, one person, one set of sealed fields', () => {
    const types = PERSONAL_DATA_CATALOGUE.flatMap((entry) => entry.eventTypes);
    const twice = types.filter((type, i) => types.indexOf(type) !== i);
    expect(twice).toEqual([]);
  });

  it('names the person by the first path present, and no one for an automation', () => {
    const mail = declarationOf(PERSONAL_DATA_CATALOGUE.find((entry) => entry.eventTypes.includes('InboundMailHandled'))!);
    expect(mail.subjectOf({ request: { kind: 'commented', author: 'samir' } })).toBe('samir');
    expect(mail.subjectOf({ request: { kind: 'opened', caller: 'joanna' } })).toBe('joanna');
    expect(mail.subjectOf({ request: { kind: 'commented', author: 'system-email-intake' } })).toBeNull();
  });

  it('holds a directory entry as a person only when it is a user', () => {
    const directory = declarationOf(PERSONAL_DATA_CATALOGUE.find((entry) => entry.service === 'directory')!);
    expect(directory.subjectOf({ kind: 'user', id: 'samir' })).toBe('samir');
    expect(directory.subjectOf({ kind: 'group', id: 'network-team' })).toBeNull();
  });
});
