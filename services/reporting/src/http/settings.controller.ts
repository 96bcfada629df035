import { Body, Controller, Get, Headers, Inject, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Clock } from '@deskstream/kernel';
import { CLOCK, correlationIdOf, CurrentPrincipal, etagOf, expectedRevisionOf, Roles, type Principal } from '@deskstream/platform';
import { ReportingSettingsRepository } from '../application/reporting-settings.repository';
import type { ReportingSettings } from '../domain/reporting-settings';
import { ChangeReportingSettingsDto } from './reporting.dto';

/** The tenant's reporting settings: the working-time calendar, hourly rates per group, the enterprise opt-in. */
@ApiTags('reporting')
@Controller('reporting/settings')
export class ReportingSettingsController {
  constructor(
    private readonly settings: ReportingSettingsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('analyst', 'service-owner', 'tenant-admin')
  @ApiOperation({ summary: "The tenant's reporting settings (defaults until changed); ETag is the revision" })
  async get(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    const settings = await this.settings.get(principal.tenantId);
    // Defaults that were never changed have no revision a client could pin.
    if (settings.revision >= 0) reply.header('ETag', etagOf(settings.revision));
    return settings;
  }

  @Put()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Change the settings (tenant-admin); If-Match pins the revision read (412 when it moved on)' })
  async change(
    @Body() body: ChangeReportingSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlation: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const context = { tenantId: principal.tenantId, actor: principal.userId, correlationId: correlationIdOf(correlation) };
    const change = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<ReportingSettings>;
    const settings = await this.settings.change(context, change, this.clock.now().toISOString(), expectedRevisionOf(ifMatch));
    reply.header('ETag', etagOf(settings.revision));
    return settings;
  }
}
