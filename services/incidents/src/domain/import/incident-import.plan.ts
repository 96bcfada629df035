import { DomainError } from '@deskstream/kernel';
import type { IncidentCommand } from '../incident.commands';
import type { SourceDirectoryNames } from '../incident.events';
import type { IncidentState } from '../incident.state';
import type { ImportFacts, OrderedUpdate, RowIssue } from './import.types';
import { IncidentWalk } from './incident-walk';

/** What importing one ticket's rows decides: the commands to run, and what was left out and why. */
export interface ImportPlan {
  readonly commands: readonly IncidentCommand[];
  /** Rows whose changes are in the commands. */
  readonly applied: number;
  /** Rows an earlier import already brought in (the incident is synced past them). */
  readonly alreadyImported: number;
  readonly issues: readonly RowIssue[];
  /** The source's updates present in this batch, in order: gaps in them are updates the export skipped. */
  readonly updates: readonly number[];
}

/** Turns one update into commands on the walk; `previousAt` is the time of the update applied before it (null for the first). */
export type UpdateTranslation<Update extends OrderedUpdate, Facts extends ImportFacts> = (
  update: Update,
  walk: IncidentWalk,
  facts: Facts,
  previousAt: string | null,
) => void;

/** What one update names that the tenant's directory keeps: people, groups, categories, locations. */
export type NamesOf<Update extends OrderedUpdate> = (update: Update) => SourceDirectoryNames;

function namesMet<Update extends OrderedUpdate>(rows: readonly Update[], namesOf: NamesOf<Update>): SourceDirectoryNames {
  const met = { users: new Set<string>(), groups: new Set<string>(), categories: new Set<string>(), locations: new Set<string>() };
  for (const row of rows) {
    const names = namesOf(row);
    for (const kind of ['users', 'groups', 'categories', 'locations'] as const) names[kind].forEach((name) => met[kind].add(name));
  }
  const sorted = (names: Set<string>) => [...names].sort();
  return { users: sorted(met.users), groups: sorted(met.groups), categories: sorted(met.categories), locations: sorted(met.locations) };
}

function sameContent(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function byUpdate(a: OrderedUpdate, b: OrderedUpdate): number {
  return a.update - b.update || a.line - b.line;
}

/**
 * Orders one ticket's rows by the source's update number and applies each on the state the previous
 * ones left. A row already imported is passed over; a repeated row, a row whose time runs backwards,
 * or one the lifecycle refuses is reported with its line and leaves the incident as it was, and the
 * next row carries on from there. The last applied update is recorded, so a second import of the
 * same export adds nothing and a later export adds only what is new.
 */
export function planIncidentImport<Update extends OrderedUpdate, Facts extends ImportFacts>(
  rows: readonly Update[],
  state: IncidentState,
  facts: Facts,
  translate: UpdateTranslation<Update, Facts>,
  namesOf?: NamesOf<Update>,
): ImportPlan {
  const synced = state.status === 'none' ? undefined : state.sourceUpdate;
  const commands: IncidentCommand[] = [];
  const issues: RowIssue[] = [];
  let current = state;
  let applied = 0;
  let alreadyImported = 0;
  let last: Update | null = null;
  let lastApplied: Update | null = null;
  const appliedRows: Update[] = [];
  for (const row of [...rows].sort(byUpdate)) {
    const issue = (kind: RowIssue['kind'], reason: string) => issues.push({ line: row.line, number: row.number, kind, reason });
    if (synced !== undefined && row.update <= synced) {
      alreadyImported += 1;
      continue;
    }
    if (last !== null && row.update === last.update) {
      const same = sameContent(row.content, last.content);
      issue('duplicate', same ? `repeats line ${last.line} (update ${row.update})` : `a second, different update ${row.update} (first at line ${last.line})`);
      continue;
    }
    last = row;
    if (lastApplied !== null && row.at < lastApplied.at) {
      issue('out-of-order', `update ${row.update} at ${row.at} is earlier than update ${lastApplied.update} at ${lastApplied.at}`);
      continue;
    }
    const walk = new IncidentWalk(current);
    try {
      translate(row, walk, facts, lastApplied?.at ?? null);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      issue('not-applied', `update ${row.update} not applied: ${error.message}`);
      continue;
    }
    commands.push(...walk.commands);
    current = walk.state;
    applied += 1;
    lastApplied = row;
    appliedRows.push(row);
  }
  if (lastApplied !== null && current.status !== 'none') {
    commands.push({
      type: 'RecordSourceSync',
      data: {
        sourceReference: lastApplied.number,
        sourceUpdate: lastApplied.update,
        ...(namesOf ? { met: namesMet(appliedRows, namesOf) } : {}),
        by: facts.importer,
        at: lastApplied.at,
      },
    });
  }
  const updates = [...new Set(rows.map((row) => row.update))].sort((a, b) => a - b);
  return { commands, applied, alreadyImported, issues, updates };
}
