import { Container, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Loading } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { userManager } from './oidc';
import { homeOf, useSession } from './session';

/** Back from the issuer's sign-in: the code and the kept verifier become a token, held in memory. */
export function LoginCallback() {
  const navigate = useNavigate();
  const { signInWithToken } = useSession();
  const [error, setError] = useState<unknown>(null);
  const once = useRef(false);
  useEffect(() => {
    if (once.current) return;
    once.current = true;
    // oidc-client-ts checks the state against the request it kept, redeems the code with the verifier and forgets both.
    userManager()
      .signinRedirectCallback()
      .then((user) => signInWithToken(user.access_token))
      .then((me) => navigate(homeOf(me), { replace: true }))
      .catch((cause: unknown) =>
        setError(new Error(`The sign-in could not be completed (${cause instanceof Error ? cause.message : String(cause)}); start again`)),
      );
  }, [navigate, signInWithToken]);
  return (
    <Container size={420} py="xl" component="main">
      <Title order={1}>Signing in</Title>
      {error ? <ProblemAlert error={error} title="Could not sign in" /> : <Loading label="Signing in" />}
    </Container>
  );
}
