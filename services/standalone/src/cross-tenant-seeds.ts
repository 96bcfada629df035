import { generateServiceNowExport, GENERATED_DATE_FORMAT } from '@deskstream/incidents/testing';
import { eventually } from '@deskstream/testing';

/** A form each seeded tenant ships (acme an IT desk, globex an HR desk). */
const SUBMISSIONS: Readonly<Record<string, object>> = {
  acme: { requestType: 'password-reset', fields: { account: 'acme-jdoe', system: 'email', shortDescription: 'Locked out' } },
  globex: { requestType: 'payroll-question', fields: { employeeId: 'E00042', payPeriod: '2026-11', question: 'Missing overtime' } },
};

export interface Resources {
  incident: string;
  request: string;
  submission: string;
  requestType: string;
  /** One directory entry of every kind under this id. */
  directory: string;
  /** An in-app notification of the tenant's resolver. */
  notification: string;
  /** A saved analyst query (its id is the tenant's own choice). */
  savedQuery: string;
  /** The name of the tenant's routing rule (intake settings). */
  routingRule: string;
  problem: string;
  /** The problem candidate the incident's declaration as major raised. */
  candidate: string;
  /** An SLA calendar and definition of the tenant's own (their ids are its choice). */
  calendar: string;
  slaDefinition: string;
  /** An SLA clock running on the incident. */
  clock: string;
  article: string;
  importJob: string;
}

export const DIRECTORY_KINDS = ['users', 'groups', 'services', 'configuration-items', 'locations', 'categories'];

/** The running desk as a tenant's users reach it: its address, a token per tenant and role, one request. */
export interface Desk {
  /** Known once the app listens. */
  base(): string;
  token(tenant: string, role: string): string;
  call(method: string, path: string, bearer: string, body?: object): Promise<Response>;
}

/** Seeds one resource of every kind a route's path parameter can name, through the API as the tenant's own users. */
export class TenantSeeder {
  /** Seeds so far: ids a tenant chooses itself stay new when a test seeds again. */
  private seeds = 0;

  constructor(private readonly desk: Desk) {}

  async created(tenant: string, path: string, role: string, body: object, key: string): Promise<string> {
    const response = await this.desk.call('POST', path, this.desk.token(tenant, role), body);
    if (!response.ok) throw new Error(`${tenant} ${path}: ${response.status} ${await response.text()}`);
    return String(((await response.json()) as Record<string, unknown>)[key]);
  }

  async seed(tenant: string): Promise<Resources> {
    const incident = await this.created(
      tenant,
      '/api/v1/incidents',
      'agent',
      {
        channel: 'phone',
        caller: 'requester',
        shortDescription: `${tenant} printer`,
        description: 'Seeded',
        impact: 2,
        urgency: 2,
      },
      'id',
    );
    return {
      incident,
      notification: await this.seedNotification(tenant, incident),
      request: await this.created(tenant, '/api/v1/requests', 'requester', { catalogItem: 'laptop', description: `${tenant} laptop` }, 'id'),
      submission: await this.created(tenant, '/api/v1/intake/submissions', 'requester', SUBMISSIONS[tenant]!, 'submissionId'),
      // Each tenant's own form: acme's ids name nothing in globex.
      requestType: (SUBMISSIONS[tenant] as { requestType: string }).requestType,
      directory: await this.seedDirectory(tenant),
      savedQuery: await this.created(
        tenant,
        '/api/v1/reporting/saved-queries',
        'analyst',
        { id: `${tenant}-weekly-volume`, name: `${tenant} weekly volume`, metrics: ['volume'], schedule: { every: 'weekly', recipients: ['analyst'] } },
        'id',
      ),
      routingRule: await this.seedRoutingRule(tenant),
      problem: await this.created(
        tenant,
        '/api/v1/problems',
        'problem-manager',
        { shortDescription: `${tenant} printers fail`, description: 'Seeded', impact: 2, urgency: 2, origin: 'manual' },
        'id',
      ),
      candidate: await this.seedCandidate(tenant, incident),
      ...(await this.seedSlaSettings(tenant)),
      clock: await this.seedClock(tenant, incident),
      article: await this.created(
        tenant,
        '/api/v1/knowledge/articles',
        'agent',
        { title: `${tenant} printer offline`, problem: 'The printer shows offline', audience: 'internal' },
        'id',
      ),
      importJob: await this.seedImportJob(tenant),
    };
  }

  private async read<T>(tenant: string, role: string, path: string): Promise<T> {
    return (await (await this.desk.call('GET', path, this.desk.token(tenant, role))).json()) as T;
  }

