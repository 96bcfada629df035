import { DateTime } from 'luxon';
import type { IncidentStatus } from '../../domain/incident.state';

/** What the generator knows about each incident it wrote: the ground truth an import must reproduce. */
export interface GeneratedIncident {
  readonly number: string;
  readonly status: IncidentStatus;
  readonly reopens: number;
  /** Changes of group after the first assignment (ServiceNow's reassignment_count). */
  readonly groupChanges: number;
  /** Changes of assignee alone, which the platform's default convention also counts. */
  readonly assigneeChanges: number;
  readonly group: string;
  readonly rows: number;
  /** The source's values as written (ServiceNow's display text), and the instants the rows put them at (ISO, UTC). */
  readonly source: {
    readonly caller: string;
    readonly contactType: string;
    readonly category: string;
    readonly subcategory: string;
    readonly impact: string;
    readonly urgency: string;
    readonly closeCode: string | null;
  };
  /** Every group the incident was assigned to, in order. */
  readonly groupPath: readonly string[];
  readonly openedAt: string;
  readonly firstAssignedAt: string;
  /** The last resolution (after a reopen, the second one); null while open. */
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
}

export interface GeneratedExport {
  readonly csv: string;
  readonly incidents: readonly GeneratedIncident[];
  readonly rows: number;
  /** Rows deliberately broken (bad date, unknown state) and rows repeated: each must be reported. */
  readonly malformedRows: number;
  readonly duplicatedRows: number;
}

export const GENERATED_DATE_FORMAT = 'd/M/yyyy HH:mm';

const COLUMNS = [
  'number',
  'incident_state',
  'active',
  'reassignment_count',
  'reopen_count',
  'sys_mod_count',
  'made_sla',
  'caller_id',
  'opened_by',
  'opened_at',
  'sys_created_by',
  'sys_created_at',
  'sys_updated_by',
  'sys_updated_at',
  'contact_type',
  'location',
  'category',
  'subcategory',
  'u_symptom',
  'cmdb_ci',
  'impact',
  'urgency',
  'priority',
  'assignment_group',
  'assigned_to',
  'knowledge',
  'u_priority_confirmation',
  'notify',
  'problem_id',
  'rfc',
  'vendor',
  'caused_by',
  'closed_code',
  'resolved_by',
  'resolved_at',
  'closed_at',
] as const;

/** A small seeded generator (mulberry32): the same seed writes the same export. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['1 - High', '2 - Medium', '3 - Low'];
const CONTACTS = ['Phone', 'Email', 'Self service', 'Walk in'];

/**
 * A ServiceNow-style incident export with audit history (one row per update, the UCI event-log
 * layout), with known outcomes: holds and resumptions, hand-overs between groups and between people,
 * reopens, resolutions and closures, some incidents still open. With `defects`, one incident in 50
 * gets a repeated row, one in 80 a row with a malformed date and one in 120 a row in an unknown state,
 * each on top of its real updates, so the ground truth is unchanged.
 */
