import { platformConsumerName } from './process-service';

describe('platformConsumerName', () => {
  it('is the service followed by the consumer, so two services never share a group', () => {
    expect(platformConsumerName('incidents', 'tenants')).toBe('incidents.tenants');
    expect(platformConsumerName('intake', 'tenants')).not.toBe(platformConsumerName('incidents', 'tenants'));
  });

  it.each(['', 'Incidents', 'deskstream intake', '-intake'])('refuses %j as a service name', (service) => {
    expect(() => platformConsumerName(service, 'tenants')).toThrow('kebab-case');
  });
});
