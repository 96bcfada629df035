import { Body, Controller, Get, Headers, Inject, Put } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Clock } from '@deskstream/kernel';
import { CLOCK, CurrentPrincipal, expectedRevisionOf, Roles, type Principal } from '@deskstream/platform';
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
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client read; 412 when stale' })
  change(
    @Body() body: IntakeSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId?: string,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.settings.change(commandContextFrom(principal, correlationId), body as never, this.clock.now().toISOString(), expectedRevisionOf(ifMatch));
  }
}
