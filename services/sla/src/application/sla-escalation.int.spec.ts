import { ManualClock, SequentialIds, type CommandContext } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import type { DeliveredMessage } from '@deskstream/messaging';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { SqliteScheduler, type Timer } from '@deskstream/scheduling';
import { openSqlite } from '@deskstream/sqlite';
import { MILESTONE_TIMER, milestoneTimerHandler, REMINDER_TIMER, reminderTimerHandler, SlaTimerScheduling } from './sla-consumers';
import { SlaCalendars } from './sla-calendars';
import { SlaDefinitions } from './sla-definitions';
import { slaIntegrationMapper } from './sla-integration.mapper';
import { slaNotificationProjection } from './sla-notification.projection';
import { SlaTickets } from './sla-tickets';

const OPENED = '2026-03-23T08:00:00.000Z';
const minutesAfter = (minutes: number) => new Date(Date.parse(OPENED) + minutes * 60_000);

/** The SLA application on the real embedded stores and scheduler, with the clock in the test's hand. */
function kit() {
  const db = openSqlite(':memory:');
  const store = new SqliteEventStore(db);
  const clock = new ManualClock(OPENED);
  const ids = new SequentialIds('sla');
  const scheduler = new SqliteScheduler(db, { owner: 'test', clock });
  const calendars = new SlaCalendars(store, new SqliteDocumentStore(db), clock, ids);
  const tickets = new SlaTickets(store, new SlaDefinitions(store, calendars, clock, ids), calendars, clock, ids);
  const scheduling = new SlaTimerScheduling(scheduler);
  const handlers: Record<string, (timer: Timer) => Promise<void>> = {
    [MILESTONE_TIMER]: milestoneTimerHandler(tickets),
    [REMINDER_TIMER]: reminderTimerHandler(tickets),
  };
  let published = -1;
  /** What the gateway and the bus do: every new SLA event, mapped to its contract, delivered to the timer scheduling. */
  async function deliver(): Promise<string[]> {
    const events = await store.readAll({ after: published });
    const types: string[] = [];
    for (const event of events) {
      published = event.position;
      for (const message of slaIntegrationMapper.map(event)) {
        types.push(message.event.type);
        await scheduling.handle({ ...message, partition: 0, offset: event.position, headers: {} } as DeliveredMessage);
      }
    }
    return types;
  }
  return { db, store, clock, scheduler, tickets, handlers, deliver };
}

const context = (causationId: string): CommandContext => ({ tenantId: 'acme', actor: 'system:sla', correlationId: 'c', causationId });

describe('escalations through the Scheduler', () => {
  const k = kit();
  afterAll(async () => {
    await k.scheduler.stop();
    k.db.close();
  });
  const dispatch = (timer: Timer) => k.handlers[timer.kind]!(timer);

  it('observes each incident event once, however often it is delivered', async () => {
    const opened = {
      ticketId: 'inc-9',
      reference: 'INC0009009',
      change: {
        signal: 'opened' as const,
        kind: 'incident' as const,
        reference: 'INC0009009',
        priority: 'P1',
        service: null,
        category: null,
        status: 'new' as const,
      },
      by: 'agent',
      at: OPENED,
    };
    await k.tickets.observe(opened, context('msg-1'));
    const first = (await k.store.readStream('slaticket-acme.inc-9')).length;
    await k.tickets.observe(opened, context('msg-1'));
    expect((await k.store.readStream('slaticket-acme.inc-9')).length).toBe(first);
    expect(await k.deliver()).toContain('deskstream.sla.clock-started.v1');
  });

  it('keeps one milestone timer per running clock, at the next warning in working time', async () => {
    const pending = await k.scheduler.pending('acme');
    expect(pending.map((t) => [t.id, t.kind, t.dueAt.toISOString()])).toEqual([
      ['milestone:inc-9:p1-response', MILESTONE_TIMER, minutesAfter(7.5).toISOString()],
      ['milestone:inc-9:p1-resolution', MILESTONE_TIMER, minutesAfter(120).toISOString()],
    ]);
  });

  it('at the warning notifies, then schedules the next milestone and the reminder; a timer run twice has no second effect', async () => {
    k.clock.set(minutesAfter(7.5));
    const fired: Timer[] = [];
    const ran = await k.scheduler.runDue(k.clock.now(), async (timer) => {
      fired.push(timer);
      await dispatch(timer);
    });
    expect(ran).toBe(1);
    const types = await k.deliver();
    expect(types).toEqual(['deskstream.sla.warning-reached.v1', 'deskstream.sla.escalation-notified.v1']);
    const length = (await k.store.readStream('slaticket-acme.inc-9')).length;
    await dispatch(fired[0]!);
    expect((await k.store.readStream('slaticket-acme.inc-9')).length).toBe(length);
    const pending = Object.fromEntries((await k.scheduler.pending('acme')).map((t) => [t.id, t.dueAt.toISOString()]));
    expect(pending).toMatchObject({
      'milestone:inc-9:p1-response': minutesAfter(11.25).toISOString(),
      'reminder:inc-9:p1-response': minutesAfter(67.5).toISOString(),
    });
  });

  it('repeats until acknowledged: the breach escalates to the manager again, acknowledging cancels the reminder', async () => {
    k.clock.set(minutesAfter(15));
    // Each timer looks at the clock as of its own instant (75 %), and the breach timer it leaves is due too.
    const published: string[] = [];
    while ((await k.scheduler.runDue(k.clock.now(), dispatch)) > 0) published.push(...(await k.deliver()));
    expect(published).toEqual([
      'deskstream.sla.warning-reached.v1',
      'deskstream.sla.escalation-notified.v1',
      'deskstream.sla.clock-breached.v1',
      'deskstream.sla.escalation-notified.v1',
    ]);
    await k.tickets.acknowledge({ tenantId: 'acme', actor: 'service-owner', correlationId: 'ack' }, 'inc-9:p1-response');
    expect(await k.deliver()).toEqual(['deskstream.sla.escalation-ended.v1']);
    expect((await k.scheduler.pending('acme')).map((t) => t.id)).toEqual(['milestone:inc-9:p1-resolution']);
  });

  it('records every notification it decided in its own read model: the group manager, since nobody was assigned', async () => {
    const events = (await k.store.readStream('slaticket-acme.inc-9')).filter((event) => slaNotificationProjection.handles.includes(event.type));
    const project = slaNotificationProjection.apply;
    const docs = events.map((event) => project(null, event)!);
    expect(docs.map((doc) => [doc.id, doc.recipient, doc.role, doc.percent, doc.reminder, doc.channel])).toEqual([
      ['inc-9:p1-response:50:0', 'service-owner', 'group-manager', 50, 0, 'mail'],
      ['inc-9:p1-response:75:1', 'service-owner', 'group-manager', 75, 1, 'mail'],
      ['inc-9:p1-response:100:2', 'service-owner', 'group-manager', 100, 2, 'mail'],
    ]);
    expect(docs.every((doc) => doc.tenantId === 'acme' && doc.ticketId === 'inc-9')).toBe(true);
  });
});
