import { applyDecorators, Body, Controller, Get, Headers, Inject, Put, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { Clock, SettingsWrite } from '@deskstream/kernel';
import { CLOCK, CurrentPrincipal, ROLES, Roles, type Principal } from '@deskstream/platform';
import { contextOf } from '../application/article-use-cases';
import { KnowledgeSettingsRepository } from '../application/knowledge-settings.repository';
import { SEARCH_LANGUAGES, type SearchLanguage } from '../application/search/search-language';
import type { KnowledgeRules } from '../domain/knowledge-rules';
import { callerOf, expectedRevisionOf } from './knowledge-http-context';

const RoleList = (): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ type: [String], enum: ROLES }), IsOptional(), IsArray(), ArrayMinSize(1), IsIn(ROLES, { each: true }));

/** Which roles may draft and take each action; actions left out keep their roles. */
export class KnowledgeRulesDto implements Partial<Record<keyof KnowledgeRules, string[]>> {
  @RoleList() draft?: string[];
  @RoleList() edit?: string[];
  @RoleList() submit?: string[];
  @RoleList() validate?: string[];
  @RoleList() archive?: string[];
  @RoleList() delete?: string[];
  @RoleList() flag?: string[];
  @RoleList() 'resolve-flag'?: string[];
  @RoleList() feedback?: string[];
  @RoleList() 'link-ticket'?: string[];
}

export class HarvestRulesDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100 }) @IsOptional() @IsInt() @Min(1) @Max(100) threshold?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 365 }) @IsOptional() @IsInt() @Min(1) @Max(365) windowDays?: number;
}

export class ChangeKnowledgeSettingsDto {
  @ApiPropertyOptional({ type: KnowledgeRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => KnowledgeRulesDto)
  rules?: KnowledgeRulesDto;

  @ApiPropertyOptional({ enum: SEARCH_LANGUAGES, description: 'Stemming of the search index' })
  @IsOptional()
  @IsIn(SEARCH_LANGUAGES)
  language?: SearchLanguage;

  @ApiPropertyOptional({ type: HarvestRulesDto, description: 'How many similar resolutions within how many days propose a draft' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HarvestRulesDto)
  harvest?: HarvestRulesDto;
}

const defined = <T extends object>(value: T): Partial<T> => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The tenant's knowledge rules: who may move articles through which states, the search language, harvesting. */
@ApiTags('knowledge')
@Controller('knowledge/settings')
export class KnowledgeSettingsController {
  constructor(
    private readonly settings: KnowledgeSettingsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('knowledge-manager', 'tenant-admin')
  @ApiOperation({ summary: "The tenant's knowledge settings (defaults until changed)" })
  get(@CurrentPrincipal() principal: Principal) {
    return this.settings.get(principal.tenantId);
  }

  @Put()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Replace the settings (tenant-admin): what is left out takes its default; If-Match pins the revision read' })
  @ApiOkResponse({ description: 'The settings now in force' })
  replace(
    @Body() body: ChangeKnowledgeSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
  ) {
    return this.write('replace', body, principal, ifMatch, correlationId);
  }

  @Patch()
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Change some settings (JSON Merge Patch): what is left out keeps its value; If-Match pins the revision read' })
  @ApiOkResponse({ description: 'The settings now in force' })
  merge(
    @Body() body: ChangeKnowledgeSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
  ) {
    return this.write('merge', body, principal, ifMatch, correlationId);
  }

  private async write(
    write: SettingsWrite,
    body: ChangeKnowledgeSettingsDto,
    principal: Principal,
    ifMatch: string | undefined,
    correlationId: string | undefined,
  ) {
    const current = write === 'replace' ? this.settings.defaults : await this.settings.get(principal.tenantId);
    const change = {
      ...(body.rules ? { rules: { ...current.rules, ...defined(body.rules) } as KnowledgeRules } : {}),
      ...(body.language ? { language: body.language } : {}),
      ...(body.harvest ? { harvest: { ...current.harvest, ...defined(body.harvest) } } : {}),
    };
    return this.settings.change(contextOf(callerOf(principal, correlationId)), change, this.clock.now().toISOString(), expectedRevisionOf(ifMatch), write);
  }
}
