import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { NotFound } from '@deskstream/kernel';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { SlaDefinitions } from '../application/sla-definitions';
import type { SlaDefinitionSpec } from '../domain/sla-definition.model';
import { DefinitionBodyDto, SaveDefinitionDto } from './definitions.dto';
import { slaContextOf } from './sla-http-context';

export function toDefinitionSpec(id: string, body: DefinitionBodyDto): SlaDefinitionSpec {
  const target = body.target;
  return {
    id,
    name: body.name,
    type: body.type,
    target,
    appliesTo: { ...body.appliesTo },
    durationMinutes: body.durationMinutes ?? null,
    deadlineField: body.deadlineField ?? null,
    calendar: body.calendar,
    warnings: body.warnings ?? [50, 75],
    conditions: { ...body.conditions },
    responseBy: body.responseBy ?? (target === 'response' ? ['public-comment', 'assigned'] : []),
    cycles: body.cycles ?? 'sum',
    escalation: body.escalation
      ? { notify: body.escalation.notify, repeatEveryMinutes: body.escalation.repeatEveryMinutes, managers: body.escalation.managers ?? {} }
      : null,
  };
}

/** SLA, OLA and UC definitions of the tenant, versioned; the shipped defaults are in force until changed. */
@ApiTags('sla')
@Controller('sla/definitions')
export class DefinitionsController {
  constructor(private readonly definitions: SlaDefinitions) {}

  @Get()
  @ApiOperation({ summary: 'The definitions in force, each at its latest version' })
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: await this.definitions.inForce(principal.tenantId) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One definition at its latest version' })
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    const found = (await this.definitions.inForce(principal.tenantId)).find((d) => d.id === id);
    if (!found) throw new NotFound('SLA definition', id);
    return found;
  }

  @Post()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Save a definition as its next version; answers it with warnings about conditions that can never attach or resume' })
  create(@Body() body: SaveDefinitionDto, @CurrentPrincipal() principal: Principal) {
    return this.definitions.save(slaContextOf(principal), toDefinitionSpec(body.id, body));
  }

  @Put(':id')
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Replace a definition as its next version' })
  replace(@Param('id') id: string, @Body() body: DefinitionBodyDto, @CurrentPrincipal() principal: Principal) {
    return this.definitions.save(slaContextOf(principal), toDefinitionSpec(id, body));
  }

  @Post(':id/retire')
  @HttpCode(204)
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Retire a definition: no new clocks; running ones keep the version they run under' })
  async retire(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.definitions.retire(slaContextOf(principal), id);
  }
}
