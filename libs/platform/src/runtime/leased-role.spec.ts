import type { Leases } from '@deskstream/kernel';
import { eventually } from '@deskstream/testing';
import { LeasedRole, type Role } from './leased-role';

/** A lease store whose answer the test decides. */
class ScriptedLeases implements Leases {
  readonly ttlMs = 150;
  answer: boolean | Error = true;
  released: string[] = [];
  async acquire(): Promise<boolean> {
    if (this.answer instanceof Error) throw this.answer;
    return this.answer;
  }
  async release(name: string): Promise<void> {
    this.released.push(name);
  }
}

class RecordingRole implements Role {
  readonly calls: string[] = [];
  async start(): Promise<void> {
    this.calls.push('start');
  }
  async stop(): Promise<void> {
    this.calls.push('stop');
  }
}

describe('a leased role', () => {
  const errors: unknown[] = [];
  const setUp = () => {
    const leases = new ScriptedLeases();
    const role = new RecordingRole();
    return { leases, role, leased: new LeasedRole(leases, 'projection:queue', role, (error) => errors.push(error)) };
  };

  it('given the lease is free, when it begins, then the role starts at once', async () => {
    const { role, leased } = setUp();
    await leased.begin();
    expect(role.calls).toEqual(['start']);
    expect(leased.held).toBe(true);
    await leased.end();
  });

  it('given another replica holds the lease, then the role waits, and starts when the lease comes free', async () => {
    const { leases, role, leased } = setUp();
    leases.answer = false;
    await leased.begin();
    expect(role.calls).toEqual([]);
    leases.answer = true;
    await eventually(() => expect(role.calls).toEqual(['start']));
    await leased.end();
  });

  it('given the lease is lost or the lease store fails, then the role stops rather than risk running twice', async () => {
    const { leases, role, leased } = setUp();
    await leased.begin();
    leases.answer = false;
    await eventually(() => expect(role.calls).toEqual(['start', 'stop']));
    leases.answer = true;
    await eventually(() => expect(role.calls).toEqual(['start', 'stop', 'start']));
    leases.answer = new Error('lease store unreachable');
    await eventually(() => expect(role.calls).toEqual(['start', 'stop', 'start', 'stop']));
    expect(errors).toContain(leases.answer);
    await leased.end();
  });

  it('when paused, then the role stops and keeps its lease, and starts again after the work', async () => {
    const { role, leased } = setUp();
    await leased.begin();
    const result = await leased.whilePaused(async () => role.calls.slice());
    expect(result).toEqual(['start', 'stop']);
    expect(role.calls).toEqual(['start', 'stop', 'start']);
    await leased.end();
  });

  it('when it ends, then the role stops and the lease is released for another replica', async () => {
    const { leases, role, leased } = setUp();
    await leased.begin();
    await leased.end();
    expect(role.calls).toEqual(['start', 'stop']);
    expect(leases.released).toEqual(['projection:queue']);
    expect(leased.held).toBe(false);
  });
});
