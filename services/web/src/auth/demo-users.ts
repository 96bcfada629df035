/** The embedded mode's seeded tenants and users (one per role, named after it). */
export const DEMO_TENANTS = ['acme', 'globex'];
export const DEMO_USERS = ['requester', 'agent', 'resolver', 'problem-manager', 'knowledge-manager', 'service-owner', 'analyst', 'tenant-admin'];
