import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import { DomainError, type FieldError } from '@deskstream/kernel';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, with extension members (errors, currentStatus...) alongside. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly [extension: string]: unknown;
}

export interface ProblemResponse {
  readonly problem: ProblemDetails;
  readonly headers: Readonly<Record<string, string>>;
  /** True when the cause is ours, not the client's: log it, and do not show it. */
  readonly internal: boolean;
}

interface DomainMapping {
  readonly status: number;
  readonly title: string;
}

/** Each kernel error code, the status it answers with and its stable title. */
const DOMAIN_ERRORS: Readonly<Record<string, DomainMapping>> = {
  'validation-failed': { status: 400, title: 'Validation failed' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'already-exists': { status: 409, title: 'Already exists' },
  'illegal-transition': { status: 409, title: 'Illegal transition' },
  'concurrency-conflict': { status: 409, title: 'Concurrency conflict' },
  'precondition-failed': { status: 412, title: 'Precondition failed' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency key reused' },
};

/** Problem types are URNs: stable identifiers clients can switch on, not pages to fetch. */
export const problemType = (code: string): string => `urn:deskstream:problem:${code}`;

/** The type of a problem known only by its status: its reason phrase as a slug (`unsupported-media-type`). */
export const statusProblemType = (status: number): string =>
  problemType(
    (STATUS_CODES[status] ?? 'error')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  );

/** The members RFC 9457 defines; a domain error's details cannot overwrite them. */
const RESERVED = new Set(['type', 'title', 'status', 'detail', 'instance']);

const BEARER_CHALLENGE = { 'www-authenticate': 'Bearer' };

/** Field errors listed in one answer; `errorCount` says how many there were in all. */
export const MAX_REPORTED_ERRORS = 20;
/** A detail longer than this is cut: it is read by people, and must not grow with the input. */
const MAX_DETAIL_LENGTH = 500;

const shortDetail = (detail: string): string => (detail.length > MAX_DETAIL_LENGTH ? `${detail.slice(0, MAX_DETAIL_LENGTH - 1)}…` : detail);

/** The first MAX_REPORTED_ERRORS field errors, and their total when some were left out. */
function cappedErrors(errors: readonly unknown[]): { errors: unknown[]; errorCount?: number } {
  return errors.length > MAX_REPORTED_ERRORS ? { errors: errors.slice(0, MAX_REPORTED_ERRORS), errorCount: errors.length } : { errors: [...errors] };
}

const reasonPhrase = (status: number): string => STATUS_CODES[status] ?? 'Error';

function fromDomainError(error: DomainError, instance: string): ProblemResponse {
  const mapping = DOMAIN_ERRORS[error.code];
  if (!mapping) return fromUnknown(instance);
  const extensions = Object.fromEntries(Object.entries(error.details).filter(([key]) => !RESERVED.has(key)));
  const problem: ProblemDetails = {
    type: problemType(error.code),
    title: mapping.title,
    status: mapping.status,
    detail: shortDetail(error.message),
    instance,
    ...extensions,
    ...(Array.isArray(extensions.errors) ? cappedErrors(extensions.errors) : {}),
  };
  return { problem, headers: mapping.status === 401 ? BEARER_CHALLENGE : {}, internal: false };
}

/** Nest's own exceptions carry either a string or `{ message: string | string[] }`. */
function detailOf(exception: HttpException): { detail: string; errors?: FieldError[] } {
  const response = exception.getResponse();
  if (typeof response === 'string') return { detail: response };
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) {
    return { detail: message.join('; '), errors: message.map((m) => ({ field: '', message: String(m) })) };
  }
  return { detail: typeof message === 'string' ? message : exception.message };
}

function fromHttpException(exception: HttpException, instance: string): ProblemResponse {
  const status = exception.getStatus();
  if (status >= 500) return fromUnknown(instance, status);
  const { detail, errors } = detailOf(exception);
  const problem: ProblemDetails = {
    type: statusProblemType(status),
    title: reasonPhrase(status),
    status,
    detail: shortDetail(detail),
    instance,
    ...(errors ? cappedErrors(errors) : {}),
  };
  return { problem, headers: status === 401 ? BEARER_CHALLENGE : {}, internal: false };
}

function fromUnknown(instance: string, status = 500): ProblemResponse {
  return {
    problem: {
      type: statusProblemType(status),
      title: reasonPhrase(status),
      status,
      detail: 'The server could not complete the request. The error has been logged.',
      instance,
    },
    headers: {},
    internal: true,
  };
}

/**
 * Maps anything thrown while serving a request to a problem. Client errors say what was wrong;
 * server errors say nothing about internals (the caller logs them).
 */
export function toProblem(error: unknown, instance: string): ProblemResponse {
  if (error instanceof DomainError) return fromDomainError(error, instance);
  if (error instanceof HttpException) return fromHttpException(error, instance);
  return fromUnknown(instance);
}
