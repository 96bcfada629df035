import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Forbidden } from '@deskstream/kernel';
import { CurrentPrincipal } from './auth.decorators';
import { DemoCredentials } from './demo-credentials';
import { ChangePasswordDto } from './oauth.dto';
import type { Principal } from './principal';

/** A signed-in demo user changes their own password (embedded mode only). */
@ApiTags('session')
@Controller('me/password')
export class PasswordController {
  constructor(private readonly credentials: DemoCredentials) {}

  @Post()
  @ApiOperation({ summary: "Change the signed-in user's password (embedded issuer)" })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The new password is in force' })
  async change(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    if (!(await this.credentials.verify(principal.tenantId, principal.userId, body.currentPassword))) {
      throw new Forbidden('The current password is wrong');
    }
    await this.credentials.change(principal.tenantId, principal.userId, body.newPassword);
  }
}
