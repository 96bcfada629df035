import type { Readable } from 'node:stream';
import { commandHandler, streamName, type CommandContext, type EventStore, type IdGenerator, type Message } from '@deskstream/kernel';
import { INCIDENT_REFERENCES, parseTicketReference } from '@deskstream/eventstore';
import { recordedAs } from '@deskstream/readmodels';
import { incidentDecider } from '../../domain/incident.decider';
import type { IncidentEvent } from '../../domain/incident.events';
import type { IncidentSettings } from '../../domain/incident-settings';
import type { IncidentState } from '../../domain/incident.state';
import type { OrderedUpdate, RowIssue } from '../../domain/import/import.types';
import type { ImportPlan } from '../../domain/import/incident-import.plan';
import { reconcileIncident, type IncidentReconciliation } from '../../domain/import/reconciliation';
import { INCIDENT_CATEGORY } from '../incident-detail.projection';
import type { IncidentReferences } from '../incident-references';
import type { IncidentSettingsRepository } from '../incident-settings.repository';
import { readCsv } from './csv-records';
import { importedIncidentId } from './imported-ids';
import type { ImportReport } from './import-report';
import type { ImportProgress, ImportSource } from './import-source';
import { awaitSlaClocks, reconcileMadeSla, type MadeSlaTicket, type SlaSettling } from './made-sla-reconciliation';

export interface ImportRequest {
  readonly tenantId: string;
  /** Who runs the import (a tenant admin, or the command line). */
  readonly actor: string;
  /** Correlates every event the import appends. */
  readonly jobId: string;
  readonly input: Readable;
  readonly totalBytes?: number | null;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Through the running service: wait for the SLA clocks of the imported tickets before comparing made_sla. */
  readonly awaitSlaClocks?: SlaSettling;
}

/** Incidents handled at once: the store commits concurrent appends together. */
const IN_FLIGHT = 128;
const PROGRESS_EVERY_ROWS = 2_000;

interface Ticket<Update extends OrderedUpdate> {
  readonly number: string;
  readonly id: string;
  readonly rows: Update[];
  readonly readIssues: RowIssue[];
  prior: readonly IncidentEvent[];
  state: IncidentState;
  reference: string | null;
}

const occurredAt = (event: Message): string => (event.data as { at: string }).at;

/**
 * Imports a desk's history as event streams: reads the export (streamed), groups the rows by ticket,
 * gives new tickets their reference, and runs each ticket's planned commands through the command
 * handler with the rows' own times, then reconciles what the platform derived with the source.
 */
export class IncidentImporter {
  private readonly handler;

  constructor(
    private readonly store: EventStore,
    ids: IdGenerator,
    private readonly settings: IncidentSettingsRepository,
    private readonly references: IncidentReferences,
    private readonly now: () => Date,
  ) {
    this.handler = commandHandler(incidentDecider, { store, clock: { now }, ids });
  }

  async run<Update extends OrderedUpdate>(source: ImportSource<Update>, request: ImportRequest): Promise<ImportReport> {
    const startedAt = this.now().toISOString();
    const context: CommandContext = {
      tenantId: request.tenantId,
      actor: `import:${source.name}`,
      correlationId: request.jobId,
      causationId: `import:${request.jobId}`,
    };
    const settings = await this.settings.get(request.tenantId);
    const progress = { phase: 'reading' as ImportProgress['phase'], bytes: 0, totalBytes: request.totalBytes ?? null, rows: 0, tickets: 0, totalTickets: 0 };
    const tell = () => request.onProgress?.({ ...progress });
    const { tickets, issues } = await this.read(source, request, progress, tell);
    progress.phase = 'importing';
    progress.totalTickets = tickets.length;
    tell();
    await this.loadStates(request.tenantId, tickets);
    const references = await this.assignReferences(context, tickets);
    const outcome = { applied: 0, alreadyImported: 0, created: 0, updated: 0, unchanged: 0 };
    const reconciled: IncidentReconciliation[] = [];
    const slaTickets: MadeSlaTicket[] = [];
    for (let i = 0; i < tickets.length; i += IN_FLIGHT) {
      await Promise.all(
        tickets.slice(i, i + IN_FLIGHT).map(async (ticket) => {
          const { plan, newEvents } = await this.apply(source, ticket, context, settings);
          issues.push(...plan.issues);
          outcome.applied += plan.applied;
          outcome.alreadyImported += plan.alreadyImported;
          if (newEvents.length === 0) outcome.unchanged += 1;
          else if (ticket.state.status === 'none') outcome.created += 1;
          else outcome.updated += 1;
          const last = [...ticket.rows].sort((a, b) => b.update - a.update)[0];
          const counters = last ? source.counters(last) : null;
          const events = [...ticket.prior, ...newEvents];
          const opened = events.find((event) => event.type === 'IncidentOpened');
          if (counters && opened) {
            slaTickets.push({
              number: ticket.number,
              reference: opened.data.reference,
              incidentId: ticket.id,
              source: counters.madeSla,
              mayHaveClocks: ticket.state.status !== 'none' || request.awaitSlaClocks !== undefined,
            });
          }
          if (counters && opened) {
            reconciled.push(
              reconcileIncident({
                number: ticket.number,
                reference: opened.data.reference,
                events,
                counters,
                ...(source.readings && last ? { readings: source.readings(last) } : {}),
                updates: plan.updates,
                issues: [...ticket.readIssues, ...plan.issues],
                reassignmentCounting: settings.reassignmentCounting,
              }),
            );
          }
          progress.tickets += 1;
        }),
      );
      tell();
    }
    if (request.awaitSlaClocks) {
      await awaitSlaClocks(
        this.store,
        request.tenantId,
        slaTickets.map((ticket) => ticket.incidentId),
        request.awaitSlaClocks,
      );
    }
    const madeSla = await reconcileMadeSla(this.store, request.tenantId, slaTickets);
    progress.phase = 'done';
    tell();
    issues.sort((a, b) => a.line - b.line);
    const disagreeing = reconciled.filter((r) => !r.agrees);
    return {
      source: source.name,
      tenantId: request.tenantId,
      startedAt,
      finishedAt: this.now().toISOString(),
      rows: { read: progress.rows, applied: outcome.applied, alreadyImported: outcome.alreadyImported, notApplied: issues.length },
      tickets: { seen: tickets.length, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged },
      references,
      issues,
      reconciliation: {
        compared: reconciled.length,
        agree: reconciled.length - disagreeing.length,
        disagree: disagreeing.length,
        reopens: { agree: reconciled.filter((r) => r.reopens.agrees).length, disagree: reconciled.filter((r) => !r.reopens.agrees).length },
        reassignments: {
          agree: reconciled.filter((r) => r.reassignments.agrees).length,
          disagree: reconciled.filter((r) => !r.reassignments.agrees).length,
        },
        priority: { agree: reconciled.filter((r) => r.priority.agrees).length, disagree: reconciled.filter((r) => !r.priority.agrees).length },
        active: { agree: reconciled.filter((r) => r.active.agrees).length, disagree: reconciled.filter((r) => !r.active.agrees).length },
        madeSla,
        incidents: disagreeing,
      },
    };
  }

