import type { RecordedEvent } from '@deskstream/kernel';
import { applyToProblem, type ProblemDocument } from './problem-detail.projection';

export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

/** Leaves of a nested record as dotted paths; arrays are compared whole. */
function flatten(value: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into[prefix] = value;
  }
  return into;
}

function changes(before: ProblemDocument | null, after: ProblemDocument | null): FieldChange[] {
  const from = flatten(before?.problem ?? {});
  const to = flatten(after?.problem ?? {});
  return [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]))
    .map((field) => ({ field, from: from[field] ?? null, to: to[field] ?? null }));
}

/** Every event with who, when and which fields of the record it changed, oldest first. */
export function historyOf(events: readonly RecordedEvent[]) {
  let doc: ProblemDocument | null = null;
  return events.map((event) => {
    const next = applyToProblem(doc, event);
    const entry = { revision: event.revision, type: event.type, actor: event.metadata.actor, at: event.metadata.occurredAt, data: event.data, changes: changes(doc, next) };
    doc = next;
    return entry;
  });
}
