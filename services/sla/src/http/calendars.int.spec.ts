import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { SlaAppModule } from '../sla-app.module';

const berlin = {
  id: 'berlin-office',
  name: 'Berlin office',
  timeZone: 'Europe/Berlin',
  weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, from: '09:00', to: '18:00' })),
  holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
};

const GERMAN_HOLIDAYS_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Deskstream//test//EN',
  'BEGIN:VEVENT',
  'UID:easter-monday-2026@test',
  'DTSTART;VALUE=DATE:20260406',
  'DTEND;VALUE=DATE:20260407',
  'SUMMARY:Ostermontag',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:unity-day@test',
  'DTSTART;VALUE=DATE:20261003',
  'DTEND;VALUE=DATE:20261004',
  'RRULE:FREQ=YEARLY',
  'SUMMARY:Tag der Deutschen Einheit',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('SLA calendars over HTTP', () => {
  let kit: HttpTestApp;
  beforeAll(async () => (kit = await startHttpTestApp({ name: 'sla-calendars', module: (config) => SlaAppModule.forRoot(config) })));
  afterAll(() => kit?.close());

  const admin = () => kit.as('acme', 'tenant-admin');

  it('defines a calendar and answers due and elapsed in working time, in UTC', async () => {
    const created = await admin().post('/sla/calendars', berlin);
    expect([created.status, created.body.version]).toEqual([201, 1]);
    const due = await admin().get('/sla/calendars/berlin-office/due?from=2026-03-27T16:55:00Z&minutes=60');
    expect(due.body).toEqual({ due: '2026-03-30T07:55:00.000Z' });
    const elapsed = await admin().get('/sla/calendars/berlin-office/elapsed?from=2026-03-27T16:00:00Z&to=2026-03-30T08:00:00Z');
    expect(elapsed.body).toEqual({ minutes: 120 });
    const christmas = await admin().get('/sla/calendars/berlin-office/due?from=2026-12-24T16:30:00Z&minutes=60');
    expect(christmas.body).toEqual({ due: '2026-12-28T08:30:00.000Z' });
  });

  it('imports holidays from iCalendar, expanding recurring ones, into an included calendar', async () => {
    const holidays = await admin().post('/sla/calendars', { id: 'de-public', name: 'German public holidays', timeZone: 'Europe/Berlin', weekly: [] });
    expect(holidays.status).toBe(201);
    const response = await fetch(`${kit.baseUrl}/api/v1/sla/calendars/de-public/holidays`, {
      method: 'POST',
      headers: { 'content-type': 'text/calendar', authorization: `Bearer ${await kit.token('acme', 'tenant-admin')}` },
      body: GERMAN_HOLIDAYS_ICS,
    });
    expect(response.status).toBe(201);
    const imported = (await response.json()) as { version: number; holidays: { date: string; name: string }[] };
    expect(imported.version).toBe(2);
    expect(imported.holidays).toEqual(
      expect.arrayContaining([
        { date: '2026-04-06', name: 'Ostermontag' },
        { date: '2030-10-03', name: 'Tag der Deutschen Einheit' },
      ]),
    );
    await readUntil(
      () => admin().get('/sla/calendars'),
      (r) => r.body.items!.some((c) => c.id === 'de-public'),
    );
    const { id: _id, ...body } = berlin;
    const replaced = await admin().put('/sla/calendars/berlin-office', { ...body, includes: ['de-public'] });
    expect([replaced.status, replaced.body.version]).toEqual([200, 2]);
    // Fri 3 Apr 2026 17:55 + 1 h: Easter Monday comes from the included calendar, so it is due on Tuesday.
    const easter = await admin().get('/sla/calendars/berlin-office/due?from=2026-04-03T15:55:00Z&minutes=60');
    expect(easter.body).toEqual({ due: '2026-04-07T07:55:00.000Z' });
  });

  it('refuses bad calendars naming each field, and non-admins', async () => {
    const bad = await admin().post('/sla/calendars', {
      ...berlin,
      id: 'bad',
      timeZone: 'Mars/Olympus',
      weekly: [{ day: 'mon', from: '18:00', to: '09:00' }],
      extra: true,
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors ?? []).map((e) => e.field)).toEqual(expect.arrayContaining(['extra']));
    const rules = await admin().post('/sla/calendars', {
      ...berlin,
      id: 'bad',
      timeZone: 'Mars/Olympus',
      weekly: [{ day: 'mon', from: '18:00', to: '09:00' }],
      includes: ['nowhere'],
    });
    expect(rules.status).toBe(400);
    expect((rules.body.errors ?? []).map((e) => e.field)).toEqual(['timeZone', 'weekly.0.to', 'includes.0']);
    expect((await kit.as('acme', 'agent').post('/sla/calendars', { ...berlin, id: 'agents' })).status).toBe(403);
    expect((await admin().get('/sla/calendars/bad')).status).toBe(404);
    expect((await admin().get('/sla/calendars/berlin-office/due?from=yesterday&minutes=-1')).status).toBe(400);
  });

  it('ships 24x7 and business-hours, and keeps tenants apart', async () => {
    const globex = await kit.as('globex', 'tenant-admin').get('/sla/calendars');
    expect(globex.body.items!.map((c) => c.id)).toEqual(['24x7', 'business-hours']);
    expect((await kit.as('globex', 'agent').get('/sla/calendars/berlin-office')).status).toBe(404);
    const allDay = await kit.as('globex', 'agent').get('/sla/calendars/24x7/due?from=2026-03-28T23:00:00Z&minutes=1440');
    expect(allDay.body).toEqual({ due: '2026-03-29T23:00:00.000Z' });
  });
});
