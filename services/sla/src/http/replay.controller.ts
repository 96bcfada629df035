import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ValidationFailed } from '@deskstream/kernel';
import { CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { SlaReplay } from '../application/sla-what-if';
import { toDefinitionSpec } from './definitions.controller';
import { RepairDto, WhatIfDto } from './replay.dto';
import { slaContextOf } from './sla-http-context';

/** Replaying history: what-if over proposed definitions (writes nothing), and repair after a correction. */
@ApiTags('sla')
@Controller('sla')
export class ReplayController {
  constructor(private readonly replay: SlaReplay) {}

  @Post('what-if')
  @HttpCode(200)
  @Roles('tenant-admin', 'service-owner', 'analyst')
  @ApiOperation({
    summary: "Replays the tenant's tickets opened in the period through proposed definitions: would-breach vs. breached, and which tickets change",
  })
  whatIf(@Body() body: WhatIfDto, @CurrentPrincipal() principal: Principal) {
    if (Date.parse(body.to) <= Date.parse(body.from)) throw new ValidationFailed([{ field: 'to', message: 'must be after from' }]);
    return this.replay.whatIf(
      principal.tenantId,
      body.definitions.map((d) => toDefinitionSpec(d.id, d)),
      { from: body.from, to: body.to },
    );
  }

  @Post('repair')
  @HttpCode(200)
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Recompute clocks under the calendars and definitions in force now; every change is recorded with the reason' })
  repair(@Body() body: RepairDto, @CurrentPrincipal() principal: Principal) {
    const context = slaContextOf(principal);
    return this.replay.repair(
      { tenantId: context.tenantId, actor: context.userId, correlationId: context.correlationId },
      body.reason,
      body.includeClosed ?? false,
      body.tickets,
    );
  }
}
