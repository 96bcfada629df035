/**
 * Kafka topics (and embedded-bus topics) for integration events. One topic per aggregate type, keyed by
 * the aggregate id so that one ticket's messages stay in order.
 */
export const TOPICS = {
  incidents: 'deskstream.incidents.incident.v1',
  serviceRequests: 'deskstream.incidents.service-request.v1',
  incidentSettings: 'deskstream.incidents.desk-settings.v1',
  intake: 'deskstream.intake.submission.v1',
  problems: 'deskstream.problems.problem.v1',
  knowledge: 'deskstream.knowledge.article.v1',
  sla: 'deskstream.sla.clock.v1',
  reporting: 'deskstream.reporting.saved-query.v1',
  directory: 'deskstream.directory.entry.v1',
  tenants: 'deskstream.tenants.tenant.v1',
  signIns: 'deskstream.platform.sign-in.v1',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** CloudEvents `source` of each publishing service. */
export const SOURCES = {
  incidents: '/deskstream/incidents',
  intake: '/deskstream/intake',
  problems: '/deskstream/problems',
  knowledge: '/deskstream/knowledge',
  sla: '/deskstream/sla',
  reporting: '/deskstream/reporting',
  directory: '/deskstream/directory',
  tenants: '/deskstream/tenants',
  platform: '/deskstream/platform',
} as const;
