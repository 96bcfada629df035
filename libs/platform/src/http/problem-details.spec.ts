import { BadRequestException, ForbiddenException, HttpException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import {
  AlreadyExists,
  ConcurrencyConflict,
  Forbidden,
  IllegalTransition,
  NotFound,
  PreconditionFailed,
  Unauthenticated,
  ValidationFailed,
} from '@deskstream/kernel';
import { problemType, toProblem } from './problem-details';

const at = '/api/v1/incidents/inc-1';

describe('toProblem', () => {
  it.each([
    [new ValidationFailed([{ field: 'title', message: 'must not be empty' }]), 400, 'validation-failed'],
    [new Unauthenticated('No bearer token'), 401, 'unauthenticated'],
    [new Forbidden('Agents only'), 403, 'forbidden'],
    [new NotFound('Incident', 'inc-1'), 404, 'not-found'],
    [new AlreadyExists('Incident', 'inc-1'), 409, 'already-exists'],
    [new IllegalTransition('resolve', 'closed', ['reopen']), 409, 'illegal-transition'],
    [new ConcurrencyConflict('incident-acme.inc-1', '3', '4'), 409, 'concurrency-conflict'],
    [new PreconditionFailed('3', '4'), 412, 'precondition-failed'],
  ])('maps %p to %i with its own problem type', (error, status, code) => {
    const { problem, internal } = toProblem(error, at);
    expect(problem).toMatchObject({ type: problemType(code), status, detail: error.message, instance: at });
    expect(problem.title).toEqual(expect.any(String));
    expect(internal).toBe(false);
  });

  it('lists each offending field of a validation failure', () => {
    const errors = [
      { field: 'title', message: 'title should not be empty' },
      { field: 'caller.email', message: 'caller.email must be an email' },
    ];
    expect(toProblem(new ValidationFailed(errors), at).problem.errors).toEqual(errors);
  });

  it('tells the client of an illegal transition the current status and what it may do instead', () => {
    const { problem } = toProblem(new IllegalTransition('resolve', 'closed', ['reopen']), at);
    expect(problem).toMatchObject({ status: 409, currentStatus: 'closed', allowedActions: ['reopen'] });
    expect(problem.detail).toBe('Cannot resolve when status is closed');
  });

  it('challenges for a bearer token on 401, from the kernel or from Nest', () => {
    expect(toProblem(new Unauthenticated('expired'), at).headers).toEqual({ 'www-authenticate': 'Bearer' });
    expect(toProblem(new UnauthorizedException(), at).headers).toEqual({ 'www-authenticate': 'Bearer' });
    expect(toProblem(new Forbidden('no'), at).headers).toEqual({});
  });

  it('keeps the status and message of Nest HTTP exceptions, including framework errors such as 413', () => {
    expect(toProblem(new NotFoundException('Cannot GET /api/v1/nothing'), at).problem).toEqual({
      type: 'urn:deskstream:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Cannot GET /api/v1/nothing',
      instance: at,
    });
    expect(toProblem(new ForbiddenException(), at).problem).toMatchObject({ status: 403, title: 'Forbidden', detail: 'Forbidden' });
    expect(toProblem(new HttpException('Request body is too large', 413), at).problem).toMatchObject({
      type: 'urn:deskstream:problem:payload-too-large',
      status: 413,
      title: 'Payload Too Large',
      detail: 'Request body is too large',
    });
  });

  it('lists the messages of a Nest validation exception as errors', () => {
    const { problem } = toProblem(new BadRequestException(['a must be a string', 'b must be a number']), at);
    expect(problem).toMatchObject({ status: 400, detail: 'a must be a string; b must be a number' });
    expect(problem.errors).toHaveLength(2);
  });

  it('answers an unknown error with a 500 that reveals nothing and asks to be logged', () => {
    const { problem, internal } = toProblem(new TypeError("Cannot read properties of undefined (reading 'db')"), at);
    expect(problem).toEqual({
      type: 'urn:deskstream:problem:internal-server-error',
      title: 'Internal Server Error',
      status: 500,
      detail: 'The server could not complete the request. The error has been logged.',
      instance: at,
    });
    expect(JSON.stringify(problem)).not.toContain('db');
    expect(internal).toBe(true);
  });

  it('treats a 5xx HttpException like an unknown error, hiding its message', () => {
    const { problem, internal } = toProblem(new HttpException('connection to mongo-0 refused', 503), at);
    expect(problem).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect(problem.detail).not.toContain('mongo');
    expect(internal).toBe(true);
  });
});
