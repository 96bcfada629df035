import type { Consumer as KafkaConsumer, EachMessagePayload, IHeaders } from 'kafkajs';
import type { Consumer, DeliveredMessage, MessageHandler } from '../integration-bus.port';
import { consumeInSpan } from '../tracing';
import type { ResolvedKafkaOptions } from './kafka-options';

const MAX_BACKOFF_MS = 5000;
const backoff = (attempt: number) => Math.min(MAX_BACKOFF_MS, 25 * 2 ** (attempt - 1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A message no attempt can handle: it goes to the dead-letter topic at once. */
class Undeliverable extends Error {}

function headerText(value: IHeaders[string]): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

/** The message as the port delivers it; refuses one that is not a CloudEvent of the tenant its headers name. */
export function decode({ topic, partition, message }: EachMessagePayload): DeliveredMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    const text = headerText(value);
    if (text !== undefined) headers[name] = text;
  }
  let event: DeliveredMessage['event'];
  try {
    event = JSON.parse(message.value?.toString() ?? 'null');
  } catch (error) {
    throw new Undeliverable(`undecodable value: ${reasonOf(error)}`);
  }
  if (typeof event !== 'object' || event === null || typeof event.id !== 'string' || typeof event.tenantid !== 'string') {
    throw new Undeliverable('not a CloudEvent with an id and a tenant');
  }
  // The tenant travels twice (header and body); a message whose two disagree is forged or corrupt.
  if (headers.tenantid !== undefined && headers.tenantid !== event.tenantid) {
    throw new Undeliverable(`tenant mismatch: header ${headers.tenantid}, event ${event.tenantid}`);
  }
  return { topic, partition, offset: Number(message.offset), key: message.key?.toString() ?? '', event, headers };
}

export interface GroupMemberDeps {
  /**
   * Makes the member's client consumer. `restartOnFailure` is its `retry.restartOnFailure`: kafkajs restarts
   * a crashed consumer on its own, even one stopped while it was restarting (the broker away), which
   * then rejoins its group for ever; the member refuses a restart once it is stopping.
   */
  readonly consumer: (restartOnFailure: () => Promise<boolean>) => KafkaConsumer;
  readonly groupId: string;
  readonly handler: MessageHandler;
  readonly options: ResolvedKafkaOptions;
  readonly deadLetter: (payload: EachMessagePayload, reason: string) => Promise<void>;
  readonly onFailed: (error: unknown) => void;
}

/**
 * One member of a consumer group. Each message is handled until it succeeds (retried in place with a
 * backoff, so its partition waits and nothing after it is skipped) or given up on past the attempt
 * limit. Offsets are committed in batches (every N messages or T ms) and once more when the member
 * stops, after the message in flight: a graceful stop redelivers nothing that was handled.
 */
export class KafkaGroupMember implements Consumer {
  private stopping = false;
  private readonly inFlight = new Set<Promise<void>>();
  private pending = new Map<string, { topic: string; partition: number; offset: string }>();
  private sinceCommit = 0;
  private committing: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;
  private readonly consumer: KafkaConsumer;

  constructor(private readonly deps: GroupMemberDeps) {
    this.consumer = deps.consumer(async () => !this.stopping);
    this.timer = setInterval(() => void this.commit(), deps.options.commitEveryMs);
    this.timer.unref();
  }

  async start(topics: readonly string[], fromBeginning: boolean): Promise<void> {
    const { consumer } = this;
    await consumer.connect();
    await consumer.subscribe({ topics: [...topics], fromBeginning });
    const joined = this.joined();
    // Partitions are consumed side by side, so a message being retried holds up only its own.
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: this.deps.options.partitions,
      eachMessage: (payload) => this.track(this.deliver(payload)),
    });
    await joined;
    consumer.on(consumer.events.CRASH, (event) => {
      if (!event.payload.restart && !this.stopping) this.deps.onFailed(event.payload.error);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await Promise.allSettled([...this.inFlight]);
    await this.commit();
    await this.consumer.disconnect();
  }

  private async track(delivery: Promise<void>): Promise<void> {
    this.inFlight.add(delivery);
    try {
      await delivery;
    } finally {
      this.inFlight.delete(delivery);
    }
  }

  private async deliver(payload: EachMessagePayload): Promise<void> {
    let message: DeliveredMessage;
    try {
      message = decode(payload);
    } catch (error) {
      await this.deps.deadLetter(payload, reasonOf(error));
      return this.handled(payload);
    }
    for (let attempt = 1; ; attempt++) {
      if (this.stopping) {
        // Left uncommitted: the group's next member gets it again.
        payload.pause();
        return;
      }
      try {
        await consumeInSpan(message, () => this.deps.handler(message));
        break;
      } catch (error) {
        if (attempt >= this.deps.options.maxDeliveryAttempts) {
          await this.deps.deadLetter(payload, `handler failed ${attempt} times: ${reasonOf(error)}`);
          break;
        }
        await sleep(backoff(attempt));
        await payload.heartbeat();
      }
    }
    return this.handled(payload);
  }

  private async handled({ topic, partition, message }: EachMessagePayload): Promise<void> {
    this.pending.set(`${topic}\u0000${partition}`, { topic, partition, offset: (BigInt(message.offset) + 1n).toString() });
    this.sinceCommit += 1;
    if (this.sinceCommit >= this.deps.options.commitEveryMessages) await this.commit();
  }

  /** Commits the offsets handled so far, one commit at a time. */
  private commit(): Promise<void> {
    this.committing = this.committing.then(async () => {
      if (this.pending.size === 0) return;
      const offsets = [...this.pending.values()];
      this.pending = new Map();
      this.sinceCommit = 0;
      // A commit refused during a rebalance is dropped: the partition's new owner resumes from the
      // last commit, and its inbox drops what this member already handled.
      await this.consumer.commitOffsets(offsets).catch(() => undefined);
    });
    return this.committing;
  }

  /** Resolves once the consumer has joined its group (so a subscribe is live when it returns). */
  private joined(): Promise<void> {
    const { consumer } = this;
    return new Promise((resolve, reject) => {
      const offJoin = consumer.on(consumer.events.GROUP_JOIN, () => {
        offJoin();
        offCrash();
        resolve();
      });
      const offCrash = consumer.on(consumer.events.CRASH, (event) => {
        if (event.payload.restart) return;
        offJoin();
        offCrash();
        reject(event.payload.error);
      });
    });
  }
}
