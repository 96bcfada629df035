import type { CheckpointStore, EventStore } from '@deskstream/kernel';
import { rebuildProjection, type DocumentStore, type Projection } from '@deskstream/readmodels';
import type { PersonalDataDeclaration } from './personal-data';

/** How many erasures this service's processes have handled (a counter kept with the checkpoints). */
export const ERASURES_HANDLED = 'privacy:erasures-handled';
/** How many of them a projection's documents were last replayed after. */
export const replayedAfter = (projection: Pick<Projection, 'name'>): string => `privacy:replayed-after:${projection.name}`;

/** A projection this replica runs, and how to stop it for a while (its lease kept). */
export interface HeldProjection {
  readonly projection: Projection;
  whilePaused<T>(work: () => Promise<T>): Promise<T>;
}

export interface ErasureReplaysDeps {
  readonly store: EventStore;
  readonly documents: DocumentStore;
  readonly checkpoints: CheckpointStore;
  readonly declarations: readonly PersonalDataDeclaration[];
  /** The projections this replica runs now. */
  readonly held: () => readonly HeldProjection[];
}

/**
 * The read models' part of an erasure. A projection's documents were folded while the person's key
 * still opened their words (a list's short descriptions, the problems service's copies of incident
 * activity); events read after the erasure show the placeholders, but a document is folded again only
 * when a new event of it comes. So once an erasure is handled (ERASURES_HANDLED grows), every
 * projection of personal data this replica runs is replayed into a fresh copy and swapped in
 * (rebuildProjection): readers see the old copy until the swap, the new one then, and the projection
 * goes on from where the replay stopped. The count replayed after is kept per projection, so a
 * replay interrupted by a crash is made again on the next check, and one that is done is not.
 */
export class ErasureReplays {
  private running: Promise<void> | null = null;
  private again = false;
  /** The event types that carry personal data: a projection folding one may copy it into its documents. */
  private readonly personal: ReadonlySet<string>;

  constructor(private readonly deps: ErasureReplaysDeps) {
    this.personal = new Set(deps.declarations.flatMap((declaration) => declaration.eventTypes));
  }

  /** True while replays run (their projections are stopped meanwhile). */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Resolves once no replay runs; a failed one is the caller of request's to report. */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** Replays what an erasure left behind; a request during a run makes the run check once more at its end. */
  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.replayBehind();
      } while (this.again);
    })().finally(() => (this.running = null));
    return this.running;
  }

  private async replayBehind(): Promise<void> {
    const { store, documents, checkpoints } = this.deps;
    // Read before the replays: every erasure counted here had deleted its key before it was counted.
    const handled = await checkpoints.load(ERASURES_HANDLED);
    if (handled === undefined) return;
    for (const { projection, whilePaused } of this.deps.held()) {
      if (!projection.handles.some((type) => this.personal.has(type))) continue;
      if (((await checkpoints.load(replayedAfter(projection))) ?? 0) >= handled) continue;
      await whilePaused(() => rebuildProjection({ store, documents, checkpoints, projection }));
      await checkpoints.save(replayedAfter(projection), handled);
    }
  }
}
