import { Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ValidationFailed } from '@deskstream/kernel';
import { correlationIdOf, CurrentPrincipal, etagOf, Roles, type Principal } from '@deskstream/platform';
import { PersonErasure } from '../application/person-erasure';
import { ENTRY_ID } from '../domain/directory-entry.rules';

@ApiTags('directory')
@Controller('directory/users')
export class PersonErasureController {
  constructor(private readonly erasure: PersonErasure) {}

  @Post(':id/erase')
  @HttpCode(200)
  @Roles('tenant-admin')
  @ApiHeader({ name: 'X-Correlation-Id', required: false })
  @ApiOperation({
    summary: 'Erase a person (tenant-admin): their name and addresses read as erased in every record, history and export; counts and times stay',
  })
  async erase(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!ENTRY_ID.test(id)) throw new ValidationFailed([{ field: 'id', message: 'must be a directory id (lower-case letters, digits, ".", "_" and "-")' }]);
    const erased = await this.erasure.erase({ tenantId: principal.tenantId, actor: principal.userId, correlationId: correlationIdOf(correlationId) }, id);
    reply.header('ETag', etagOf(erased.revision));
    return erased;
  }
}
