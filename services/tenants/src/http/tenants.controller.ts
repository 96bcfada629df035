import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { correlationIdOf, CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { TenantAdministration } from '../application/tenant-administration';
import { CreateTenantDto, SuspendTenantDto } from './tenants.dto';

/** Platform administration: the business units this installation serves (platform-admin only). */
@ApiTags('platform')
@Controller('platform/tenants')
@Roles('platform-admin')
export class TenantsController {
  constructor(private readonly tenants: TenantAdministration) {}

  @Post()
  @ApiOperation({ summary: 'Onboard a business unit from a template: its desk works at once, and its first admins can sign in' })
  create(@Body() body: CreateTenantDto, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.tenants.onboard(principal, correlationIdOf(correlation), { ...body, desks: body.desks ?? [] });
  }

  @Get()
  @ApiOperation({ summary: 'Every onboarded tenant' })
  async list() {
    return { items: await this.tenants.list(), nextCursor: null };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One tenant: status, template, desks, first admins' })
  get(@Param('id') id: string) {
    return this.tenants.get(id);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: "Suspend a tenant: its users get 403 with the reason and its mail is refused (451); nothing is lost" })
  suspend(@Param('id') id: string, @Body() body: SuspendTenantDto, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.tenants.suspend(principal, correlationIdOf(correlation), id, body.reason);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a suspended tenant' })
  resume(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.tenants.resume(principal, correlationIdOf(correlation), id);
  }
}
