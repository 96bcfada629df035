import { randomUUID } from 'node:crypto';
import type { CloudEvent, Consumer, ConsumerOptions, DeliveredMessage, IntegrationBus, OutgoingMessage } from './integration-bus.port';

/** A name no other test uses (Kafka topic names allow letters, digits, '.', '_' and '-'). */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 10)}`;
}

export function aCloudEvent(overrides: Partial<CloudEvent> = {}): CloudEvent {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/deskstream/tests',
    type: 'deskstream.tests.thing-happened.v1',
    subject: 'thing-1',
    time: '2026-01-05T09:00:00.000Z',
    datacontenttype: 'application/json',
    data: { n: 0 },
    tenantid: 't1',
    correlationid: 'corr-1',
    ...overrides,
  };
}

export function aMessage(topic: string, key: string, n: number, headers?: Record<string, string>): OutgoingMessage {
  return { topic, key, event: aCloudEvent({ subject: key, data: { key, n } }), ...(headers ? { headers } : {}) };
}

export const nOf = (message: { event: CloudEvent }) => (message.event.data as { n: number }).n;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A subscription that records every attempt and every success; `failWhen` makes the handler throw. */
export class Recorder {
  readonly attempts: DeliveredMessage[] = [];
  readonly handled: DeliveredMessage[] = [];
  consumer?: Consumer;

  constructor(private readonly failWhen: (message: DeliveredMessage, attempt: number) => boolean = () => false) {}

  async subscribe(bus: IntegrationBus, options: ConsumerOptions): Promise<this> {
    this.consumer = await bus.subscribe(options, async (message) => {
      this.attempts.push(message);
      const attempt = this.attempts.filter((m) => m.event.id === message.event.id).length;
      if (this.failWhen(message, attempt)) throw new Error(`handler failed on ${message.event.id} (attempt ${attempt})`);
      this.handled.push(message);
    });
    return this;
  }

  ids(): string[] {
    return this.handled.map((m) => m.event.id);
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
  }
}
