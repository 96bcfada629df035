import { categoryOf, parseStreamName, streamName, ValidationFailed } from './index';

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