export function generateServiceNowExport(options: { incidents: number; seed?: number; firstNumber?: number; defects?: boolean }): GeneratedExport {
  const next = random(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines: string[] = [COLUMNS.join(',')];
  const incidents: GeneratedIncident[] = [];
  let malformedRows = 0;
  let duplicatedRows = 0;
  const start = DateTime.fromISO('2024-03-01T08:00:00Z', { zone: 'UTC' });
  for (let i = 0; i < options.incidents; i += 1) {
    const number = `INC${String((options.firstNumber ?? 10_001) + i).padStart(7, '0')}`;
    let at = start.plus({ minutes: i * 7 });
    const opened = at;
    const fixed = {
      caller_id: `Caller ${Math.floor(next() * 5000)}`,
      opened_by: `Opened by ${Math.floor(next() * 200)}`,
      contact_type: pick(CONTACTS),
      location: `Location ${Math.floor(next() * 200)}`,
      category: `Category ${Math.floor(next() * 60)}`,
      subcategory: `Subcategory ${Math.floor(next() * 250)}`,
      u_symptom: `Symptom ${Math.floor(next() * 500)}`,
      impact: pick(LEVELS),
      urgency: pick(LEVELS),
    };
    let state = 'New';
    let group = '?';
    let assignee = '?';
    let groupChanges = 0;
    let assigneeChanges = 0;
    let reopens = 0;
    let mod = 0;
    let closeCode = '?';
    const groupPath: string[] = [];
    const instants: { firstAssignedAt?: string; resolvedAt?: string; closedAt?: string } = {};
    const rows: Record<string, string>[] = [];
    const write = (minutes: number) => {
      at = at.plus({ minutes });
      const instant = at.toUTC().toISO({ suppressMilliseconds: false })!;
      if (group !== '?' && groupPath.at(-1) !== group) groupPath.push(group);
      if (group !== '?') instants.firstAssignedAt ??= instant;
      if (state === 'Resolved') instants.resolvedAt = instant;
      if (state === 'Closed') instants.closedAt = instant;
      const values: Record<string, string> = {
        ...fixed,
        number,
        incident_state: state,
        active: state === 'Closed' ? 'false' : 'true',
        reassignment_count: String(groupChanges),
        reopen_count: String(reopens),
        sys_mod_count: String(mod),
        made_sla: 'true',
        opened_at: opened.toFormat(GENERATED_DATE_FORMAT),
        sys_created_by: fixed.opened_by,
        sys_created_at: opened.toFormat(GENERATED_DATE_FORMAT),
        sys_updated_by: `Updated by ${Math.floor(next() * 300)}`,
        sys_updated_at: at.toFormat(GENERATED_DATE_FORMAT),
        assignment_group: group,
        assigned_to: assignee,
        closed_code: closeCode,
        resolved_by: state === 'Resolved' || state === 'Closed' ? assignee : '?',
      };
      rows.push(values);
      mod += 1;
    };
    write(0);
    state = 'Active';
    group = `Group ${Math.floor(next() * 70)}`;
    assignee = `Resolver ${Math.floor(next() * 230)}`;
    write(5 + Math.floor(next() * 60));
    if (next() < 0.4) {
      state = pick(['Awaiting User Info', 'Awaiting Vendor', 'Awaiting Problem']);
      write(30);
      state = 'Active';
      write(60 + Math.floor(next() * 600));
    }
    if (next() < 0.55) {
      group = `Group ${70 + Math.floor(next() * 10)}`;
      groupChanges += 1;
      write(20);
    }
    if (next() < 0.2) {
      assignee = `Resolver ${230 + Math.floor(next() * 20)}`;
      assigneeChanges += 1;
      write(15);
    }
    const stillOpen = next() < 0.1;
    if (!stillOpen) {
      closeCode = `code ${1 + Math.floor(next() * 17)}`;
      state = 'Resolved';
      write(60 + Math.floor(next() * 300));
      if (next() < 0.15) {
        state = 'Active';
        reopens += 1;
        write(120);
        state = 'Resolved';
        write(90);
      }
      state = 'Closed';
      write(5 * 24 * 60);
    }
    if (options.defects && i % 50 === 7) {
      rows.splice(2, 0, rows[1]!);
      duplicatedRows += 1;
    }
    if (options.defects && i % 80 === 11) {
      rows.push({ ...rows.at(-1)!, sys_mod_count: String(mod), sys_updated_at: '31/31/2024 25:99' });
      malformedRows += 1;
    }
    if (options.defects && i % 120 === 13) {
      rows.push({ ...rows.at(-1)!, sys_mod_count: String(mod + 1), incident_state: 'Pending Review' });
      malformedRows += 1;
    }
    const finalStatus: IncidentStatus = stillOpen ? 'in-progress' : 'closed';
    incidents.push({
      number,
      status: finalStatus,
      reopens,
      groupChanges,
      assigneeChanges,
      group,
      rows: rows.length,
      source: {
        caller: fixed.caller_id,
        contactType: fixed.contact_type,
        category: fixed.category,
        subcategory: fixed.subcategory,
        impact: fixed.impact,
        urgency: fixed.urgency,
        closeCode: stillOpen ? null : closeCode,
      },
      groupPath,
      openedAt: opened.toUTC().toISO()!,
      firstAssignedAt: instants.firstAssignedAt!,
      resolvedAt: stillOpen ? null : instants.resolvedAt!,
      closedAt: stillOpen ? null : instants.closedAt!,
    });
    // Generated values hold no commas, quotes or line breaks: joining is exact CSV.
    lines.push(...rows.map((row) => COLUMNS.map((column) => row[column] ?? '?').join(',')));
  }
  return { csv: `${lines.join('\n')}\n`, incidents, rows: lines.length - 1, malformedRows, duplicatedRows };
}
