import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ValidationFailed, type Clock } from '@deskstream/kernel';
import { CLOCK, correlationIdOf, CurrentPrincipal, etagOf, expectedRevisionOf, Roles, type Principal } from '@deskstream/platform';
import { NotificationQueries } from '../application/notification-queries';
import { NotificationSettingsRepository } from '../application/notification-settings.repository';
import { Notifications } from '../application/notifications';
import { ChangeNotificationSettingsDto, FeedQueryDto } from './notifications.dto';
import { settingsChangeOf, withoutSecrets } from './settings-body';

const NOTIFICATION_ID = /^[0-9a-f]{32}$/;

function notificationIdOf(id: string): string {
  if (!NOTIFICATION_ID.test(id)) throw new ValidationFailed([{ field: 'id', message: 'must be a notification id' }]);
  return id;
}

const contextOf = (principal: Principal, correlation: string | undefined) => ({
  tenantId: principal.tenantId,
  actor: principal.userId,
  correlationId: correlationIdOf(correlation),
});

/** Each user's in-app feed: what the desk told them, newest first, read and unread. */
@ApiTags('notifications')
@Controller('me/notifications')
export class MyNotificationsController {
  constructor(
    private readonly queries: NotificationQueries,
    private readonly notifications: Notifications,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My in-app notifications, newest first (`unread=true` for the unread ones)' })
  @ApiOkResponse({ description: '{ items, nextCursor, unread }' })
  feed(@Query() query: FeedQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.queries.feed(principal.tenantId, principal.userId, {
      limit: query.limit ?? 50,
      ...(query.unread ? { unread: query.unread === 'true' } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  async read(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string): Promise<void> {
    await this.notifications.markRead(contextOf(principal, correlation), notificationIdOf(id));
  }
}

/** The tenant's notification rules and templates (versioned), and the deliveries that gave up. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationAdminController {
  constructor(
    private readonly settings: NotificationSettingsRepository,
    private readonly queries: NotificationQueries,
    private readonly notifications: Notifications,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('settings')
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Rules, templates and allowed channels (the defaults until changed); the ETag is the version' })
  async get(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    const settings = await this.settings.get(principal.tenantId);
    reply.header('ETag', etagOf(settings.revision));
    return withoutSecrets(settings);
  }

  @Put('settings')
  @Roles('tenant-admin')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read; a stale one is a 412' })
  @ApiOperation({ summary: 'Change rules, templates or channels as the next version' })
  async change(
    @Body() body: ChangeNotificationSettingsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlation: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const saved = await this.settings.change(
      contextOf(principal, correlation),
      settingsChangeOf(body),
      this.clock.now().toISOString(),
      expectedRevisionOf(ifMatch),
    );
    reply.header('ETag', etagOf(saved.revision));
    return withoutSecrets(saved);
  }

  @Get('dead-letters')
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Notifications whose delivery gave up after every retry, newest first' })
  deadLetters(@Query() query: FeedQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.queries.deadLetters(principal.tenantId, query.limit ?? 50, query.cursor);
  }

  @Post('dead-letters/:id/replay')
  @HttpCode(202)
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Try a dead-lettered notification again, from its first attempt' })
  async replay(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlation?: string): Promise<void> {
    await this.notifications.replay(contextOf(principal, correlation), notificationIdOf(id));
  }
}
