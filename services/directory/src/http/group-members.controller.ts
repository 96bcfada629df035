import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ValidationFailed } from '@deskstream/kernel';
import { CurrentPrincipal, ROLES, Roles, type Principal } from '@deskstream/platform';
import { DirectoryEntries } from '../application/directory-entries';
import { ENTRY_ID } from '../domain/directory-entry.rules';

export class GroupMemberDto {
  @ApiProperty({ example: 'resolver' }) id!: string;
  @ApiProperty({ example: 'Robin Resolver' }) name!: string;
}

export class GroupMembersDto {
  @ApiProperty({ type: [GroupMemberDto] }) items!: GroupMemberDto[];
}

/** Everyone who works tickets may assign them; requesters do not. */
const ASSIGNERS = ROLES.filter((role) => role !== 'requester');

@ApiTags('directory')
@Controller('directory/groups')
export class GroupMembersController {
  constructor(private readonly entries: DirectoryEntries) {}

  @Get(':id/members')
  @Roles(...ASSIGNERS)
  @ApiOperation({ summary: "The people assignment offers for a group: its members that are active users, in the group's order" })
  @ApiOkResponse({ type: GroupMembersDto })
  async members(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<GroupMembersDto> {
    if (!ENTRY_ID.test(id)) throw new ValidationFailed([{ field: 'id', message: 'must be a directory id (lower-case letters, digits, ".", "_" and "-")' }]);
    return { items: await this.entries.assignableMembers(principal.tenantId, id) };
  }
}
