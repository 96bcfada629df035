import { Body, Controller, Get, Headers, Inject, Param, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Clock } from '@deskstream/kernel';
import { CLOCK, CurrentPrincipal, etagOf, expectedRevisionOf, Roles, type Principal } from '@deskstream/platform';
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

  @Get(':id')
  @ApiOperation({ summary: 'One request type at its current version; the ETag header is that version' })
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    const type = await this.requestTypes.get(principal.tenantId, id);
    reply.header('ETag', etagOf(type.version));
    return type;
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
  @ApiOperation({ summary: "Replace a request type's definition: a new version; submissions record the version they used" })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the client read (its ETag); 412 when stale' })
  @ApiOkResponse()
  async revise(
    @Param('id') id: string,
    @Body() body: RequestTypeDefinitionDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('x-correlation-id') correlationId?: string,
    @Headers('if-match') ifMatch?: string,
  ) {
    const type = await this.requestTypes.revise(
      commandContextFrom(principal, correlationId),
      id,
      body,
      this.clock.now().toISOString(),
      expectedRevisionOf(ifMatch),
    );
    reply.header('ETag', etagOf(type.version));
    return type;
  }
}
