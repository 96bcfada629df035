import { AlreadyExists, specification, ValidationFailed } from '@deskstream/kernel';
import type { Classification } from './classification';
import { duplicateKey, duplicateOf, type RecentSubmission } from './duplicate.rules';
import { ensureRecordable, submissionDecider, type RecordSubmission, type SubmissionEvent } from './submission.decider';

const spec = specification(submissionDecider);
const at = '2026-01-05T09:00:00.000Z';
const classification: Classification = {
  requestType: 'broken',
  kind: 'incident',
  category: 'general',
  group: 'service-desk',
  impact: 3,
  urgency: 3,
  decisions: [],
};
const ticket = { kind: 'incident' as const, id: 's-1', reference: 'INC0001001' };
const details = {
  submissionId: 's-1',
  requestType: { id: 'broken', version: 1, name: 'Something is broken' },
  fields: { shortDescription: 'VPN down' },
  channel: 'portal' as const,
  caller: 'requester',
  recordedBy: 'requester',
  shortDescription: 'VPN down',
  description: '',
  classification,
};
const record = (overrides: Partial<RecordSubmission['data']> = {}): RecordSubmission => ({
  type: 'RecordSubmission',
  data: { ...details, ticket, duplicateOf: null, at, ...overrides },
});
const accepted: SubmissionEvent = { type: 'SubmissionAccepted', data: { ...details, ticket, at } };

describe('submissions', () => {
  it('accepts a contact with its pre-allocated ticket', () => {
    spec.given([]).when(record()).then([accepted]);
  });

  it('never records the same submission twice', () => {
    spec.given([accepted]).when(record()).thenThrows(AlreadyExists);
  });

  it('links a repeat to the first ticket instead of making a second one', () => {
    const first: RecentSubmission = { submissionId: 's-0', ticket: { ...ticket, id: 's-0' }, at };
    spec
      .given([])
      .when(record({ ticket: null, duplicateOf: first }))
      .then([{ type: 'SubmissionLinkedAsDuplicate', data: { ...details, ticket: first.ticket, firstSubmissionId: 's-0', at } }]);
  });

  it('takes contacts on behalf of a caller only by phone', () => {
    spec
      .given([])
      .when(record({ caller: 'someone', recordedBy: 'agent' }))
      .thenThrows<ValidationFailed>(ValidationFailed, (e) => expect(e.errors.map((x) => x.field)).toEqual(['channel']));
    spec
      .given([])
      .when(record({ caller: 'someone', recordedBy: 'agent', channel: 'phone' }))
      .thenState((s) => expect(s.status).toBe('accepted'));
  });

  it('tells before a reference is taken whether a contact can be recorded, by the same checks as recording it', () => {
    expect(() => ensureRecordable(details)).not.toThrow();
    expect(() => ensureRecordable({ ...details, caller: 'someone', recordedBy: 'agent' })).toThrow(
      new ValidationFailed([{ field: 'channel', message: 'a contact recorded on behalf of a caller comes by phone (or walk-in): channel phone' }]),
    );
  });

  it('leaves the backlog once ticketed, and only once', () => {
    spec
      .given([accepted])
      .when({ type: 'MarkSubmissionTicketed', data: { ticketId: 's-1', at } })
      .then([{ type: 'SubmissionTicketed', data: { ticketId: 's-1', at } }]);
    spec
      .given([accepted, { type: 'SubmissionTicketed', data: { ticketId: 's-1', at } }])
      .when({ type: 'MarkSubmissionTicketed', data: { ticketId: 's-1', at } })
      .then([]);
  });
});

describe('duplicate detection', () => {
  const first: RecentSubmission = { submissionId: 's-0', ticket, at };
  it('is the same caller and short description, whatever the case and spacing', () => {
    const vpn = { caller: 'requester', requestType: 'broken', shortDescription: 'VPN down', fields: { shortDescription: 'VPN down', affects: 'me' } };
    expect(duplicateKey({ ...vpn, caller: 'Requester', shortDescription: ' VPN   down' })).toBe(duplicateKey({ ...vpn, shortDescription: 'vpn down ' }));
    expect(duplicateKey(vpn)).not.toBe(duplicateKey({ ...vpn, caller: 'agent' }));
    expect(duplicateKey(vpn)).not.toBe(duplicateKey({ ...vpn, requestType: 'access-request' }));
  });

  it('tells requests apart by every answer when the form has no short description', () => {
    const access = { caller: 'requester', requestType: 'access-request', shortDescription: null, fields: { system: 'SAP', accessLevel: 'read' } };
    expect(duplicateKey(access)).not.toBe(duplicateKey({ ...access, fields: { system: 'Jira', accessLevel: 'admin' } }));
    expect(duplicateKey(access)).toBe(duplicateKey({ ...access, fields: { accessLevel: 'Read ', system: 'sap' } }));
  });
  it('holds within the window and not after it', () => {
    expect(duplicateOf(first, '2026-01-05T09:10:00.000Z', 10)).toBe(first);
    expect(duplicateOf(first, '2026-01-05T09:10:00.001Z', 10)).toBeNull();
    expect(duplicateOf(null, at, 10)).toBeNull();
  });
});
