import type { RowIssue } from '../../domain/import/import.types';
import type { IncidentReconciliation } from '../../domain/import/reconciliation';
import type { MadeSlaReport } from './made-sla-reconciliation';

/** What an import did, and how what the platform derived compares with the source. */
export interface ImportReport {
  readonly source: string;
  readonly tenantId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly rows: { readonly read: number; readonly applied: number; readonly alreadyImported: number; readonly notApplied: number };
  readonly tickets: { readonly seen: number; readonly created: number; readonly updated: number; readonly unchanged: number };
  /** New tickets that kept their source number as reference, and those that got the tenant's next one. */
  readonly references: { readonly kept: number; readonly renumbered: number };
  /** Every row not applied, with its line and why: nothing is dropped silently. */
  readonly issues: readonly RowIssue[];
  readonly reconciliation: {
    readonly compared: number;
    readonly agree: number;
    readonly disagree: number;
    readonly reopens: { readonly agree: number; readonly disagree: number };
    readonly reassignments: { readonly agree: number; readonly disagree: number };
    /** ServiceNow's `priority` against the tenant matrix's priority for the ticket's impact and urgency. */
    readonly priority: { readonly agree: number; readonly disagree: number };
    /** ServiceNow's `active` against whether the ticket is closed (or cancelled) here. */
    readonly active: { readonly agree: number; readonly disagree: number };
    /** ServiceNow's `made_sla` against the SLA clocks replayed from the imported events, where SLA definitions apply. */
    readonly madeSla: MadeSlaReport;
    /** The tickets that disagree, each with its reasons. */
    readonly incidents: readonly IncidentReconciliation[];
  };
}

const SHOWN = 20;

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The report as a terminal reads it: totals, reconciliation, then the first disagreements and issues. */
export function formatImportReport(report: ImportReport): string {
  const { rows, tickets, references, reconciliation: r } = report;
  const parts = [
    `Import from ${report.source} into tenant ${report.tenantId}: ${rows.read} rows, ${tickets.seen} tickets`,
    table(
      ['rows read', 'applied', 'already imported', 'not applied', 'tickets created', 'updated', 'unchanged', 'numbers kept', 'renumbered'],
      [
        [
          rows.read,
          rows.applied,
          rows.alreadyImported,
          rows.notApplied,
          tickets.created,
          tickets.updated,
          tickets.unchanged,
          references.kept,
          references.renumbered,
        ],
      ],
    ),
    '',
    'Reconciliation (derived by the platform vs the source counters)',
    table(
      ['counter', 'agree', 'disagree'],
      [
        ['reopen_count', r.reopens.agree, r.reopens.disagree],
        ['reassignment_count', r.reassignments.agree, r.reassignments.disagree],
        ['priority', r.priority.agree, r.priority.disagree],
        ['active', r.active.agree, r.active.disagree],
        ['all counters', r.agree, r.disagree],
        ['made_sla', r.madeSla.agree, r.madeSla.disagree],
      ],
    ),
  ];
  if (r.incidents.length > 0) {
    parts.push('', `Tickets that disagree (${r.incidents.length}${r.incidents.length > SHOWN ? `, first ${SHOWN}` : ''})`);
    parts.push(
      table(
        ['source', 'reference', 'reopens', 'reassignments', 'why'],
        r.incidents
          .slice(0, SHOWN)
          .map((i) => [
            i.number,
            i.reference,
            `${i.reopens.derived} vs ${i.reopens.source ?? '-'}`,
            `${i.reassignments.derived} vs ${i.reassignments.source ?? '-'}`,
            i.reasons.join('; '),
          ]),
      ),
    );
  }
  if (r.madeSla.notCompared > 0) parts.push(`made_sla not compared for ${r.madeSla.notCompared} ticket(s): ${r.madeSla.reason}`);
  if (r.madeSla.incidents.length > 0) {
    parts.push(
      '',
      `Tickets whose made_sla disagrees with the replayed SLA clocks (${r.madeSla.incidents.length}${r.madeSla.incidents.length > SHOWN ? `, first ${SHOWN}` : ''})`,
    );
    parts.push(
      table(
        ['source', 'reference', 'made here', 'made_sla'],
        r.madeSla.incidents.slice(0, SHOWN).map((i) => [i.number, i.reference, String(i.derived), String(i.source)]),
      ),
    );
  }
  if (report.issues.length > 0) {
    parts.push('', `Rows not applied (${report.issues.length}${report.issues.length > SHOWN ? `, first ${SHOWN}` : ''})`);
    parts.push(
      table(
        ['line', 'source', 'kind', 'reason'],
        report.issues.slice(0, SHOWN).map((i) => [i.line, i.number ?? '-', i.kind, i.reason]),
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}
