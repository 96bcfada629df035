/** Typed domain errors. The edge maps each code to an HTTP status and a problem+json body. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldError {
  field: string;
  message: string;
}

export class ValidationFailed extends DomainError {
  readonly code = 'validation-failed';
  constructor(
    readonly errors: FieldError[],
    message = errors.map((e) => `${e.field}: ${e.message}`).join('; '),
  ) {
    super(message, { errors });
  }
}

/** Why an action was refused: a stable, machine-readable reason and a sentence naming the real cause. */
export interface Refusal {
  readonly reason: string;
  readonly message: string;
}

export class IllegalTransition extends DomainError {
  readonly code = 'illegal-transition';
  readonly reason: string;
  constructor(
    readonly action: string,
    readonly currentStatus: string,
    readonly allowedActions: readonly string[],
    refusal?: Refusal,
  ) {
    const { reason, message } = refusal ?? { reason: 'wrong-status', message: `Cannot ${action} when status is ${currentStatus}` };
    super(message, { reason, currentStatus, allowedActions: [...allowedActions] });
    this.reason = reason;
  }
}

export class NotFound extends DomainError {
  readonly code = 'not-found';
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`, { what, id });
  }
}

export class AlreadyExists extends DomainError {
  readonly code = 'already-exists';
  constructor(what: string, id: string) {
    super(`${what} ${id} already exists`, { what, id });
  }
}

/** The stream moved on since the caller read it (optimistic concurrency). */
export class ConcurrencyConflict extends DomainError {
  readonly code = 'concurrency-conflict';
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    // The stream's name is internal: the message (which may reach a client) says what happened, not where.
    super(`The record changed while the command was being decided (revision ${actual}, expected ${expected}); try again`, { expected, actual });
  }
}

/** The client's If-Match no longer names the current revision. */
export class PreconditionFailed extends DomainError {
  readonly code = 'precondition-failed';
  constructor(expected: string, actual: string) {
    super(`The resource is at revision ${actual}, If-Match named ${expected}`, { expected, actual });
  }
}

/** An Idempotency-Key sent again with a different request: the key names the first request only. */
export class IdempotencyKeyReused extends DomainError {
  readonly code = 'idempotency-key-reused';
  constructor() {
    super('This Idempotency-Key was used for a different request; send a new key for a new request');
  }
}

export class Forbidden extends DomainError {
  readonly code = 'forbidden';
}

export class Unauthenticated extends DomainError {
  readonly code = 'unauthenticated';
}
