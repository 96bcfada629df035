import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { correlationIdOf, CurrentPrincipal, PageLimit, Roles, TENANT_ROLES, type Principal } from '@deskstream/platform';
import { ServiceAccounts } from '../application/service-accounts';
import { MAX_KEY_DAYS } from '../domain/service-account.decider';
import { ENTRY_ID } from '../domain/directory-entry.rules';

export class CreateServiceAccountDto {
  @ApiProperty() @IsString() @Matches(ENTRY_ID) id!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty({ enum: TENANT_ROLES, isArray: true }) @IsArray() @IsIn(TENANT_ROLES, { each: true }) roles!: string[];
}

export class IssueApiKeyDto {
  @ApiPropertyOptional({ enum: TENANT_ROLES, isArray: true, description: "Narrows the account's roles; empty or left out: all of them" })
  @IsOptional()
  @IsArray()
  @IsIn(TENANT_ROLES, { each: true })
  roles?: string[];
  @ApiProperty({ type: [String], example: ['POST /api/v1/intake/alerts'], description: '`METHOD /api/v1/path` prefixes the key may call (`*` for any method)' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  endpoints!: string[];
  @ApiProperty({ minimum: 1, maximum: MAX_KEY_DAYS }) @IsInt() @Min(1) @Max(MAX_KEY_DAYS) expiresInDays!: number;
}

export class ListServiceAccountsQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @PageLimit(100, 50)
  limit?: number;
}

const KEY_ID = /^[0-9a-f]{24}$/;
const contextOf = (principal: Principal, correlation: string | undefined) => ({
  tenantId: principal.tenantId,
  actor: principal.userId,
  correlationId: correlationIdOf(correlation),
});
const accountId = (id: string): string => (ENTRY_ID.test(id) ? id : '-');

/** Credentials for integrations (Alertmanager and others): service accounts and their API keys (tenant-admin). */
@ApiTags('directory')
@Controller('directory/service-accounts')
@Roles('tenant-admin')
export class ServiceAccountsController {
  constructor(private readonly accounts: ServiceAccounts) {}

  @Post()
  @ApiOperation({ summary: 'Create a service account with the roles its keys may carry' })
  create(@Body() body: CreateServiceAccountDto, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.accounts.create(contextOf(principal, correlation), body.id, body.name, body.roles);
  }

  @Get()
  @ApiOperation({ summary: "The tenant's service accounts by id, with how many keys each has and how many are active (never a key)" })
  @ApiOkResponse({ description: '{ items, nextCursor }' })
  list(@Query() query: ListServiceAccountsQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.accounts.list(principal.tenantId, { limit: query.limit ?? 50, ...(query.cursor ? { cursor: query.cursor } : {}) });
  }

  @Get(':id')
  @ApiOperation({ summary: 'The account and its keys: scope, expiry, revocation, last use (never a secret)' })
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.accounts.get(principal.tenantId, accountId(id));
  }

  @Post(':id/keys')
  @ApiOperation({ summary: 'Issue an API key: the answer shows it once; send it as X-API-Key or Authorization: Bearer' })
  issue(@Param('id') id: string, @Body() body: IssueApiKeyDto, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.accounts.issue(contextOf(principal, correlation), accountId(id), {
      roles: body.roles ?? [],
      endpoints: body.endpoints,
      expiresInDays: body.expiresInDays,
    });
  }

  @Post(':id/keys/:keyId/revoke')
  @ApiOperation({ summary: 'Revoke a key for good' })
  revoke(@Param('id') id: string, @Param('keyId') keyId: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string) {
    return this.accounts.revoke(contextOf(principal, correlation), accountId(id), KEY_ID.test(keyId) ? keyId : '-');
  }
}
