import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsString } from 'class-validator';
import { loadConfig } from '../config/platform-config';
import { configureEdge, createFastifyAdapter } from './create-app';
import { MAX_REPORTED_ERRORS, PROBLEM_CONTENT_TYPE } from './problem-details';

class NoteDto {
  @IsString() text!: string;
}

let release: () => void = () => undefined;

@Controller('tickets')
class TicketsTestController {
  @Post()
  note(@Body() body: NoteDto): { text: string } {
    return { text: body.text };
  }

  @Get('slow')
  async slow(): Promise<{ ok: true }> {
    await new Promise<void>((done) => (release = done));
    return { ok: true };
  }

  @Get(':id')
  one(@Param('id') id: string): { id: string } {
    return { id };
  }
}

@Module({ controllers: [TicketsTestController] })
class LimitsTestModule {}

/** Writes raw bytes on one connection and collects everything the server sends until it closes. */
async function rawExchange(port: number, write: (socket: Socket) => void | Promise<void>): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  // A refused connection is reset: what counts is what arrived before the close.
  socket.on('error', () => undefined);
  const closed = once(socket, 'close');
  await Promise.race([once(socket, 'connect'), closed]);
  if (!socket.destroyed) await write(socket);
  await closed;
  return received;
}

const statusOf = (raw: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
const bodyOf = (raw: string): Record<string, unknown> => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;

async function startEdge(env: Record<string, string>) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const app = await NestFactory.create<NestFastifyApplication>(LimitsTestModule, createFastifyAdapter(config), { logger: false });
  configureEdge(app, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  return { app, base, port: Number(new URL(base).port) };
}

/** Opens a raw connection and waits until it is established (or refused). */
async function openSocket(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  await Promise.race([once(socket, 'connect'), once(socket, 'close')]);
  return socket;
}

describe('HTTP edge connection limit', () => {
  it('accepts no more connections than configured, and new ones once others close', async () => {
    const { app, port } = await startEdge({ HTTP_MAX_CONNECTIONS: '2' });
    try {
      const open = [await openSocket(port), await openSocket(port)];
      const refused = await rawExchange(port, (socket) => void socket.write('GET /api/v1/tickets/1 HTTP/1.1\r\nHost: x\r\n\r\n'));
      expect(refused).toBe('');
      open.forEach((socket) => socket.destroy());
      await new Promise((done) => setTimeout(done, 50));
      const served = await rawExchange(port, (socket) => void socket.write('GET /api/v1/tickets/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      expect(statusOf(served)).toBe(200);
    } finally {
      await app.close();
    }
  });
});

/** The edge's limits over real HTTP: nesting, key floods, slow requests, connections, framework errors. */
describe('HTTP edge limits', () => {
  let app: NestFastifyApplication;
  let base: string;
  let port: number;

  beforeAll(async () => {
    ({ app, base, port } = await startEdge({ HTTP_REQUEST_TIMEOUT_MS: '600' }));
  });
  afterAll(() => app?.close());

  const post = (body: string) => fetch(`${base}/api/v1/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    return (await response.json()) as Record<string, unknown>;
  }

  it('answers JSON nested 5,000 deep with 400 problem+json, before validation', async () => {
    const deep = `{"text":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const problem = await expectProblem(await post(deep), 400);
    expect(problem.detail).toMatch(/deeper than \d+ levels/);
    // Brackets inside strings are text, not nesting.
    expect((await post(JSON.stringify({ text: '['.repeat(5000) }))).status).toBe(201);
  });

  it('refuses an object with 92,000 keys before validating it, with a small body', async () => {
    const flood = JSON.stringify(Object.fromEntries(Array.from({ length: 92_000 }, (_, i) => [`k${i}`, 1])));
    const response = await post(flood);
    const text = await response.clone().text();
    const problem = await expectProblem(response, 400);
    expect(problem.detail).toMatch(/more than \d+ keys/);
    expect(text.length).toBeLessThan(2000);
  });

  it('lists at most the first 20 field errors, with the total count', async () => {
    const many = JSON.stringify({ text: 'ok', ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`unknown${i}`, 1])) });
    const response = await post(many);
    const text = await response.clone().text();
    const problem = await expectProblem(response, 400);
    expect(problem.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(problem.errorCount).toBe(500);
    expect(problem.detail).toContain('and 480 more');
    expect(text.length).toBeLessThan(5000);
  });

  it('answers a body that arrives too slowly with 408 problem+json and closes the connection', async () => {
    const raw = await rawExchange(port, (socket) => {
      socket.write('POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"te');
    });
    expect(statusOf(raw)).toBe(408);
    expect(raw).toContain(`Content-Type: ${PROBLEM_CONTENT_TYPE}`);
    expect(bodyOf(raw)).toMatchObject({ status: 408, title: 'Request Timeout' });
  });

  it('answers headers over the size limit with 431 problem+json', async () => {
    const raw = await rawExchange(port, (socket) => {
      socket.write(`GET /api/v1/tickets/1 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    });
    expect(statusOf(raw)).toBe(431);
    expect(bodyOf(raw)).toMatchObject({ status: 431 });
  });

  it('answers malformed percent-encoding with 400 and an over-long path segment with 414, both problem+json', async () => {
    await expectProblem(await fetch(`${base}/api/v1/tickets/%E0%A4%A`), 400);
    await expectProblem(await fetch(`${base}/api/v1/tickets/${'x'.repeat(500)}`), 414);
  });

  it('sets security headers and no CORS header when no origin is configured', async () => {
    const response = await fetch(`${base}/api/v1/tickets/1`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/api/v1/tickets`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  // Last: it closes the app.
  it('answers requests arriving while the server drains with 503 problem+json', async () => {
    const raw = await rawExchange(port, async (socket) => {
      socket.write('GET /api/v1/tickets/slow HTTP/1.1\r\nHost: x\r\n\r\n');
      await new Promise((done) => setTimeout(done, 100));
      const closing = app.close();
      await new Promise((done) => setTimeout(done, 50));
      socket.write('GET /api/v1/tickets/1 HTTP/1.1\r\nHost: x\r\n\r\n');
      await new Promise((done) => setTimeout(done, 100));
      release();
      await closing;
    });
    const responses = raw.split(/(?=HTTP\/1\.1 )/);
    expect(responses.map(statusOf)).toEqual([200, 503]);
    expect(responses[1]).toContain(`content-type: ${PROBLEM_CONTENT_TYPE}`);
    expect(bodyOf(responses[1])).toMatchObject({ status: 503, title: 'Service Unavailable' });
  });
});
