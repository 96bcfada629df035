import { Body, Controller, Get, Headers, Inject, Put, Patch } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Clock, SettingsWrite } from '@deskstream/kernel';
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
  @ApiOperation({ summary: 'Replace the intake settings: what is left out takes its default' })
  @ApiOkResponse()
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client read; 412 when stale' })
  replace(
    @Body() body: IntakeSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId?: string,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.write('replace', body, principal, correlationId, ifMatch);
  }

  @Patch()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Change some intake settings (JSON Merge Patch): what is left out keeps its value' })
  @ApiOkResponse()
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client read; 412 when stale' })
  merge(
    @Body() body: IntakeSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId?: string,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.write('merge', body, principal, correlationId, ifMatch);
  }

  private write(write: SettingsWrite, body: IntakeSettingsDto, principal: Principal, correlationId?: string, ifMatch?: string) {
    return this.settings.change(
      commandContextFrom(principal, correlationId),
      body as never,
      this.clock.now().toISOString(),
      expectedRevisionOf(ifMatch),
      write,
    );
  }
}
