import { ValidationFailed } from '@deskstream/kernel';
import { changeProblemSettings, DEFAULT_PROBLEM_SETTINGS } from './problem-settings';

describe("a tenant's problem settings", () => {
  it('default: five incidents on one service within 24 hours raise a candidate', () => {
    expect(DEFAULT_PROBLEM_SETTINGS.trend).toEqual({ windowMinutes: 1440, threshold: 5, dimensions: ['service'], similarity: null });
  });

  it('a change keeps what it leaves out', () => {
    const next = changeProblemSettings(DEFAULT_PROBLEM_SETTINGS, { trend: { ...DEFAULT_PROBLEM_SETTINGS.trend, threshold: 3, similarity: 0.4 } });
    expect(next.trend).toEqual({ windowMinutes: 1440, threshold: 3, dimensions: ['service'], similarity: 0.4 });
    expect(next.priorityMatrix).toBe(DEFAULT_PROBLEM_SETTINGS.priorityMatrix);
  });

  it('refuses a threshold of one, an unknown or repeated dimension, a similarity above 1 and a bad matrix, naming each field', () => {
    const bad = () =>
      changeProblemSettings(DEFAULT_PROBLEM_SETTINGS, {
        trend: { windowMinutes: 0, threshold: 1, dimensions: ['service', 'service'], similarity: 2 },
        priorityMatrix: [['P1'], ['P2'], ['P3']] as never,
      });
    expect(bad).toThrow(ValidationFailed);
    try {
      bad();
    } catch (error) {
      expect((error as ValidationFailed).errors.map((e) => e.field)).toEqual([
        'trend.windowMinutes',
        'trend.threshold',
        'trend.dimensions',
        'trend.similarity',
        'priorityMatrix',
      ]);
    }
  });
});
