/** After every instant an ISO timestamp can name. */
export const NO_SLA_DUE = '9999-12-31T23:59:59.999Z';

/** What a queue line (incident or request) knows of the ticket's SLA, from its clock stream. */
export interface TicketSlaFields {
  /** The earliest due instant of the ticket's running SLA clocks (from the SLA service), or null. */
  readonly slaDueAt: string | null;
  /** What `sort=slaDue` sorts on: slaDueAt, or past every instant when there is none, so those come last. */
  readonly slaSortKey: string;
}

export function slaFields(slaDueAt: string | null): TicketSlaFields {
  return { slaDueAt, slaSortKey: slaDueAt ?? NO_SLA_DUE };
}
