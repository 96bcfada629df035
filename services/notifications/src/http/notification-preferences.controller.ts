import { Body, Controller, Get, Headers, Inject, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsArray, IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import type { Clock } from '@deskstream/kernel';
import { CLOCK, correlationIdOf, CurrentPrincipal, etagOf, expectedRevisionOf, type Principal } from '@deskstream/platform';
import { NotificationPreferencesRepository } from '../application/notification-preferences.repository';
import { PERSONAL_CHANNELS, type PersonalChannel } from '../domain/notification-preferences';

export class NotificationPreferencesDto {
  @ApiPropertyOptional({
    enum: PERSONAL_CHANNELS,
    isArray: true,
    nullable: true,
    example: ['in-app'],
    description: 'The channels to be told on, of those the desk allows; null or left out: every channel the desk uses',
  })
  @IsOptional()
  @IsArray()
  @IsIn(PERSONAL_CHANNELS, { each: true })
  channels?: PersonalChannel[] | null;
}

export class NotificationPreferencesViewDto {
  @ApiProperty({ type: [String], nullable: true, description: `Some of ${PERSONAL_CHANNELS.join(', ')}; null: every channel the desk uses` })
  channels!: PersonalChannel[] | null;
  @ApiProperty({ type: 'integer', description: 'Settings revision (-1 until first chosen); also the ETag' }) revision!: number;
}

/** Each user chooses the channels they are told on, within what their tenant allows. */
@ApiTags('notifications')
@Controller('me/notification-preferences')
export class MyNotificationPreferencesController {
  constructor(
    private readonly preferences: NotificationPreferencesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My choice of notification channels (null: every channel the desk uses)' })
  @ApiOkResponse({ type: NotificationPreferencesViewDto })
  async get(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    const preferences = await this.preferences.get(principal.tenantId, principal.userId);
    reply.header('ETag', etagOf(preferences.revision));
    return preferences;
  }

  @Put()
  @ApiOperation({ summary: 'Choose my notification channels, among those the desk allows' })
  @ApiOkResponse({ type: NotificationPreferencesViewDto })
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) the client read; 412 when stale' })
  async replace(
    @Body() body: NotificationPreferencesDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('x-correlation-id') correlation?: string,
    @Headers('if-match') ifMatch?: string,
  ) {
    const context = { tenantId: principal.tenantId, actor: principal.userId, correlationId: correlationIdOf(correlation) };
    const change = { channels: body.channels ?? null };
    const saved = await this.preferences.change(context, principal.userId, change, this.clock.now().toISOString(), expectedRevisionOf(ifMatch));
    reply.header('ETag', etagOf(saved.revision));
    return saved;
  }
}
