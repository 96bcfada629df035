import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { ADAPTER_NAMES, type AdapterName, type PlatformAdapters } from '../adapters/platform-adapters';
import { PLATFORM_ADAPTERS } from '../tokens';

export interface AdapterHealth {
  readonly status: 'up' | 'down';
  readonly error?: string;
}

export interface Readiness {
  readonly status: 'ok' | 'down';
  readonly adapters: Record<AdapterName, AdapterHealth>;
}

/** A probe that hangs counts as down: the orchestrator's own timeout must not be the first to fire. */
const PROBE_TIMEOUT_MS = 2000;

async function probe(check: () => Promise<void>): Promise<AdapterHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Liveness (the process answers) and readiness (every adapter answers), outside the API prefix. */
@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(PLATFORM_ADAPTERS) private readonly adapters: PlatformAdapters) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ description: 'The process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the stores and the bus are reachable (503 with the failing checks otherwise)' })
  @ApiOkResponse({ description: 'Every adapter answers' })
  @ApiServiceUnavailableResponse({ description: 'At least one adapter does not answer' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Readiness> {
    const results = await Promise.all(ADAPTER_NAMES.map((name) => probe(this.adapters.probes[name])));
    const adapters = Object.fromEntries(ADAPTER_NAMES.map((name, i) => [name, results[i]])) as Record<AdapterName, AdapterHealth>;
    const up = results.every((r) => r.status === 'up');
    void reply.status(up ? 200 : 503);
    return { status: up ? 'ok' : 'down', adapters };
  }
}
