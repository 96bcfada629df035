import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@deskstream/platform';
import { DevOutbox } from './dev-outbox';

/** Embedded mode only (the module registers it there): the mail the desk would have sent, per tenant. */
@ApiTags('dev')
@Controller('dev/outbox')
export class DevOutboxController {
  constructor(@Inject(DevOutbox) private readonly outbox: DevOutbox) {}

  @Get()
  @Roles('agent', 'tenant-admin')
  @ApiOperation({ summary: 'Mail captured instead of sent (embedded mode without a relay), newest first' })
  @ApiOkResponse({ description: '{ items: [{ to, subject, messageId, reference, headers, text, sentAt }] }' })
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: await this.outbox.list(principal.tenantId) };
  }
}
