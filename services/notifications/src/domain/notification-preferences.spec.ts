import { preferenceErrors, wantsChannel } from './notification-preferences';

describe('a user choosing their channels', () => {
  it('chooses among the personal channels the tenant allows, each other value named', () => {
    expect(preferenceErrors({ channels: ['in-app'] }, ['email', 'in-app', 'webhook'])).toEqual([]);
    expect(preferenceErrors({ channels: null }, ['in-app'])).toEqual([]);
    expect(preferenceErrors({ channels: ['email', 'webhook', 'fax'] as never }, ['in-app', 'webhook']).map((e) => e.field)).toEqual([
      'channels[0]',
      'channels[1]',
      'channels[2]',
    ]);
  });

  it('is told on every channel until they choose, then on the chosen ones only', () => {
    expect(wantsChannel(undefined, 'email')).toBe(true);
    expect(wantsChannel({ channels: null }, 'email')).toBe(true);
    expect(wantsChannel({ channels: ['in-app'] }, 'email')).toBe(false);
    expect(wantsChannel({ channels: ['in-app'] }, 'in-app')).toBe(true);
  });
});
