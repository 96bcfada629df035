import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AdmissionGate } from '../http/admission-gate';
import { AuthGuard } from './auth.guard';
import type { TokenVerifier } from './token-verifier';

const verifier: TokenVerifier = { verify: async () => ({ tenantId: 'acme', userId: 'agent', name: 'Agent', roles: ['agent'] }) };

function contextOf(method: string): ExecutionContext {
  const request = { method, url: '/api/v1/incidents', headers: { authorization: 'Bearer token' } };
  return {
    getType: () => 'http',
    getHandler: () => contextOf,
    getClass: () => AuthGuard,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({ header: () => undefined }) }),
  } as unknown as ExecutionContext;
}

describe('AuthGuard at the admission gate', () => {
  it('holds an authenticated command while the background is behind, and never a read', async () => {
    let lag = 1_000;
    const gate = new AdmissionGate({ lagLimitMs: 100, maxHoldMs: 60_000 }, () => lag);
    const guard = new AuthGuard(new Reflector(), verifier, undefined, undefined, undefined, gate);
    await expect(guard.canActivate(contextOf('GET'))).resolves.toBe(true);
    let admitted = false;
    const command = guard.canActivate(contextOf('POST')).then((allowed) => (admitted = allowed));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(admitted).toBe(false);
    lag = 10;
    await command;
    expect(admitted).toBe(true);
    expect(gate.heldCount()).toBe(1);
  });
});
