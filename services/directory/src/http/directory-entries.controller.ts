import { Body, Controller, Get, Headers, Param, Post, Put, Query, Res, type Type } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ValidationFailed } from '@deskstream/kernel';
import { correlationIdOf, createValidationPipe, CurrentPrincipal, etagOf, expectedRevisionOf, ROLES, Roles, type Principal } from '@deskstream/platform';
import { DirectoryEntries } from '../application/directory-entries';
import type { EntryKind } from '../domain/directory-entry.model';
import { ENTRY_ID } from '../domain/directory-entry.rules';
import * as dto from './directory.dto';
import { ATTRIBUTES_OF } from './entry-attributes';

/** Everyone who works tickets reads the directory (assignment offers a group's members); requesters do not. */
const READERS = ROLES.filter((role) => role !== 'requester');

interface EntryRoute {
  readonly kind: EntryKind;
  readonly path: string;
  readonly className: string;
  readonly create: Type;
  readonly body: Type;
}

const ROUTES: readonly EntryRoute[] = [
  { kind: 'user', path: 'users', className: 'DirectoryUsersController', create: dto.CreateUserDto, body: dto.UserBodyDto },
  { kind: 'group', path: 'groups', className: 'DirectoryGroupsController', create: dto.CreateGroupDto, body: dto.GroupBodyDto },
  { kind: 'service', path: 'services', className: 'DirectoryServicesController', create: dto.CreateServiceDto, body: dto.ServiceBodyDto },
  {
    kind: 'configuration-item',
    path: 'configuration-items',
    className: 'DirectoryConfigurationItemsController',
    create: dto.CreateConfigurationItemDto,
    body: dto.ConfigurationItemBodyDto,
  },
  { kind: 'location', path: 'locations', className: 'DirectoryLocationsController', create: dto.CreateLocationDto, body: dto.LocationBodyDto },
  { kind: 'category', path: 'categories', className: 'DirectoryCategoriesController', create: dto.CreateCategoryDto, body: dto.CategoryBodyDto },
];

const location = (route: EntryRoute, id: string): string => `/api/v1/directory/${route.path}/${id}`;

function entryId(id: string): string {
  if (!ENTRY_ID.test(id)) throw new ValidationFailed([{ field: 'id', message: 'must be a directory id (lower-case letters, digits, ".", "_" and "-")' }]);
  return id;
}

/**
 * One controller per kind of entry, with the same five routes: register (POST), list, read (ETag),
 * replace (PUT with If-Match). Bodies are validated against the kind's DTO here, since the route is shared.
 */
function entryController(route: EntryRoute): Type {
  const validation = createValidationPipe();
  const attributesOf = ATTRIBUTES_OF[route.kind] as (body: unknown) => ReturnType<(typeof ATTRIBUTES_OF)['user']>;
  const validated = async <T>(metatype: Type<T>, body: unknown): Promise<T> => (await validation.transform(body ?? {}, { type: 'body', metatype })) as T;

  @ApiTags('directory')
  @Controller(`directory/${route.path}`)
  class EntryController {
    constructor(readonly entries: DirectoryEntries) {}

    @Post()
    @Roles('tenant-admin')
    @ApiBody({ type: route.create })
    @ApiOperation({ summary: `Register a ${route.kind} (tenant-admin); every name it gives must be in the directory` })
    async register(
      @Body() body: unknown,
      @CurrentPrincipal() principal: Principal,
      @Headers('x-correlation-id') correlationId: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ) {
      const { id, ...rest } = await validated<{ id: string }>(route.create, body);
      const entry = await this.entries.register(contextOf(principal, correlationId), id, attributesOf(rest));
      reply.header('Location', location(route, entry.id)).header('ETag', etagOf(entry.revision));
      return entry;
    }

    @Get()
    @Roles(...READERS)
    @ApiOperation({ summary: `The tenant's ${route.path}, by id; \`q\` finds words in the name` })
    @ApiOkResponse({ description: '{ items, nextCursor }' })
    list(@Query() query: dto.ListEntriesQueryDto, @CurrentPrincipal() principal: Principal) {
      return this.entries.list(principal.tenantId, route.kind, {
        limit: query.limit ?? 50,
        ...(query.q ? { q: query.q } : {}),
        ...(query.active ? { active: query.active === 'true' } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      });
    }

    @Get(':id')
    @Roles(...READERS)
    @ApiOperation({ summary: `One ${route.kind}; the ETag header is its revision` })
    async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
      const entry = await this.entries.get(principal.tenantId, route.kind, entryId(id));
      reply.header('ETag', etagOf(entry.revision));
      return entry;
    }

    @Put(':id')
    @Roles('tenant-admin')
    @ApiBody({ type: route.body })
    @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read; a stale one is a 412' })
    @ApiOperation({ summary: `Replace a ${route.kind} as its next version (tenant-admin); \`active: false\` deactivates it` })
    async replace(
      @Param('id') id: string,
      @Body() body: unknown,
      @CurrentPrincipal() principal: Principal,
      @Headers('if-match') ifMatch: string | undefined,
      @Headers('x-correlation-id') correlationId: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ) {
      const attributes = attributesOf(await validated(route.body, body));
      const entry = await this.entries.revise(contextOf(principal, correlationId), entryId(id), attributes, expectedRevisionOf(ifMatch));
      reply.header('ETag', etagOf(entry.revision));
      return entry;
    }
  }
  Object.defineProperty(EntryController, 'name', { value: route.className });
  return EntryController;
}

const contextOf = (principal: Principal, correlationHeader: string | undefined) => ({
  tenantId: principal.tenantId,
  actor: principal.userId,
  correlationId: correlationIdOf(correlationHeader),
});

export const DIRECTORY_CONTROLLERS: readonly Type[] = ROUTES.map(entryController);
