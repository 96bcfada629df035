import { DeliveryLag } from './delivery-lag';

describe('DeliveryLag', () => {
  let now = 1_000_000;
  const lag = () => new DeliveryLag(() => now);

  beforeEach(() => (now = 1_000_000));

  it('reports the longest wait observed in the current window', () => {
    const observed = lag();
    observed.observe(now - 40);
    observed.observe(now - 250);
    observed.observe(now - 10);
    expect(observed.ms()).toBe(250);
  });

  it('keeps the last window’s figure through the next one, then forgets it', () => {
    const observed = lag();
    observed.observe(now - 300);
    now += 30;
    observed.observe(now - 5);
    expect(observed.ms()).toBe(300);
    now += 30;
    expect(observed.ms()).toBe(5);
    now += 100;
    expect(observed.ms()).toBe(0);
  });

  it('reports nothing when nothing was delivered', () => {
    expect(lag().ms()).toBe(0);
  });
});
