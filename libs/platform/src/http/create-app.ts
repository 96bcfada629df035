import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AUTH_PUBLIC_PATHS } from '../auth/auth.config';
import type { PlatformConfig } from '../config/platform-config';
import { PlatformMetrics } from '../metrics/platform-metrics';
import { answerProblemWhileClosing, problemClientErrorHandler, problemFrameworkErrors } from './framework-errors';
import { EntityTagsInterceptor } from './entity-tags.interceptor';
import { useBoundedBodyParsers } from './json-body';
import { applyApiConventions } from './openapi-conventions';
import { ProblemDetailsFilter } from './problem-details.filter';
import { useSecurityHeaders } from './security-headers';
import { createLogger, fastifyLogging, PinoNestLogger } from './logging';
import { createValidationPipe } from './validation';

export const API_PREFIX = 'api/v1';
/** Operational routes stay at the root, where probes, scrapers and OIDC clients expect them. */
const UNPREFIXED = ['health/live', 'health/ready', 'metrics', ...AUTH_PUBLIC_PATHS];

type AppModule = Parameters<typeof NestFactory.create>[0];

/**
 * Swagger UI is served through @fastify/static, some of whose dependencies are ES modules. Node 24
 * requires them fine; Jest without `--experimental-vm-modules` cannot, and Nest would then exit the
 * process. There, only the UI is left out: the OpenAPI JSON is served either way.
 */
function canServeSwaggerUi(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('@fastify/static');
    return true;
  } catch {
    return false;
  }
}

function documentApi(app: INestApplication, config: PlatformConfig): void {
  const document = new DocumentBuilder()
    .setTitle('Deskstream')
    .setDescription('Event-sourced service management: incidents, requests, problems, service levels, knowledge.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  SwaggerModule.setup('docs', app, () => applyApiConventions(SwaggerModule.createDocument(app, document)), {
    jsonDocumentUrl: 'docs-json',
    ui: canServeSwaggerUi(),
    customSiteTitle: `Deskstream API (${config.mode})`,
  });
}

/**
 * Fastify with the body limit, a deadline for the whole request, errors before routing answered as
 * problem+json, and logging through the given pino logger.
 */
export function createFastifyAdapter(config: PlatformConfig, logger = createLogger(config)) {
  const { requestTimeoutMs } = config.http;
  return new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: requestTimeoutMs,
    // Node checks the deadlines on this interval (30 s by default): a tenth of the deadline keeps them close.
    http: { headersTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.max(100, Math.min(30_000, requestTimeoutMs / 10)) },
    return503OnClosing: false,
    clientErrorHandler: problemClientErrorHandler,
    frameworkErrors: problemFrameworkErrors,
    ...fastifyLogging(logger, config.http.slowRequestMs),
  });
}

/** Prefix, validation, problem+json, OpenAPI and shutdown hooks: everything of the edge but the metrics. */
export function configureEdge(app: NestFastifyApplication, config: PlatformConfig): void {
  useBoundedBodyParsers(app);
  useSecurityHeaders(app);
  answerProblemWhileClosing(app);
  app.getHttpAdapter().getInstance().server.maxConnections = config.http.maxConnections;
  if (config.http.corsOrigins.length > 0) app.enableCors({ origin: [...config.http.corsOrigins] });
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new EntityTagsInterceptor());
  documentApi(app, config);
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
}

/**
 * The HTTP edge every service shares: Fastify with a body limit, REST under `/api/v1`, DTO
 * validation that rejects unknown fields, RFC 9457 problem+json for every error, OpenAPI at `/docs`,
 * request metrics and JSON request logs. Returns the app initialised but not listening.
 */
export async function createApp(module: AppModule, config: PlatformConfig): Promise<NestFastifyApplication> {
  const logger = createLogger(config);
  const app = await NestFactory.create<NestFastifyApplication>(module, createFastifyAdapter(config, logger), {
    logger: new PinoNestLogger(logger),
  });
  const metrics = app.get(PlatformMetrics);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      metrics.observeHttp(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    });
  configureEdge(app, config);
  await app.init();
  return app;
}
