import { ValidationFailed } from '@deskstream/kernel';

/** What intake's copy of the tenant directory knows of the services named (looked up before deciding). */
export interface KnownServices {
  /** False while the tenant's directory lists no service: a service is free text until it does. */
  readonly listed: boolean;
  readonly known: readonly string[];
}

/**
 * The service an agent names when ticketing a chat (converted or resolved at first contact) must be
 * one the tenant's directory knows, as on every other path a ticket is opened by: a typo must not
 * open a ticket about a service nobody reports on. Refused before a ticket number is taken.
 */
export function ensureKnownService(service: string | undefined, known: KnownServices | undefined): void {
  if (service === undefined || !known?.listed || known.known.includes(service)) return;
  throw new ValidationFailed([{ field: 'service', message: `no active service "${service}" in the directory` }]);
}
