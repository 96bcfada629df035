import { AdmissionGate } from './admission-gate';

/**
 * The gate looks at the lag on a timer; fake timers step it exactly, so what is asserted does not
 * depend on how busy the machine running the suite is.
 */
const step = (ms: number) => jest.advanceTimersByTimeAsync(ms);

describe('AdmissionGate', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('admits at once while the background keeps up', () => {
    const gate = new AdmissionGate({ lagLimitMs: 100, maxHoldMs: 1000 }, () => 100);
    expect(gate.admit('acme')).toBeUndefined();
    expect(gate.heldCount()).toBe(0);
  });

  it('holds commands while the background is behind, and releases them a few at a time once it has caught up', async () => {
    let lag = 400;
    const gate = new AdmissionGate({ lagLimitMs: 100, maxHoldMs: 60_000 }, () => lag);
    let admitted = 0;
    for (let i = 0; i < 10; i += 1) void gate.admit('acme')?.then(() => (admitted += 1));
    await step(1000);
    expect(admitted).toBe(0);
    lag = 20;
    // A command arriving behind held ones waits its turn.
    expect(gate.admit('acme')).toBeDefined();
    await step(5);
    expect(admitted).toBe(4);
    await step(10);
    expect(admitted).toBe(10);
    expect(gate.heldCount()).toBe(11);
  });

  it('lets the tenants go in turn: one with many commands held does not keep another’s waiting behind them', async () => {
    let lag = 400;
    const gate = new AdmissionGate({ lagLimitMs: 100, maxHoldMs: 60_000 }, () => lag);
    const order: string[] = [];
    for (let i = 0; i < 20; i += 1) void gate.admit('acme')?.then(() => order.push('acme'));
    void gate.admit('globex')?.then(() => order.push('globex'));
    await step(1000);
    expect(order).toHaveLength(0);
    lag = 20;
    await step(100);
    expect(order).toHaveLength(21);
    expect(order.indexOf('globex')).toBe(1);
  });

  it('lets a held command go after the longest hold, however far behind the background is', async () => {
    const gate = new AdmissionGate(
      { lagLimitMs: 100, maxHoldMs: 500 },
      () => 10_000,
      () => Date.now(),
    );
    let admitted = false;
    void gate.admit('acme')?.then(() => (admitted = true));
    await step(490);
    expect(admitted).toBe(false);
    await step(20);
    expect(admitted).toBe(true);
  });

  it('holds nothing when its limit is 0', () => {
    const gate = new AdmissionGate({ lagLimitMs: 0, maxHoldMs: 500 }, () => 10_000);
    expect(gate.admit('acme')).toBeUndefined();
  });
});
