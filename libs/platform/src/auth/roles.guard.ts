import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, Unauthenticated } from '@deskstream/kernel';
import { ROLES_KEY, type AuthenticatedRequest } from './auth.decorators';
import type { Role } from './principal';

/** Enforces @Roles(...): the principal needs at least one of them. Runs after AuthGuard. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!required || required.length === 0) return true;
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw new Unauthenticated('This route needs an authenticated principal');
    if (!principal.roles.some((role) => required.includes(role))) {
      throw new Forbidden(`This action needs one of the roles: ${required.join(', ')}`, { required });
    }
    return true;
  }
}
