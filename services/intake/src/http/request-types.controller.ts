import { Body, Controller, Get, Headers, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Clock } from '@deskstream/kernel';
import { CLOCK, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { Inject } from '@nestjs/common';
import { RequestTypes } from '../application/request-types';
import { commandContextFrom } from './intake-http-context';
import { DefineRequestTypeDto, RequestTypeDefinitionDto } from './intake.dto';

/** The forms of a tenant's desk: listed for everyone, defined and versioned by tenant admins. */
@ApiTags('intake')
@Controller('intake/request-types')
export class RequestTypesController {
  constructor(
    private readonly requestTypes: RequestTypes,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The request types (forms) a user of this tenant may submit, at their current version' })
  @ApiOkResponse({ description: '{ items: [{ id, version, name, kind, form, category, group, impact, urgency }] }' })
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: await this.requestTypes.list(principal.tenantId) };
  }

  @Post()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Define a request type (version 1)' })
  @ApiCreatedResponse()
  define(@Body() body: DefineRequestTypeDto, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlationId?: string) {
    const { id, ...definition } = body;
    return this.requestTypes.define(commandContextFrom(principal, correlationId), id, definition, this.clock.now().toISOString());
  }

  @Put(':id')
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Revise a request type: a new version; submissions record the version they used' })
  @ApiOkResponse()
  revise(
    @Param('id') id: string,
    @Body() body: RequestTypeDefinitionDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    return this.requestTypes.revise(commandContextFrom(principal, correlationId), id, body, this.clock.now().toISOString());
  }
}
