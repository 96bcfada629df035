import { ValidationFailed } from '@deskstream/kernel';

/** One inbound desk address: mail to it becomes tickets of `tenantId`, of `requestType` unless a reply. */
export interface Mailbox {
  readonly address: string;
  readonly tenantId: string;
  readonly requestType: string;
}

/** The desks of the embedded demo tenants (see DEMO_TENANTS in @deskstream/platform). */
export const DEMO_MAILBOXES: readonly Mailbox[] = [
  { address: 'it@acme.example', tenantId: 'acme', requestType: 'something is broken' },
  { address: 'hr@acme.example', tenantId: 'acme', requestType: 'payroll question' },
  { address: 'it@globex.example', tenantId: 'globex', requestType: 'something is broken' },
  { address: 'hr@globex.example', tenantId: 'globex', requestType: 'payroll question' },
];

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const TENANT = /^[a-z0-9][a-z0-9_]*$/;

export const normaliseAddress = (address: string): string => address.trim().toLowerCase();

/**
 * Parses `EMAIL_MAILBOXES`: comma-separated `address=tenant` or `address=tenant:request type`, e.g.
 * `it@acme.example=acme:something is broken, hr@globex.example=globex`. Every bad entry is named.
 */
export function parseMailboxes(spec: string, defaultRequestType = 'something is broken'): Mailbox[] {
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const problems: string[] = [];
  const mailboxes = entries.flatMap((entry) => {
    const match = /^([^=]+)=([^:]+)(?::(.+))?$/.exec(entry);
    const address = match ? normaliseAddress(match[1]!) : '';
    const tenantId = match ? match[2]!.trim() : '';
    if (!match || !ADDRESS.test(address) || !TENANT.test(tenantId)) {
      problems.push(`EMAIL_MAILBOXES entry "${entry}" must be address=tenant[:request type]`);
      return [];
    }
    return [{ address, tenantId, requestType: match[3]?.trim() || defaultRequestType }];
  });
  if (problems.length > 0) throw new ValidationFailed(problems.map((message) => ({ field: 'EMAIL_MAILBOXES', message })));
  return mailboxes;
}

/** The desks of onboarded tenants, and whether each tenant is served now (the platform's tenant registry). */
export interface OnboardedDesks {
  deskAt(address: string): Promise<{ readonly address: string; readonly tenantId: string; readonly requestType: string } | null>;
  ensureServed(tenantId: string): Promise<void>;
}

/**
 * Which tenant desk an address belongs to: the configured desks (EMAIL_MAILBOXES, the demo desks),
 * then those of onboarded tenants. Addresses compare case-insensitively.
 */
export class MailboxDirectory {
  private readonly byAddress: Map<string, Mailbox>;

  constructor(
    mailboxes: readonly Mailbox[],
    private readonly onboarded?: OnboardedDesks,
  ) {
    this.byAddress = new Map(mailboxes.map((mailbox) => [normaliseAddress(mailbox.address), mailbox]));
  }

  async find(address: string): Promise<Mailbox | null> {
    const normalised = normaliseAddress(address);
    const configured = this.byAddress.get(normalised);
    if (configured) return configured;
    const desk = await this.onboarded?.deskAt(normalised);
    if (!desk) return null;
    const mailbox = { address: desk.address, tenantId: desk.tenantId, requestType: desk.requestType };
    // Desks are never moved between tenants: once found, an address is known to be one of ours.
    this.byAddress.set(normalised, mailbox);
    return mailbox;
  }

  /** Why the desk's tenant takes no mail now (suspended), or null when it does. */
  async refusal(mailbox: Mailbox): Promise<string | null> {
    try {
      await this.onboarded?.ensureServed(mailbox.tenantId);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  /** Whether `address` is one of our own desks (loop detection). */
  isOwn(address: string): boolean {
    return this.byAddress.has(normaliseAddress(address));
  }

  all(): Mailbox[] {
    return [...this.byAddress.values()];
  }
}
