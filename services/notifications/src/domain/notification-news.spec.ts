import { isNews, NEWS_HORIZON_MS } from './notification-trigger';

describe('what is news', () => {
  const now = '2026-12-02T12:00:00.000Z';
  it('is what happened within the horizon, including what arrives a little early by clock skew', () => {
    expect(isNews('2026-12-02T11:59:00.000Z', now)).toBe(true);
    expect(isNews(new Date(Date.parse(now) - NEWS_HORIZON_MS).toISOString(), now)).toBe(true);
    expect(isNews('2026-12-02T12:00:05.000Z', now)).toBe(true);
  });

  it('is not history arriving long after the fact (a restored archive, an imported desk)', () => {
    expect(isNews(new Date(Date.parse(now) - NEWS_HORIZON_MS - 1).toISOString(), now)).toBe(false);
    expect(isNews('2024-03-01T09:00:00.000Z', now)).toBe(false);
  });
});
