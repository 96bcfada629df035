import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api, setBearer } from '../api/client';
import type { Me } from '../api/types';

interface DevTokenResponse {
  readonly token: string;
}

interface Session {
  readonly me: Me | null;
  signInAsDemoUser(tenant: string, user: string): Promise<Me>;
  signInWithToken(token: string): Promise<Me>;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in. The token is kept in memory (the API client's); a reload signs out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const signInWithToken = useCallback(async (token: string) => {
    setBearer(token);
    try {
      const who = await api<Me>('/me');
      setMe(who);
      return who;
    } catch (error) {
      setBearer(null);
      throw error;
    }
  }, []);
  const signInAsDemoUser = useCallback(
    async (tenant: string, user: string) => {
      const { token } = await api<DevTokenResponse>('/dev/token', { body: { tenant, user } });
      return signInWithToken(token);
    },
    [signInWithToken],
  );
  const signOut = useCallback(() => {
    setBearer(null);
    setMe(null);
  }, []);
  const value = useMemo(() => ({ me, signInAsDemoUser, signInWithToken, signOut }), [me, signInAsDemoUser, signInWithToken, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

const DESK_ROLES = ['agent', 'resolver', 'problem-manager', 'knowledge-manager', 'service-owner', 'tenant-admin'];

/** The page a user lands on after signing in: requesters the portal, analysts the dashboards, the desk its queue. */
export function homeOf(me: Me): string {
  if (me.roles.includes('problem-manager')) return '/agent/problems';
  if (me.roles.includes('knowledge-manager')) return '/agent/knowledge';
  if (me.roles.some((role) => DESK_ROLES.includes(role))) return '/agent';
  if (me.roles.includes('analyst') || me.roles.includes('enterprise-analyst')) return '/analytics';
  return '/portal';
}

export function hasAnyRole(me: Me | null, roles: readonly string[]): boolean {
  return !!me && me.roles.some((role) => roles.includes(role));
}
