import { Forbidden, ValidationFailed } from '@deskstream/kernel';
import { actionsOf, audienceOf, callerOfNewTicket, ensureMayAct, seesEntry, seesTicket, type Caller } from './incident.access';

const agent: Caller = { userId: 'avery', roles: ['agent'] };
const requester: Caller = { userId: 'rita', roles: ['requester'] };
const analyst: Caller = { userId: 'ann', roles: ['analyst'] };

describe('who may do what with incidents', () => {
  it('given the desk, then it reads the whole desk and may take every action the incident allows but feedback', () => {
    expect(audienceOf(agent)).toEqual({ kind: 'desk' });
    expect(actionsOf(agent, ['assign', 'note', 'feedback'])).toEqual(['assign', 'note']);
    expect(ensureMayAct(agent, 'assign', { group: 'network' })).toEqual({ kind: 'desk' });
  });

  it('given a requester, then they read their own tickets and are offered only what a caller does', () => {
    expect(audienceOf(requester)).toEqual({ kind: 'requester', userId: 'rita' });
    expect(actionsOf(requester, ['assign', 'classify', 'note', 'feedback'])).toEqual(['note', 'feedback']);
    expect(() => ensureMayAct(requester, 'assign', { group: 'network' })).toThrow(Forbidden);
  });

  it('given a requester note, then it is a public comment with none of the desk fields', () => {
    expect(ensureMayAct(requester, 'note', { visibility: 'public', text: 'any news?' })).toEqual({ kind: 'requester', userId: 'rita' });
    expect(() => ensureMayAct(requester, 'note', { visibility: 'internal', text: 'x' })).toThrow(Forbidden);
    expect(() => ensureMayAct(requester, 'note', { visibility: 'public', text: 'x', minutes: 60, relatedProblem: null })).toThrow(
      new ValidationFailed([{ field: 'minutes', message: 'minutes is recorded by the desk, not by a requester' }]),
    );
  });

  it('given a reader who does not work tickets, then they read the desk but may take no action', () => {
    expect(audienceOf(analyst)).toEqual({ kind: 'desk' });
    expect(actionsOf(analyst, ['assign', 'note'])).toEqual([]);
    expect(() => ensureMayAct(analyst, 'note', { visibility: 'internal', text: 'x' })).toThrow(Forbidden);
  });

  it('given a new ticket, then a requester logs it for themselves and the desk for whichever caller it names', () => {
    expect(callerOfNewTicket(requester, undefined)).toBe('rita');
    expect(callerOfNewTicket(requester, 'someone-else')).toBe('rita');
    expect(callerOfNewTicket(agent, 'rita')).toBe('rita');
    expect(callerOfNewTicket(agent, undefined)).toBe('avery');
    expect(callerOfNewTicket({ userId: 'rob', roles: ['resolver'] }, 'rita')).toBe('rita');
    expect(callerOfNewTicket(analyst, 'rita')).toBe('ann');
  });

  it('given a ticket, then a requester sees it only as its caller, and only what is public of it; the desk sees all of it', () => {
    expect(seesTicket(audienceOf(requester), 'rita')).toBe(true);
    expect(seesTicket(audienceOf(requester), 'someone-else')).toBe(false);
    expect(seesTicket(audienceOf(agent), 'someone-else')).toBe(true);
    expect(seesEntry('requester', 'public')).toBe(true);
    expect(seesEntry('requester', 'internal')).toBe(false);
    expect(seesEntry('desk', 'internal')).toBe(true);
  });
});
