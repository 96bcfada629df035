import { nullsAsDefaults } from './settings-stream';

interface Settings {
  readonly rates: Readonly<Record<string, number>>;
  readonly language: string;
  readonly limit: number | null;
}

const defaults: Settings = { rates: {}, language: 'english', limit: 10 };

describe('a settings change', () => {
  it('given a setting as null, then it takes its default again', () => {
    expect(nullsAsDefaults<Settings>({ rates: null as never, language: 'german' }, defaults)).toEqual({ rates: {}, language: 'german' });
  });

  it('given settings left out, then they stay out of the change', () => {
    expect(nullsAsDefaults<Settings>({ language: 'german' }, defaults)).toEqual({ language: 'german' });
  });

  it('given a null for a name that is no setting, then it is passed on for the rule to refuse', () => {
    expect(nullsAsDefaults({ unknown: null } as Partial<Settings>, defaults)).toEqual({ unknown: null });
  });
});
