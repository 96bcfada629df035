import { categoryOf, parseStreamName, streamName, tenantStreamsPattern, ValidationFailed } from './index';

describe('stream names', () => {
  it('are <category>-<tenant>.<id> and parse back', () => {
    const name = streamName('incident', 'acme', 'a1b2-c3');
    expect(name).toBe('incident-acme.a1b2-c3');
    expect(parseStreamName(name)).toEqual({ category: 'incident', tenantId: 'acme', id: 'a1b2-c3' });
    expect(categoryOf(name)).toBe('incident');
  });

  it('refuse a tenant or category that would make the name ambiguous', () => {
    expect(() => streamName('incident', 'ac.me', 'x')).toThrow(ValidationFailed);
    expect(() => streamName('in-cident', 'acme', 'x')).toThrow(ValidationFailed);
    expect(() => streamName('incident', 'acme', '')).toThrow(ValidationFailed);
    expect(() => parseStreamName('nodash')).toThrow(ValidationFailed);
  });
});

describe("the pattern of a tenant's stream names", () => {
  it("matches every stream of the tenant, whatever its category, and no other tenant's", () => {
    const pattern = new RegExp(tenantStreamsPattern('initech'));
    for (const name of ['incident-initech.1', 'knowledge_settings-initech.desk', 'ticketreferences-initech.inc-2026']) expect(name).toMatch(pattern);
    for (const name of ['incident-initech2.1', 'incident-acme.initech', 'tenant-platform.initech', '$ce-incident', 'initech-acme.1']) {
      expect(name).not.toMatch(pattern);
    }
  });

  it('refuses a tenant that is not a slug: the pattern must match names only', () => {
    expect(() => tenantStreamsPattern('.*')).toThrow(ValidationFailed);
  });
});
