import type { Principal } from './principal';
import { VerifiedTokenCache } from './verified-token-cache';

const agent: Principal = { tenantId: 'acme', userId: 'agent', name: 'Avery Agent', roles: ['agent'] };
const at = (iso: string) => Date.parse(iso);
const epochSeconds = (iso: string) => Date.parse(iso) / 1000;

describe('the verified-token cache', () => {
  it('answers for a verified token until its exp', () => {
    const cache = new VerifiedTokenCache(10, 3_600_000);
    cache.set('t1', agent, epochSeconds('2026-01-05T10:00:00Z'), at('2026-01-05T09:00:00Z'));
    expect(cache.get('t1', at('2026-01-05T09:59:59Z'))).toEqual(agent);
    expect(cache.get('t1', at('2026-01-05T10:00:00Z'))).toBeUndefined();
  });

  it('forgets an entry after maxAge even when the token lives longer, so key rotation is seen', () => {
    const cache = new VerifiedTokenCache(10, 60_000);
    cache.set('t1', agent, epochSeconds('2026-01-05T10:00:00Z'), at('2026-01-05T09:00:00Z'));
    expect(cache.get('t1', at('2026-01-05T09:00:59Z'))).toEqual(agent);
    expect(cache.get('t1', at('2026-01-05T09:01:00Z'))).toBeUndefined();
  });

  it('is keyed by the whole token: a token differing in one byte is a miss', () => {
    const cache = new VerifiedTokenCache();
    cache.set('header.payload.signature', agent, epochSeconds('2026-01-05T10:00:00Z'), at('2026-01-05T09:00:00Z'));
    expect(cache.get('header.payload.signaturf', at('2026-01-05T09:00:01Z'))).toBeUndefined();
  });

  it('does not keep tokens without exp', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t1', agent, undefined, at('2026-01-05T09:00:00Z'));
    expect(cache.get('t1', at('2026-01-05T09:00:00Z'))).toBeUndefined();
  });

  it('evicts the least recently used entry past its bound', () => {
    const cache = new VerifiedTokenCache(2, 60_000);
    const now = at('2026-01-05T09:00:00Z');
    const exp = epochSeconds('2026-01-05T10:00:00Z');
    cache.set('a', agent, exp, now);
    cache.set('b', agent, exp, now);
    expect(cache.get('a', now)).toEqual(agent); // a is now the most recently used
    cache.set('c', agent, exp, now);
    expect(cache.get('b', now)).toBeUndefined();
    expect(cache.get('a', now)).toEqual(agent);
    expect(cache.get('c', now)).toEqual(agent);
  });
});
