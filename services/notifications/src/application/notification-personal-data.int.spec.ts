import { eventMetadata } from '@deskstream/kernel';
import { sealedEventStore } from '@deskstream/platform/testing';
import type { RecordedOf } from '@deskstream/readmodels';
import { openSqlite } from '@deskstream/sqlite';
import type { NotificationEvent, RenderedNotification } from '../domain/notification.events';
import { rendered } from '../domain/notification.fixtures';
import { applyToNotification } from './notification-feed.projection';

const TO_SAMIR = rendered({
  recipient: { userId: 'samir', name: 'Samir Nagheenanajar', address: 'samir@initech.example', locale: 'en-GB' },
  subject: 'INC0001001: a reply for Samir',
  text: 'Hello Samir Nagheenanajar, the ballast is replaced',
  html: '<p>Hello Samir Nagheenanajar</p>',
});
/** A webhook's notification is no one's: it stays in the clear. */
const TO_HOOK: RenderedNotification = {
  ...TO_SAMIR,
  key: 'evt-1:resolved:hook',
  channel: 'webhook',
  recipient: { userId: null, name: 'Facilities board', address: null, locale: 'en-GB' },
  url: 'https://board.initech.example/hook',
};

describe("a notification, sealed with its recipient's key (embedded store)", () => {
  const { store, keys } = sealedEventStore(openSqlite(':memory:'));
  const metadata = eventMetadata({ tenantId: 'initech', actor: 'system:notifications', correlationId: 'c' }, '2026-03-02T09:00:00.000Z');
  const queue = (stream: string, notification: RenderedNotification) =>
    store.appendToStream(stream, [{ eventId: stream, type: 'NotificationQueued', data: { notification, at: '2026-03-02T09:00:00.000Z' }, metadata }], {
      expectedRevision: 'no_stream',
    });
  const feedLine = async (stream: string) => {
    const [queued] = await store.readStream(stream);
    return applyToNotification(null, queued as RecordedOf<NotificationEvent>);
  };

  beforeAll(async () => {
    await queue('notification-initech.n-1', TO_SAMIR);
    await queue('notification-initech.n-2', TO_HOOK);
  });
  afterAll(() => store.close());

  it("stores the recipient's name, address and what was written to them only sealed, and reads them back", async () => {
    const stored = JSON.stringify(await store.inner.readStream('notification-initech.n-1'));
    for (const words of ['Nagheenanajar', 'samir@initech.example', 'a reply for Samir', 'ballast']) expect(stored).not.toContain(words);
    expect((await store.readStream('notification-initech.n-1'))[0]?.data).toEqual({ notification: TO_SAMIR, at: '2026-03-02T09:00:00.000Z' });
    expect(await feedLine('notification-initech.n-1')).toMatchObject({ recipient: 'samir', address: 'samir@initech.example', subject: TO_SAMIR.subject });
  });

  it('given the recipient erased, then the feed line reads as erased with no address, while the rule, ticket and times stay; the webhook stays', async () => {
    await keys.erase('initech', 'samir');
    const [queued] = await store.readStream('notification-initech.n-1');
    expect((queued?.data as { notification: RenderedNotification }).notification).toEqual({
      ...TO_SAMIR,
      recipient: { ...TO_SAMIR.recipient, name: '[erased]', address: null },
      subject: '[erased]',
      text: '[erased]',
      html: null,
    });
    expect(await feedLine('notification-initech.n-1')).toMatchObject({
      recipient: 'samir',
      address: null,
      subject: '[erased]',
      text: '[erased]',
      rule: 'resolved',
      ticketId: 'inc-1',
      queuedAt: '2026-03-02T09:00:00.000Z',
    });
    expect((await store.readStream('notification-initech.n-2'))[0]?.data).toEqual({ notification: TO_HOOK, at: '2026-03-02T09:00:00.000Z' });
  });
});
