import { HttpException, HttpStatus, Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Unauthenticated } from '@deskstream/kernel';
import { IS_PUBLIC_KEY, type AuthenticatedRequest } from './auth.decorators';
import { API_KEYS, looksLikeApiKey, type ApiKeyRegistry } from './api-keys';
import { TOKEN_VERIFIER, type TokenVerifier } from './token-verifier';
import { RateLimited, type TenantRateLimiter } from '../tenancy/tenant-rate-limiter';
import { TENANT_REGISTRY, type TenantRegistry } from '../tenancy/tenant-registry';
import { API_RATE_LIMITER } from '../tokens';
import { AdmissionGate } from '../http/admission-gate';

const BEARER = /^Bearer\s+(\S+)\s*$/i;
/** Requests that may cause background work: the admission gate may hold them. */
const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every route needs a valid bearer token unless marked @Public(). The tenant comes only from that
 * token, and each request takes one from that tenant's rate over the whole API; a command then
 * waits its tenant's turn at the admission gate while the background is behind.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Optional() @Inject(API_KEYS) private readonly apiKeys?: ApiKeyRegistry,
    @Optional() @Inject(TENANT_REGISTRY) private readonly tenants?: TenantRegistry,
    @Optional() @Inject(API_RATE_LIMITER) private readonly rates?: TenantRateLimiter,
    @Optional() private readonly admission?: AdmissionGate,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()])) return true;
    // Non-HTTP contexts carry no Authorization header: they fail closed unless marked public.
    if (context.getType() !== 'http') throw new Unauthenticated('Only HTTP requests carry a bearer token');
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
    const apiKey = request.headers['x-api-key'];
    // Service accounts present an API key, as X-API-Key or as the bearer token itself.
    const key = typeof apiKey === 'string' ? apiKey : token && looksLikeApiKey(token) ? token : undefined;
    if (key !== undefined) {
      if (!this.apiKeys) throw new Unauthenticated('API keys are not accepted here');
      request.principal = await this.apiKeys.verify(key, request.method ?? 'GET', (request.url ?? '/').split('?')[0]!);
    } else {
      if (!token) throw new Unauthenticated('Missing bearer token (Authorization: Bearer <token>)');
      request.principal = await this.verifier.verify(token);
    }
    // A suspended tenant's users are told so, whatever credential they hold.
    await this.tenants?.ensureServed(request.principal.tenantId);
    this.takeFromTenantRate(context, request.principal.tenantId);
    if (COMMAND_METHODS.has(request.method ?? 'GET')) await this.admission?.admit(request.principal.tenantId);
    return true;
  }

  /** Over its tenant's rate, a request is answered 429 with Retry-After before any work is done for it. */
  private takeFromTenantRate(context: ExecutionContext, tenantId: string): void {
    try {
      this.rates?.take(tenantId);
    } catch (error) {
      if (!(error instanceof RateLimited)) throw error;
      context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>().header('retry-after', String(error.retryAfterSeconds));
      throw new HttpException(error.message, HttpStatus.TOO_MANY_REQUESTS);
    }
  }
}
