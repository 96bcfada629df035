import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Unauthenticated } from '@deskstream/kernel';
import { PUBLIC_EXTENSION } from '../http/openapi-conventions';
import type { Principal, Role } from './principal';

export const IS_PUBLIC_KEY = 'deskstream:public';
export const ROLES_KEY = 'deskstream:roles';

/** The request as the guards see it: the verified principal is attached by AuthGuard. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  method?: string;
  url?: string;
  principal?: Principal;
}

/** The route (or every route of the controller) needs no token; its OpenAPI operations say so. */
export const Public = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), ApiExtension(PUBLIC_EXTENSION, true));

/** The principal needs at least one of these roles; checked by RolesGuard. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** The verified principal of the request. Fails closed on a public route, where there is none. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Unauthenticated('This route has no authenticated principal');
  return principal;
});
