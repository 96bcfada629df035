import { fieldChanges } from '@deskstream/readmodels';
import type { RecordedEvent } from '@deskstream/kernel';
import { applyToProblem, type ProblemDocument } from './problem-detail.projection';

export type { FieldChange } from '@deskstream/readmodels';

const changes = (before: ProblemDocument | null, after: ProblemDocument | null) => fieldChanges(before?.problem, after?.problem);

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
