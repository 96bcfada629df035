import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnauthorizedResponse, ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';

/** Who the token says the caller is: what a client shows after sign-in, and the simplest token check. */
@ApiTags('session')
@Controller('me')
export class MeController {
  @Get()
  @ApiOperation({ summary: 'The signed-in principal: tenant, user, name and roles' })
  @ApiOkResponse({ description: 'The authenticated principal: tenant, user, name and roles' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
