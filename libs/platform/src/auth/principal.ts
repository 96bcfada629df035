/** The roles of DOMAIN.md. Demo users in the embedded mode are named after them. */
export const ROLES = [
  'requester',
  'agent',
  'resolver',
  'problem-manager',
  'knowledge-manager',
  'service-owner',
  'analyst',
  'tenant-admin',
  /** The enterprise-analyst grant: aggregates across the tenants (business units) that opted in to enterprise reporting. */
  'enterprise-analyst',
] as const;

export type Role = (typeof ROLES)[number];

/** Who is calling: taken only from a verified token, never from the request body or a header of the client's choosing. */
export interface Principal {
  readonly tenantId: string;
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly Role[];
}
