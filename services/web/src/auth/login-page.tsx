import { Button, Container, Divider, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../ui/problem-alert';
import { DEMO_TENANTS, DEMO_USERS } from './demo-users';
import { homeOf, useSession } from './session';

/**
 * Embedded mode: pick a demo tenant and user (the dev token, loopback only), or sign in with the
 * issuer's password through the authorization code flow with PKCE (oidc-client-ts); a production build
 * signs in against the organisation's issuer the same way. `?tenant=&user=` signs in at once.
 */
export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signInAsDemoUser } = useSession();
  const [tenant, setTenant] = useState(params.get('tenant') ?? 'acme');
  const [user, setUser] = useState(params.get('user') ?? 'requester');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const direct = useRef(false);

  const signIn = async (t: string, u: string) => {
    setBusy(true);
    setError(null);
    try {
      const me = await signInAsDemoUser(t, u);
      const next = params.get('next');
      await navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(me), { replace: true });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  useEffect(() => {
    const t = params.get('tenant');
    const u = params.get('user');
    if (t && u && !direct.current) {
      direct.current = true;
      void signIn(t, u);
    }
    // Only the address the page was opened with signs in directly.
  }, []);

  // The authorization code flow with PKCE: oidc-client-ts sends the challenge and keeps the verifier for the return.
  const withIssuer = async () => {
    setError(null);
    try {
      // Loaded on demand: the OIDC client stays out of the first load of the portal and the queue.
      const { userManager } = await import('./oidc');
      await userManager().signinRedirect();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Container size={420} py="xl" component="main">
      <Title order={1} mb="md">
        Sign in to Deskstream
      </Title>
      <Paper withBorder p="lg" radius="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void signIn(tenant, user);
          }}
        >
          <Stack>
            <Text size="sm">Demo users of the embedded mode (this machine only).</Text>
            <Select label="Tenant" data={DEMO_TENANTS} value={tenant} onChange={(v) => v && setTenant(v)} allowDeselect={false} />
            <Select label="User" data={DEMO_USERS} value={user} onChange={(v) => v && setUser(v)} allowDeselect={false} />
            <ProblemAlert error={error} title="Could not sign in" />
            <Button type="submit" loading={busy}>
              Sign in as demo user
            </Button>
          </Stack>
        </form>
        <Divider my="md" label="or" labelPosition="center" />
        <Button variant="default" fullWidth onClick={() => void withIssuer()}>
          {import.meta.env.VITE_OIDC_AUTHORITY ? 'Sign in with your organisation' : 'Sign in with a password'}
        </Button>
      </Paper>
    </Container>
  );
}
