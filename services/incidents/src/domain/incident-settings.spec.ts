import { changeSettings, DEFAULT_INCIDENT_SETTINGS } from './incident-settings';

describe('tenant incident settings', () => {
  it('default to the ITIL matrix, a 10-day reopen window and a 3-day quiet period', () => {
    expect(DEFAULT_INCIDENT_SETTINGS.reopenWindowDays).toBe(10);
    expect(DEFAULT_INCIDENT_SETTINGS.quietPeriodDays).toBe(3);
    expect(DEFAULT_INCIDENT_SETTINGS.priorityMatrix[0][0]).toBe('P1');
  });

  it('accept a valid change and refuse an ill-defined one, naming each field', () => {
    expect(changeSettings(DEFAULT_INCIDENT_SETTINGS, { quietPeriodDays: 5 }).quietPeriodDays).toBe(5);
    expect(changeSettings(DEFAULT_INCIDENT_SETTINGS, { quietPeriodDays: undefined, reopenWindowDays: 2 })).toMatchObject({
      quietPeriodDays: 3,
      reopenWindowDays: 2,
    });
    expect(() => changeSettings(DEFAULT_INCIDENT_SETTINGS, { quietPeriodDays: -1, closingCategories: [], majorIncidentRules: [{ name: 'all' }] })).toThrow(
      expect.objectContaining({
        errors: [
          { field: 'quietPeriodDays', message: expect.any(String) },
          { field: 'closingCategories', message: expect.any(String) },
          { field: 'majorIncidentRules.0', message: expect.any(String) },
        ],
      }),
    );
  });

  it('take the default again for a field the change sets to null (a JSON Merge Patch removal)', () => {
    const tuned = changeSettings(DEFAULT_INCIDENT_SETTINGS, {
      quietPeriodDays: 7,
      majorIncidentRules: [{ name: 'payroll P1', priority: 'P1', service: 'payroll' }],
    });
    const reset = changeSettings(tuned, { majorIncidentRules: null, quietPeriodDays: null, closingCategories: null });
    expect(reset).toEqual(DEFAULT_INCIDENT_SETTINGS);
  });
});
