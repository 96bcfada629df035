import { ArgumentsHost, Catch, Controller, Get, Module, type ExceptionFilter, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@deskstream/kernel';
import { AUTH_PUBLIC_PATHS, type AuthConfig } from './auth.config';
import { CurrentPrincipal, Public, Roles } from './auth.decorators';
import { AuthModule } from './auth.module';
import type { Principal } from './principal';

/** Test-only stand-in for the platform's problem+json filter, with the same code-to-status mapping. */
const STATUS: Record<string, number> = { unauthenticated: 401, forbidden: 403, 'not-found': 404, 'validation-failed': 400 };

@Catch(DomainError)
class DomainErrorTestFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const status = STATUS[error.code] ?? 500;
    void host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(status)
      .type('application/problem+json')
      .send({ ...error.details, status, title: error.code, detail: error.message });
  }
}

/** Exercises the guards: one public route, one for any principal, one restricted by role. */
@Controller('probe')
class ProbeController {
  @Public()
  @Get('public')
  open(): { ok: true } {
    return { ok: true };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Roles('agent', 'resolver')
  @Get('queue')
  queue(@CurrentPrincipal() principal: Principal): { tenant: string } {
    return { tenant: principal.tenantId };
  }
}

export const TEST_ISSUER = 'http://deskstream.test';
export const TEST_AUDIENCE = 'deskstream-api';

export function embeddedConfig(dataDir: string, overrides: Partial<AuthConfig> = {}): AuthConfig {
  return { mode: 'embedded', dataDir, issuer: TEST_ISSUER, audience: TEST_AUDIENCE, ...overrides };
}

/** An app shaped like the real one: Fastify, `api/v1` prefix with the auth exclusions, strict validation. */
export async function startAuthTestApp(config: AuthConfig, listen = false): Promise<NestFastifyApplication> {
  @Module({ imports: [AuthModule.forRoot(config)], controllers: [ProbeController] })
  class AuthTestModule {}
  const app = await NestFactory.create<NestFastifyApplication>(AuthTestModule, new FastifyAdapter(), {
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix('api/v1', { exclude: [...AUTH_PUBLIC_PATHS] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new DomainErrorTestFilter());
  if (listen) await app.listen(0, '127.0.0.1');
  else await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export async function devToken(app: NestFastifyApplication, tenant: string, user: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/dev/token', payload: { tenant, user } });
  if (response.statusCode !== 201) throw new Error(`dev token failed: ${response.statusCode} ${response.body}`);
  return response.json<{ token: string }>().token;
}
