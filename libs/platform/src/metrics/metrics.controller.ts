import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Unauthenticated } from '@deskstream/kernel';
import { Public } from '../auth/auth.decorators';
import type { PlatformConfig } from '../config/platform-config';
import { PLATFORM_CONFIG } from '../tokens';
import { PlatformMetrics } from './platform-metrics';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * Prometheus scrape endpoint, outside the API prefix and the API documentation. With METRICS_TOKEN
 * set, only a scraper sending it as a bearer token gets the numbers (compared in constant time).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly expected: Buffer | null;

  constructor(
    private readonly metrics: PlatformMetrics,
    @Inject(PLATFORM_CONFIG) config: PlatformConfig,
  ) {
    this.expected = config.http.metricsToken ? digest(`Bearer ${config.http.metricsToken}`) : null;
  }

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    if (this.expected && !timingSafeEqual(digest(authorization ?? ''), this.expected)) {
      throw new Unauthenticated('Metrics need the scrape token (Authorization: Bearer <METRICS_TOKEN>)');
    }
    const { contentType, body } = await this.metrics.render();
    await reply.header('content-type', contentType).send(body);
  }
}
