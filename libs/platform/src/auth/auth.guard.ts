import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Unauthenticated } from '@deskstream/kernel';
import { IS_PUBLIC_KEY, type AuthenticatedRequest } from './auth.decorators';
import { TOKEN_VERIFIER, type TokenVerifier } from './token-verifier';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Every route needs a valid bearer token unless marked @Public(). The tenant comes only from that token. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()])) return true;
    // Non-HTTP contexts carry no Authorization header: they fail closed unless marked public.
    if (context.getType() !== 'http') throw new Unauthenticated('Only HTTP requests carry a bearer token');
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
    if (!token) throw new Unauthenticated('Missing bearer token (Authorization: Bearer <token>)');
    request.principal = await this.verifier.verify(token);
    return true;
  }
}