  /** Reads every record and groups the readable ones by ticket, in the order tickets first appear. */
  private async read<Update extends OrderedUpdate>(
    source: ImportSource<Update>,
    request: ImportRequest,
    progress: { bytes: number; rows: number },
    tell: () => void,
  ): Promise<{ tickets: Ticket<Update>[]; issues: RowIssue[] }> {
    const byNumber = new Map<string, Ticket<Update>>();
    const issues: RowIssue[] = [];
    const ticketOf = (number: string): Ticket<Update> => {
      let ticket = byNumber.get(number);
      if (!ticket) {
        ticket = { number, id: importedIncidentId(source.name, number), rows: [], readIssues: [], prior: [], state: { status: 'none' }, reference: null };
        byNumber.set(number, ticket);
      }
      return ticket;
    };
    request.input.on('data', (chunk: Buffer | string) => (progress.bytes += chunk.length));
    const problems = (problem: { line: number; reason: string }) =>
      issues.push({ line: problem.line, number: null, kind: 'malformed', reason: problem.reason });
    await readCsv(
      request.input,
      ({ line, record }) => {
        progress.rows += 1;
        const readout = source.read(record, line);
        if (readout.ok) ticketOf(readout.update.number).rows.push(readout.update);
        else {
          issues.push(readout.issue);
          if (readout.issue.number !== null) ticketOf(readout.issue.number).readIssues.push(readout.issue);
        }
        if (progress.rows % PROGRESS_EVERY_ROWS === 0) tell();
      },
      problems,
    );
    return { tickets: [...byNumber.values()].filter((ticket) => ticket.rows.length > 0), issues };
  }

  private async loadStates<Update extends OrderedUpdate>(tenantId: string, tickets: readonly Ticket<Update>[]): Promise<void> {
    for (const ticket of tickets) {
      const recorded = await this.store.readStream(streamName(INCIDENT_CATEGORY, tenantId, ticket.id));
      ticket.prior = recordedAs<IncidentEvent>(recorded);
      ticket.state = ticket.prior.reduce(incidentDecider.evolve, incidentDecider.initialState());
    }
  }

  /**
   * A new ticket keeps its source number when it fits the tenant's format and the counter has not
   * reached it (the counter then continues above the highest kept); any other gets the next number.
   */
  private async assignReferences<Update extends OrderedUpdate>(context: CommandContext, tickets: readonly Ticket<Update>[]) {
    const fresh = tickets.filter((ticket) => ticket.state.status === 'none');
    const at = this.now().toISOString();
    const wanted = fresh.flatMap((ticket) => {
      const number = parseTicketReference(INCIDENT_REFERENCES, ticket.number);
      return number === null ? [] : [{ number, owner: ticket.id }];
    });
    const kept = wanted.length > 0 ? await this.references.claim(context, wanted, at) : new Map<string, string>();
    let keptCount = 0;
    await Promise.all(
      fresh.map(async (ticket) => {
        ticket.reference = kept.get(ticket.id) ?? null;
        // An import stopped after taking the number but before opening the ticket took it for this very ticket.
        if (ticket.reference === null && parseTicketReference(INCIDENT_REFERENCES, ticket.number) !== null) {
          if ((await this.references.lookup(context.tenantId, ticket.number.toUpperCase())) === ticket.id) ticket.reference = ticket.number.toUpperCase();
        }
        if (ticket.reference !== null) keptCount += 1;
        else ticket.reference = await this.references.allocate(context, ticket.id, at);
      }),
    );
    return { kept: keptCount, renumbered: fresh.length - keptCount };
  }

  private async apply<Update extends OrderedUpdate>(source: ImportSource<Update>, ticket: Ticket<Update>, context: CommandContext, settings: IncidentSettings) {
    const facts = { incidentId: ticket.id, reference: ticket.reference ?? '', settings, importer: context.actor };
    let plan: ImportPlan = { commands: [], applied: 0, alreadyImported: 0, issues: [], updates: [] };
    const result = await this.handler.handleOn(
      streamName(INCIDENT_CATEGORY, context.tenantId, ticket.id),
      { state: ticket.state, revision: ticket.prior.length - 1 },
      (state) => (plan = source.plan(ticket.rows, state, facts)).commands,
      context,
      { occurredAt },
    );
    return { plan, newEvents: result.newEvents };
  }
}
