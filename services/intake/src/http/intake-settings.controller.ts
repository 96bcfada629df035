import { Body, Controller, Get, Headers, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Clock } from '@deskstream/kernel';
import { CLOCK, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { IntakeSettingsRepository } from '../application/intake-settings.repository';
import { commandContextFrom } from './intake-http-context';
import { IntakeSettingsDto } from './intake.dto';

/** A tenant's intake settings: classification rules, the duplicate window, alert storms and recovery. */
@ApiTags('intake')
@Controller('intake/settings')
export class IntakeSettingsController {
  constructor(
    private readonly settings: IntakeSettingsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: "The tenant's intake settings" })
  @Roles('agent', 'resolver', 'tenant-admin')
  @ApiOkResponse()
  get(@CurrentPrincipal() principal: Principal) {
    return this.settings.get(principal.tenantId);
  }

  @Put()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Change intake settings; fields left out keep their value' })
  @ApiOkResponse()
  change(@Body() body: IntakeSettingsDto, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlationId?: string) {
    return this.settings.change(commandContextFrom(principal, correlationId), body as never, this.clock.now().toISOString());
  }
}
