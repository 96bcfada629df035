import { Container, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { exchangeCode, takeVerifier } from './pkce';
import { homeOf, useSession } from './session';

/** Back from the issuer's sign-in form: the code and the kept verifier become a token, held in memory. */
export function LoginCallback() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signInWithToken } = useSession();
  const [error, setError] = useState<unknown>(null);
  const once = useRef(false);
  useEffect(() => {
    if (once.current) return;
    once.current = true;
    const code = params.get('code');
    const verifier = takeVerifier(params.get('state'));
    if (!code || !verifier) {
      setError(new Error('The sign-in was not started from this page; start again'));
      return;
    }
    exchangeCode(code, verifier)
      .then(signInWithToken)
      .then((me) => navigate(homeOf(me), { replace: true }))
      .catch(setError);
  }, [params, navigate, signInWithToken]);
  return (
    <Container size={420} py="xl" component="main">
      <Title order={1}>Signing in</Title>
      {error ? <ProblemAlert error={error} title="Could not sign in" /> : <Loading label="Signing in" />}
    </Container>
  );
}
