import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CurrentPrincipal, DOCUMENT_STORE, PageLimit, Roles, type Principal } from '@deskstream/platform';
import type { DocumentStore, Filter } from '@deskstream/readmodels';
import type { ChatStatus } from './domain/chat-session.events';
import { chatRoleOf } from './chat-sessions';
import { CHAT_SESSIONS_COLLECTION, type ChatSessionSummary } from './chat-sessions.projection';

const STATUSES: readonly ChatStatus[] = ['waiting', 'active', 'closed'];

export class ListChatSessionsQueryDto {
  /** Agents see waiting chats unless they ask for another status. */
  @IsOptional()
  @IsIn(STATUSES)
  status?: ChatStatus;

  @PageLimit(100, 50)
  limit?: number;
}

/** The desk's list of chats (waiting ones first in line), and a requester's own chats. */
@ApiTags('intake')
@Controller('intake/chat/sessions')
export class ChatSessionsController {
  constructor(@Inject(DOCUMENT_STORE) private readonly documents: DocumentStore) {}

  @Get()
  @ApiOperation({ summary: "The desk's chats (waiting ones unless a status is given); a requester gets their own" })
  @Roles('agent', 'resolver', 'requester')
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListChatSessionsQueryDto) {
    const mine = chatRoleOf(principal) === 'requester';
    const filter: Filter = mine ? { requester: principal.userId, ...(query.status ? { status: query.status } : {}) } : { status: query.status ?? 'waiting' };
    const page = await this.documents
      .collection<ChatSessionSummary>(CHAT_SESSIONS_COLLECTION)
      .find(principal.tenantId, { filter, sort: [{ field: 'startedAt', direction: 'asc' }], limit: query.limit ?? 50 });
    return { items: page.items.map(({ tenantId: _tenant, position: _position, id: _id, ...summary }) => summary) };
  }
}
