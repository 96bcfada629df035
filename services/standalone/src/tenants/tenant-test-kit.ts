import { eventually as eventuallyWithin } from '@deskstream/testing';
import type { StandaloneTestApp } from '../standalone-test-app';

/** Onboarding and restored history reach the other services through the bus: reads follow it. */
export const eventually = <T>(check: () => Promise<T>): Promise<T> => eventuallyWithin(check, 30_000, 100);

// Answers are checked with toMatchObject, compared whole or read field by field, as a client would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The business unit the tenant suites onboard: a facilities desk with one mail address and one first admin. */
export const INITECH = {
  id: 'initech',
  name: 'Initech facilities',
  template: 'facilities',
  timeZone: 'America/Chicago',
  locale: 'en-US',
  desks: [{ address: 'facilities@initech.example', kind: 'facilities' }],
  admins: ['bill'],
};

export async function call(app: StandaloneTestApp, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${app.base}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

export async function devToken(app: StandaloneTestApp, tenant: string, user: string): Promise<{ status: number; body: Json }> {
  const issued = await fetch(`${app.base}/api/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant, user }),
  });
  return { status: issued.status, body: await issued.json() };
}

/** A dev token for a user of an onboarded tenant, once the process has heard of the tenant and the user. */
export function signIn(app: StandaloneTestApp, tenant: string, user: string): Promise<string> {
  return eventually(async () => {
    const issued = await devToken(app, tenant, user);
    if (issued.status !== 201) throw new Error(`sign-in of ${user}@${tenant}: ${issued.status} ${JSON.stringify(issued.body)}`);
    return issued.body.token as string;
  });
}