  /** Declaring the incident major raises a problem candidate. */
  private async seedCandidate(tenant: string, incident: string): Promise<string> {
    await this.created(tenant, `/api/v1/incidents/${incident}/declare-major`, 'agent', { manager: 'agent', reason: 'Seeded' }, 'id');
    return eventually(async () => {
      const { items } = await this.read<{ items: { id: string; value: string; dimension: string }[] }>(
        tenant,
        'problem-manager',
        '/api/v1/problems/candidates',
      );
      const found = items.find((c) => c.dimension === 'major');
      if (!found) throw new Error(`${tenant}: no problem candidate for ${incident}`);
      return found.id;
    }, 10_000);
  }

  private async seedSlaSettings(tenant: string): Promise<Pick<Resources, 'calendar' | 'slaDefinition'>> {
    const id = `${tenant}-probe-${(this.seeds += 1)}`;
    const weekly = ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, from: '09:00', to: '17:00' }));
    const calendar = { id, name: `${tenant} office`, timeZone: 'Europe/Berlin', weekly };
    await this.created(tenant, '/api/v1/sla/calendars', 'tenant-admin', calendar, 'id');
    const definition = {
      id,
      name: `${tenant} network handling`,
      type: 'ola',
      target: 'resolution',
      appliesTo: { kind: 'incident' },
      durationMinutes: 120,
      calendar: id,
      conditions: { start: { groupAssigned: true }, stop: { status: ['resolved', 'closed'] } },
      cycles: 'last',
    };
    await this.created(tenant, '/api/v1/sla/definitions', 'tenant-admin', definition, 'warnings');
    return { calendar: id, slaDefinition: id };
  }

  /** The shipped definitions start clocks on every incident. */
  private async seedClock(tenant: string, incident: string): Promise<string> {
    return eventually(async () => {
      const { items } = await this.read<{ items: { id: string }[] }>(tenant, 'agent', `/api/v1/sla/clocks?ticket=${incident}`);
      if (!items[0]) throw new Error(`${tenant}: no SLA clock on ${incident}`);
      return items[0].id;
    }, 10_000);
  }

  /** A one-incident export, imported to the end: the job and its report are the tenant's. */
  private async seedImportJob(tenant: string): Promise<string> {
    const { csv } = generateServiceNowExport({ incidents: 1, seed: (this.seeds += 1), firstNumber: 40_000 + this.seeds });
    const form = new FormData();
    for (const [name, value] of Object.entries({ source: 'servicenow', dateFormat: GENERATED_DATE_FORMAT, timeZone: 'UTC' })) form.append(name, value);
    form.append('file', new Blob([csv], { type: 'text/csv' }), `${tenant}-export.csv`);
    const started = await fetch(`${this.desk.base()}/api/v1/import/jobs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.desk.token(tenant, 'tenant-admin')}` },
      body: form,
    });
    if (started.status !== 202) throw new Error(`${tenant} import: ${started.status} ${await started.text()}`);
    const { id } = (await started.json()) as { id: string };
    await eventually(async () => {
      const { status } = await this.read<{ status: string }>(tenant, 'tenant-admin', `/api/v1/import/jobs/${id}`);
      if (status === 'running') throw new Error(`${tenant}: import ${id} still running`);
    }, 30_000);
    return id;
  }

  /** A routing rule named after its tenant: the other tenant's settings must never show it. */
  private async seedRoutingRule(tenant: string): Promise<string> {
    const name = `${tenant} payroll desk`;
    const rule = { name, when: { mailbox: `hr@${tenant}.example` }, then: { group: 'hr-payroll' } };
    const response = await this.desk.call('PATCH', '/api/v1/intake/settings', this.desk.token(tenant, 'tenant-admin'), { classificationRules: [rule] });
    if (!response.ok) throw new Error(`${tenant} routing rule: ${response.status} ${await response.text()}`);
    return name;
  }

  /** Assigning the incident to the resolver tells them in the app. */
  private async seedNotification(tenant: string, incident: string): Promise<string> {
    await this.desk.call('POST', `/api/v1/incidents/${incident}/assign`, this.desk.token(tenant, 'agent'), { group: 'service-desk', assignee: 'resolver' });
    for (let tries = 0; tries < 200; tries += 1) {
      const feed = (await (await this.desk.call('GET', '/api/v1/me/notifications', this.desk.token(tenant, 'resolver'))).json()) as {
        items: { id: string; ticketId: string }[];
      };
      const found = feed.items.find((n) => n.ticketId === incident);
      if (found) return found.id;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${tenant}: no notification for ${incident}`);
  }

  private async seedDirectory(tenant: string): Promise<string> {
    const id = `${tenant}-probe-${(this.seeds += 1)}`;
    for (const kind of DIRECTORY_KINDS) await this.created(tenant, `/api/v1/directory/${kind}`, 'tenant-admin', { id, name: `${tenant} probe` }, 'id');
    await this.created(tenant, '/api/v1/directory/service-accounts', 'tenant-admin', { id, name: `${tenant} probe`, roles: ['agent'] }, 'id');
    return id;
  }
}
