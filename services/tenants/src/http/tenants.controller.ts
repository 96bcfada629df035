import type { MultipartFile } from '@fastify/multipart';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationFailed } from '@deskstream/kernel';
import { correlationIdOf, CurrentPrincipal, multipartParts, Roles, type Principal } from '@deskstream/platform';
import { TenantAdministration } from '../application/tenant-administration';
import { TenantArchives } from '../application/tenant-archives';
import { TenantDeletion } from '../application/tenant-deletion';
import { CreateTenantDto, IdentityProviderDto, SuspendTenantDto } from './tenants.dto';

/** An archive is read whole before anything is written: past this size it is refused (413). */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

/** Platform administration: the business units this installation serves (platform-admin only). */
@ApiTags('platform')
@Controller('platform/tenants')
@Roles('platform-admin')
export class TenantsController {
  constructor(
    private readonly tenants: TenantAdministration,
    private readonly archives: TenantArchives,
    private readonly deletion: TenantDeletion,
  ) {}

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

  @Put(':id/identity-provider')
  @ApiOperation({
    summary:
      "Set the OIDC provider the tenant's users sign in with: its tokens are accepted for this tenant only, their claims giving id, email, name and roles",
  })
  configureIdentityProvider(
    @Param('id') id: string,
    @Body() body: IdentityProviderDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlation?: string,
  ) {
    return this.tenants.configureIdentityProvider(principal, correlationIdOf(correlation), id, body);
  }

  @Delete(':id/identity-provider')
  @ApiOperation({ summary: "Remove the tenant's OIDC provider: its tokens are refused, and its users sign in with the installation's issuer again" })
  removeIdentityProvider(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.tenants.removeIdentityProvider(principal, correlationIdOf(correlation), id);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend a tenant: its users get 403 with the reason and its mail is refused (451); nothing is lost' })
  suspend(
    @Param('id') id: string,
    @Body() body: SuspendTenantDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlation?: string,
  ) {
    return this.tenants.suspend(principal, correlationIdOf(correlation), id, body.reason);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a suspended tenant' })
  resume(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.tenants.resume(principal, correlationIdOf(correlation), id);
  }

  @Post(':id/delete')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Schedule the deletion of a suspended tenant exported since its suspension (409 `export-required` otherwise): it is deleted when the grace period (`deleteAfter`) is over',
  })
  delete(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.deletion.request(principal, correlationIdOf(correlation), id);
  }

  @Post(':id/cancel-deletion')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a scheduled deletion during its grace period: the tenant stays suspended, nothing lost' })
  cancelDeletion(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.deletion.cancel(principal, correlationIdOf(correlation), id);
  }

  @Post(':id/export')
  @HttpCode(200)
  @ApiProduces('application/gzip')
  @ApiOkResponse({
    description: 'The archive (tar.gz): manifest.json with checksums, events.ndjson (CloudEvents), files/',
    content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiOperation({ summary: "The tenant's complete history as a portable archive, which POST /platform/tenants/import recreates it from" })
  async export(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
    @Headers('x-correlation-id') correlation?: string,
  ) {
    const { manifest, archive, sha256 } = await this.archives.export(principal, correlationIdOf(correlation), id);
    await reply
      .status(200)
      .header('content-type', 'application/gzip')
      .header('content-disposition', `attachment; filename="${manifest.tenantId}-${manifest.exportedAt.slice(0, 10)}-${manifest.exportId}.tar.gz"`)
      .header('repr-digest', `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`)
      .send(archive);
  }

  @Post('import')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Recreate a tenant from its archive (the file part `archive`): same events, same ids, same history; 409 if it exists here' })
  async import(@Req() request: FastifyRequest) {
    let archive: Buffer | null = null;
    for await (const part of multipartParts(request, { field: 'archive', what: 'the archive', limits: { fileSize: MAX_ARCHIVE_BYTES, files: 1 } })) {
      if (part.type === 'file') archive = await (part as MultipartFile).toBuffer();
    }
    if (!archive) throw new ValidationFailed([{ field: 'archive', message: 'the archive is missing: send it as the file part' }]);
    return this.archives.restore(archive);
  }
}
