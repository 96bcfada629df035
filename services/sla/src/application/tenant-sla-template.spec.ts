import { TEMPLATE_NAMES, loadTemplate } from '@deskstream/templates';
import { calendarErrors } from '../domain/calendar.rules';
import { DEFAULT_CALENDARS } from '../domain/default-calendars';
import { definitionsInForce, slaDefinitionsDecider } from '../domain/sla-definitions.decider';
import { calendarOf, definitionsOf } from './tenant-sla-template';

describe('the SLA part of every shipped template', () => {
  it.each(TEMPLATE_NAMES)('%s: its calendars and definitions are what the SLA service accepts, and its definitions replace the shipped ones', (name) => {
    const template = loadTemplate(name);
    const calendars = template.calendars.map((calendar) => calendarOf(calendar, 'America/Chicago'));
    const includesOf = Object.fromEntries([...DEFAULT_CALENDARS, ...calendars].map((calendar) => [calendar.id, calendar.includes]));
    for (const calendar of calendars) expect(calendarErrors(calendar, { timeZoneKnown: true, includesOf })).toEqual([]);
    const knownCalendars = Object.keys(includesOf);
    const adopted = slaDefinitionsDecider.decide(
      {
        type: 'AdoptTemplateDefinitions',
        data: {
          definitions: definitionsOf(template),
          knownCalendars,
          by: 'system:onboarding',
          at: '2026-03-01T10:00:00.000Z',
        },
      },
      slaDefinitionsDecider.initialState(),
    );
    const state = adopted.reduce(slaDefinitionsDecider.evolve, slaDefinitionsDecider.initialState());
    expect(
      definitionsInForce(state)
        .map((d) => d.id)
        .sort(),
    ).toEqual(template.slaDefinitions.map((d) => d.id).sort());
  });

  it("a template calendar that names no time zone keeps the tenant's own", () => {
    const facilities = loadTemplate('facilities').calendars.find((calendar) => calendar.id === 'facilities-hours')!;
    expect(calendarOf(facilities, 'America/Chicago').timeZone).toBe('America/Chicago');
    expect(calendarOf({ ...facilities, timeZone: 'Europe/Berlin' }, 'America/Chicago').timeZone).toBe('Europe/Berlin');
  });
});
