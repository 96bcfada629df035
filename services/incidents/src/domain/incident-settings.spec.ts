import { ValidationFailed } from '@deskstream/kernel';
import { changeSettings, DEFAULT_INCIDENT_SETTINGS } from './incident-settings';
import { formatReference, isReference, referenceNumber } from './incident-reference';

describe('tenant incident settings', () => {
  it('default to the ITIL matrix, a 10-day reopen window and a 3-day quiet period', () => {
    expect(DEFAULT_INCIDENT_SETTINGS.reopenWindowDays).toBe(10);
    expect(DEFAULT_INCIDENT_SETTINGS.quietPeriodDays).toBe(3);
    expect(DEFAULT_INCIDENT_SETTINGS.priorityMatrix[0][0]).toBe('P1');
  });

  it('accept a valid change and refuse an ill-defined one, naming each field', () => {
    expect(changeSettings(DEFAULT_INCIDENT_SETTINGS, { quietPeriodDays: 5 }).quietPeriodDays).toBe(5);
    expect(changeSettings(DEFAULT_INCIDENT_SETTINGS, { quietPeriodDays: undefined, reopenWindowDays: 2 })).toMatchObject({ quietPeriodDays: 3, reopenWindowDays: 2 });
    expect(() =>
      changeSettings(DEFAULT_INCIDENT_SETTINGS, { quietPeriodDays: -1, closingCategories: [], majorIncidentRules: [{ name: 'all' }] }),
    ).toThrow(
      expect.objectContaining({
        errors: [
          { field: 'quietPeriodDays', message: expect.any(String) },
          { field: 'closingCategories', message: expect.any(String) },
          { field: 'majorIncidentRules.0', message: expect.any(String) },
        ],
      }),
    );
  });
});

describe('incident references', () => {
  it('read INC0001001, INC0001002 ... and parse back', () => {
    expect(formatReference(1001)).toBe('INC0001001');
    expect(formatReference(12_345_678)).toBe('INC12345678');
    expect(referenceNumber('INC0001002')).toBe(1002);
    expect(isReference('INC0001002')).toBe(true);
    expect(isReference('inc-1')).toBe(false);
    expect(() => referenceNumber('INC0000999')).toThrow(ValidationFailed);
  });
});
