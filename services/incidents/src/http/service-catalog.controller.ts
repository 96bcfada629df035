import { Body, Controller, Get, Headers, Inject, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Clock } from '@deskstream/kernel';
import { CLOCK, correlationIdOf, CurrentPrincipal, etagOf, expectedRevisionOf, Roles, type Principal } from '@deskstream/platform';
import { ServiceCatalogRepository } from '../application/service-catalog.repository';
import { ChangeServiceCatalogDto, ServiceCatalogDto } from './service-catalog.dto';

/** The tenant's service catalog: what can be requested and who approves it. Requests take their approvers from here. */
@ApiTags('requests')
@Controller('service-catalog')
export class ServiceCatalogController {
  constructor(
    private readonly catalog: ServiceCatalogRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: "The tenant's service catalog, for everyone of the tenant (defaults until changed); ETag is the revision" })
  @ApiOkResponse({ type: ServiceCatalogDto })
  async get(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    const catalog = await this.catalog.get(principal.tenantId);
    if (catalog.revision >= 0) reply.header('ETag', etagOf(catalog.revision));
    return catalog;
  }

  @Put()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Change the catalog (tenant-admin): what is given replaces its value; If-Match pins the revision read (412 when it moved on)' })
  @ApiOkResponse({ type: ServiceCatalogDto })
  async change(
    @Body() body: ChangeServiceCatalogDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlation: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const context = { tenantId: principal.tenantId, actor: principal.userId, correlationId: correlationIdOf(correlation) };
    const change = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    const catalog = await this.catalog.change(context, change, this.clock.now().toISOString(), expectedRevisionOf(ifMatch));
    reply.header('ETag', etagOf(catalog.revision));
    return catalog;
  }
}
