import { Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ValidationFailed } from '@deskstream/kernel';
import { CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { SlaClockQueries } from '../application/sla-clock-queries';
import { SlaTickets } from '../application/sla-tickets';
import { ClocksQueryDto, NotificationsQueryDto } from './clocks.dto';
import { slaContextOf } from './sla-http-context';

const DESK = ['agent', 'resolver', 'problem-manager', 'service-owner', 'analyst', 'tenant-admin'] as const;

/** The clocks on tickets, the queues of breached ones, acknowledging an escalation, and the notifications escalations decided. */
@ApiTags('sla')
@Controller('sla')
@Roles(...DESK)
export class ClocksController {
  constructor(
    private readonly queries: SlaClockQueries,
    private readonly tickets: SlaTickets,
  ) {}

  @Get('clocks')
  @ApiOperation({ summary: "A ticket's clocks (`ticket=`, optionally `asOf=`), or a queue of clocks (`breached=true&group=...`)" })
  async list(@Query() query: ClocksQueryDto, @CurrentPrincipal() principal: Principal) {
    if (query.ticket) return { items: await this.queries.ofTicket(principal.tenantId, query.ticket, query.asOf) };
    if (query.asOf) throw new ValidationFailed([{ field: 'asOf', message: 'asOf needs a ticket' }]);
    return this.queries.queue(principal.tenantId, query);
  }

  @Post('clocks/:id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge the escalation of a clock: its reminders stop' })
  async acknowledge(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlationId?: string) {
    const context = slaContextOf(principal, correlationId);
    await this.tickets.acknowledge({ tenantId: context.tenantId, actor: context.userId, correlationId: context.correlationId }, id);
    return { clockId: id, acknowledged: true };
  }

  @Get('notifications')
  @ApiOperation({ summary: 'Every notification the escalations decided (recipient, role, channel), optionally for one ticket' })
  notifications(@Query() query: NotificationsQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.queries.notifications(principal.tenantId, query.ticket);
  }
}
