import type { IncidentSettings } from '../incident-settings';

/** Why a row of an import was not applied, with where it stands in the file. */
export interface RowIssue {
  readonly line: number;
  /** The source ticket the row belongs to, when it could be read. */
  readonly number: string | null;
  readonly kind: 'malformed' | 'unknown-state' | 'duplicate' | 'out-of-order' | 'not-applied';
  readonly reason: string;
}

/** One update of one source ticket, as every importer orders and applies it. */
export interface OrderedUpdate {
  readonly line: number;
  /** The ticket's number in the source desk. */
  readonly number: string;
  /** The source's sequence number of this update (ServiceNow's sys_mod_count, a row's position in an event log). */
  readonly update: number;
  /** When the update happened (ISO 8601, UTC). */
  readonly at: string;
  /** The row as read: two rows with the same update and the same content are one row repeated. */
  readonly content: Readonly<Record<string, string>>;
}

/** What the import of one ticket is decided with: ids and the reference chosen outside, the tenant's settings. */
export interface ImportFacts {
  readonly incidentId: string;
  /** The reference a new incident opens with: the source number when it fits the tenant's format, else a new one. */
  readonly reference: string;
  readonly settings: IncidentSettings;
  /** Who the import records as having brought the history in (the bookkeeping event's author). */
  readonly importer: string;
}

/** A row the importer could not read: a malformed row is reported and skipped, never fatal. */
export type Readout<Update> = { readonly ok: true; readonly update: Update } | { readonly ok: false; readonly issue: RowIssue };
