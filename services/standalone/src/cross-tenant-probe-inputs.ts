/**
 * A valid body for each POST route that names a resource, so that a probe gets past validation to the
 * lookup, keyed by the route's last segment. A route of the document missing here fails the suite: add its
 * body when adding the route.
 */
const BODIES: Readonly<Record<string, object>> = {
  assign: { group: 'service-desk', assignee: 'agent' },
  start: {},
  hold: { reason: 'awaiting-caller' },
  resume: {},
  classify: { impact: 1, urgency: 1 },
  escalate: { kind: 'functional', group: 'network', reason: 'Needs the network team' },
  note: { visibility: 'internal', text: 'Probe' },
  cancel: { reason: 'Probe' },
  resolve: { closingCategory: 'software', notes: 'Probe' },
  'accept-resolution': {},
  'reject-resolution': { reason: 'Probe' },
  close: {},
  reopen: { reason: 'Probe' },
  feedback: { rating: 5 },
  'declare-major': { manager: 'agent', reason: 'Probe' },
  'stakeholder-update': { audience: 'all', message: 'Probe' },
  'link-child': { child: 'INC0001001' },
  'post-incident-review': { whatWentWrong: 'Probe', actions: [{ description: 'Probe', owner: 'agent' }] },
  submit: {},
  approve: {},
  reject: { reason: 'Probe' },
  'add-task': { title: 'Probe', assignee: 'agent' },
  'complete-task': { taskId: 'task-1' },
  fulfil: {},
  read: {},
  replay: {},
  keys: { endpoints: ['POST /api/v1/intake/alerts'], expiresInDays: 1 },
  revoke: {},
  erase: {},
  // Problems and their candidates.
  assess: { impact: 2, urgency: 2 },
  confirm: {},
  'mark-duplicate': { master: 'PRB0001001' },
  'start-analysis': {},
  'start-fix': { plan: 'Probe' },
  'accept-risk': { reason: 'Probe' },
  reanalyse: { reason: 'Probe' },
  'flag-major': { reason: 'Probe' },
  'review-major': { summary: 'Probe', lessons: 'Probe' },
  'record-workaround': { workaround: 'Probe' },
  'record-cause': { cause: 'Probe' },
  'publish-known-error': {},
  'review-workaround': { effective: true, note: 'Probe' },
  'link-incident': { incident: 'INC0001001' },
  'unlink-incident': { incident: 'INC0001001' },
  communicate: { comment: 'Probe' },
  'add-timeline-entry': { kind: 'note', text: 'Probe', source: 'probe', happenedAt: '2026-01-05T09:00:00Z' },
  'update-kt': {
    rows: [{ dimension: 'what', is: { text: 'Probe' }, isNot: { text: 'Probe' }, distinctions: {}, changes: {} }],
    causes: [],
  },
  'update-whys': { steps: [{ why: 'Probe', answer: 'Probe' }] },
  promote: {},
  dismiss: { reason: 'Probe' },
  // SLA calendars, definitions and clocks.
  holidays: { holidays: [{ name: 'Probe', date: '2026-12-25' }] },
  retire: {},
  acknowledge: {},
  // Knowledge articles.
  edit: { title: 'Probe' },
  validate: {},
  archive: { reason: 'Probe' },
  flag: { reason: 'unclear', comment: 'Probe' },
  'resolve-flag': { flagId: 'flag-1', comment: 'Probe' },
  'link-ticket': { ticketId: 'INC0001001' },
};

/** Where two services' actions share a last segment with different bodies: the route's own. */
const ROUTE_BODIES: Readonly<Record<string, object>> = {
  '/api/v1/problems/{idOrReference}/resolve': { notes: 'Probe' },
  '/api/v1/problems/{idOrReference}/complete-task': { taskId: 'task-1', outcome: 'Probe' },
  '/api/v1/knowledge/articles/{idOrReference}/feedback': { helpful: true },
};

/** The valid body of a POST route of the document, if there is one. */
export const probeBodyOf = (path: string): object | undefined => ROUTE_BODIES[path] ?? BODIES[path.split('/').pop()!];

/** The query a GET route validates before its lookup. */
const QUERIES: Readonly<Record<string, string>> = {
  '/api/v1/sla/calendars/{id}/due': '?from=2026-03-27T16:55:00Z&minutes=60',
  '/api/v1/sla/calendars/{id}/elapsed': '?from=2026-03-27T16:00:00Z&to=2026-03-30T08:00:00Z',
};

export const probeQueryOf = (path: string): string => QUERIES[path] ?? '';

/** A valid body for each PUT of the platform's administration, so that its refusal is the role check's, not validation's. */
export const PLATFORM_PUT_BODIES: Readonly<Record<string, object>> = {
  'identity-provider': { issuer: 'https://login.globex.example', audience: 'deskstream' },
};
