import { DIRECTORY_EVENTS, TOPICS, type DirectoryUserErasedV1 } from '@deskstream/contracts';
import type { CheckpointStore } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { IntegrationConsumer } from '../contributions/service-contributions';
import { ERASURES_HANDLED } from './erasure-replays';
import type { PersonalKeys } from './personal-keys';

/**
 * Each process's part of erasing a person: when the directory announces the erasure, the key this
 * process's key store holds of them is deleted. With one database per service, each service keeps
 * keys of its own, and the directory's erasure deletes only the directory's. Behind the process's
 * inbox; run again (a redelivery, a replay from the start), it finds the key gone, or finds a key
 * made after the erasure (the person seen again) and keeps it. Each erasure handled is then counted
 * (ERASURES_HANDLED), which tells the read models to fold their documents again (ErasureReplays).
 */
export class ErasedPersonKeys implements IntegrationConsumer {
  readonly topics = [TOPICS.directory];
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly keys: PersonalKeys,
    /** Consumer group and inbox of this process, e.g. `incidents.personal-keys` (see `platformConsumerName`). */
    readonly name: string,
    /** Where the erasures handled are counted: this process's checkpoints. */
    private readonly checkpoints?: CheckpointStore,
  ) {}

  /** Told after each erasure handled and counted. */
  onErasureHandled(listener: () => void): void {
    this.listeners.push(listener);
  }

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== DIRECTORY_EVENTS.userErased) return;
    const { id, at } = event.data as DirectoryUserErasedV1;
    await this.keys.erase(event.tenantid, id, at);
    if (!this.checkpoints) return;
    await this.checkpoints.save(ERASURES_HANDLED, ((await this.checkpoints.load(ERASURES_HANDLED)) ?? 0) + 1);
    for (const listener of this.listeners) listener();
  }

  /** An edge process, whose writer handled the erasure: it forgets the sealing keys it remembers, so it seals no new text with a deleted key. */
  forget(): void {
    this.keys.forgetSealingKeys();
  }
}
