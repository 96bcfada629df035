import type { ActionInputs } from '../application/problem-actions';
import type { ProblemReceipt, ProblemUseCases } from '../application/problem-use-cases';
import type { ProblemAction } from '../domain/problem-lifecycle.rules';
import { etagOf, type RouteRequest } from './problem-http-context';

/** The shape every `POST /problems/{id}/{action}` shares: If-Match in, receipt and ETag out. */
export async function runAction<A extends ProblemAction>(
  useCases: ProblemUseCases,
  route: RouteRequest,
  action: A,
  input: ActionInputs[A],
): Promise<ProblemReceipt> {
  const receipt = await useCases.act(route.context, route.param, action, input, route.expectedRevision);
  route.reply.header('ETag', etagOf(receipt.revision));
  return receipt;
}

/** Everyone who reads problems; requesters are not among them. */
export const READERS = ['problem-manager', 'resolver', 'agent', 'knowledge-manager', 'service-owner', 'analyst', 'tenant-admin'] as const;
export const LINKERS = ['problem-manager', 'resolver', 'agent'] as const;
