import { Forbidden } from '@deskstream/kernel';
import { callerOf, channelOf, ensureMaySubmitFor, maySeeSubmission } from './submission.access';

const requester = { userId: 'riley', roles: ['requester'] };
const agent = { userId: 'avery', roles: ['agent'] };
const admin = { userId: 'ada', roles: ['tenant-admin'] };

describe('who a submission is for', () => {
  it('is the submitter, unless the desk records it for a caller', () => {
    expect(ensureMaySubmitFor(requester, undefined)).toBe('riley');
    expect(ensureMaySubmitFor(agent, undefined)).toBe('avery');
    expect(ensureMaySubmitFor(agent, 'riley')).toBe('riley');
    expect(ensureMaySubmitFor({ userId: 'rob', roles: ['resolver'] }, 'riley')).toBe('riley');
    expect(callerOf(requester, undefined)).toBe('riley');
    expect(callerOf(agent, 'riley')).toBe('riley');
  });

  it('refuses anyone but the desk submitting on behalf of someone, naming the field', () => {
    for (const submitter of [requester, admin]) {
      expect(() => ensureMaySubmitFor(submitter, 'someone')).toThrow(Forbidden);
    }
    expect(() => ensureMaySubmitFor(requester, 'someone')).toThrow(
      expect.objectContaining({ message: 'Only the desk records contacts on behalf of a caller', details: { field: 'onBehalfOf' } }),
    );
  });
});

describe('the channel a submission came by', () => {
  it('is the one it names; else the phone for a contact the desk records, the portal for one of their own', () => {
    expect(channelOf('api', 'riley')).toBe('api');
    expect(channelOf(undefined, 'riley')).toBe('phone');
    expect(channelOf(undefined, undefined)).toBe('portal');
  });
});

describe('who sees a submission', () => {
  const submission = { caller: 'riley', recordedBy: 'avery' };

  it('is the desk and the administrators, always', () => {
    expect(maySeeSubmission({ userId: 'rob', roles: ['resolver'] }, submission)).toBe(true);
    expect(maySeeSubmission(admin, submission)).toBe(true);
  });

  it('is otherwise its caller or whoever recorded it, and no one else', () => {
    expect(maySeeSubmission(requester, submission)).toBe(true);
    expect(maySeeSubmission({ userId: 'avery', roles: ['requester'] }, submission)).toBe(true);
    expect(maySeeSubmission({ userId: 'sam', roles: ['requester', 'analyst'] }, submission)).toBe(false);
  });
});
