import { Alert } from '@mantine/core';
import { ApiProblem } from '../api/problem';

/** An error from the API, in words: its title and detail, and each field it names. */
export function ProblemAlert({ error, title = 'That did not work' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : null;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      {problem ? `${problem.title}${problem.detail ? `: ${problem.detail}` : ''}` : String((error as Error).message ?? error)}
      {problem && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field + e.message}>
              {e.field}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
