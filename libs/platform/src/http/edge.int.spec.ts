import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsString, MinLength, ValidateNested } from 'class-validator';
import { IllegalTransition } from '@deskstream/kernel';
import { loadConfig } from '../config/platform-config';
import { configureEdge, createFastifyAdapter } from './create-app';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem-details';

class CallerDto {
  @IsEmail() email!: string;
}

class OpenIncidentDto {
  @IsString() @MinLength(3) title!: string;
  @IsIn(['low', 'high']) impact!: string;
  @ValidateNested() @Type(() => CallerDto) caller!: CallerDto;
}

@Controller('incidents')
class IncidentsTestController {
  @Post()
  open(@Body() body: OpenIncidentDto): { title: string; isDto: boolean } {
    return { title: body.title, isDto: body instanceof OpenIncidentDto };
  }

  @Get('closed/resolve')
  resolveClosed(): never {
    throw new IllegalTransition('resolve', 'closed', ['reopen']);
  }

  @Get('crash')
  crash(): never {
    throw new Error('SQLITE_CORRUPT: database disk image is malformed at /var/lib/deskstream');
  }
}

@Module({ controllers: [IncidentsTestController] })
class EdgeTestModule {}

/** The edge (Fastify, validation pipe, problem filter) over real HTTP, with errors from every layer. */
describe('HTTP edge', () => {
  let app: NestFastifyApplication;
  let base: string;

  beforeAll(async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', BODY_LIMIT_BYTES: '1024' });
    app = await NestFactory.create<NestFastifyApplication>(EdgeTestModule, createFastifyAdapter(config), { logger: false });
    configureEdge(app, config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
  });
  afterAll(() => app.close());

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${base}/api/v1/incidents`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const valid = { title: 'Printer on fire', impact: 'high', caller: { email: 'riley@acme.test' } };

  async function problemOf(response: Response): Promise<Record<string, unknown>> {
    expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    return (await response.json()) as Record<string, unknown>;
  }

  it('serves routes under /api/v1 and hands the handler a transformed DTO', async () => {
    const response = await post(JSON.stringify(valid));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ title: 'Printer on fire', isDto: true });
  });

  it('rejects unknown fields, naming each one, nested ones with a dotted path', async () => {
    const response = await post(JSON.stringify({ ...valid, priority: 1, caller: { email: 'riley@acme.test', vip: true } }));
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ type: problemType('validation-failed'), status: 400, instance: '/api/v1/incidents' });
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'priority', message: 'property priority should not exist' },
        { field: 'caller.vip', message: 'property vip should not exist' },
      ]),
    );
  });

  it('lists every invalid field with its message', async () => {
    const response = await post(JSON.stringify({ title: 'no', impact: 'huge', caller: { email: 'nope' } }));
    const problem = await problemOf(response);
    expect(response.status).toBe(400);
    expect((problem.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['caller.email', 'impact', 'title']);
    expect(problem.detail).toBe('The request has invalid fields: title, impact, caller.email');
  });

  it('gives each failed field one message: "is required" when missing, what it is not when of the wrong type', async () => {
    const response = await post(JSON.stringify({ impact: 7, caller: { email: 'riley@acme.test' } }));
    const problem = await problemOf(response);
    expect(problem.errors).toEqual([
      { field: 'title', message: 'is required' },
      { field: 'impact', message: expect.stringContaining('impact must be one of the following values') },
    ]);
  });

  it('answers a malformed JSON body with 400 problem+json', async () => {
    const response = await post('{"title": "unterminated');
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('answers a body over the limit with 413 problem+json', async () => {
    const response = await post(JSON.stringify({ ...valid, title: 'x'.repeat(2000) }));
    expect(response.status).toBe(413);
    expect(await problemOf(response)).toMatchObject({ status: 413, title: 'Payload Too Large' });
  });

  it('answers an unsupported content type with 415 problem+json', async () => {
    const response = await post('<incident/>', 'application/xml');
    expect(response.status).toBe(415);
    expect(await problemOf(response)).toMatchObject({ type: 'urn:deskstream:problem:unsupported-media-type', status: 415, title: 'Unsupported Media Type' });
  });

  it('answers a plain-text body with 415, not with the field errors of an empty object', async () => {
    const response = await post(JSON.stringify(valid), 'text/plain');
    expect(response.status).toBe(415);
    expect(await problemOf(response)).toMatchObject({ type: 'urn:deskstream:problem:unsupported-media-type', status: 415 });
  });

  it('answers an illegal transition with 409, the current status and the allowed actions', async () => {
    const response = await fetch(`${base}/api/v1/incidents/closed/resolve`);
    expect(response.status).toBe(409);
    expect(await problemOf(response)).toMatchObject({
      type: problemType('illegal-transition'),
      currentStatus: 'closed',
      allowedActions: ['reopen'],
    });
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await fetch(`${base}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ status: 404, instance: '/api/v1/nothing-here' });
  });

  it('answers an unexpected error with 500 and keeps its internals to the log', async () => {
    const response = await fetch(`${base}/api/v1/incidents/crash`);
    expect(response.status).toBe(500);
    const text = JSON.stringify(await problemOf(response));
    expect(text).not.toMatch(/SQLITE|deskstream\/|malformed/);
  });
});
