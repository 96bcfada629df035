import { Body, Controller, Headers, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Clock } from '@deskstream/kernel';
import { CLOCK, CurrentPrincipal, Roles, withCommandSpan, type Principal } from '@deskstream/platform';
import { AlertIntake } from '../application/alert-intake';
import { GENERIC_ALERT_SCHEMA, parseAlertmanager, parseGenericAlert } from '../application/alert-payloads';
import { AlertOutcomeDto, AlertOutcomesDto } from './alerts.dto';
import { intakeRequestOf } from './intake-http-context';

/**
 * The monitoring channel. Bodies are validated against JSON Schemas (not DTO classes): an
 * Alertmanager payload is accepted as Alertmanager sends it, extra fields and all.
 */
@ApiTags('intake')
@Controller('intake/alerts')
@Roles('agent', 'resolver', 'tenant-admin')
export class AlertsController {
  constructor(
    private readonly alerts: AlertIntake,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('alertmanager')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Prometheus Alertmanager webhook (payload version 4)' })
  @ApiBody({ schema: { type: 'object', description: 'Alertmanager webhook payload, version 4' } })
  @ApiAcceptedResponse({ type: AlertOutcomesDto, description: 'What became of each alert' })
  async alertmanager(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlationId?: string) {
    const received = parseAlertmanager(body);
    return withCommandSpan('intake alertmanager', { 'deskstream.tenant': principal.tenantId, 'deskstream.alerts': received.length }, async () => ({
      alerts: await this.alerts.receive(intakeRequestOf(principal, correlationId), received),
    }));
  }

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'A generic JSON alert: { name, status?, fingerprint?, service?, severity?, summary?, description?, labels? }' })
  @ApiBody({
    schema: {
      ...GENERIC_ALERT_SCHEMA,
      example: { name: 'DiskFull', status: 'firing', service: 'mail', severity: 'critical', summary: 'Disk /var is 97% full' },
    } as never,
  })
  @ApiAcceptedResponse({ type: AlertOutcomeDto, description: 'What became of the alert' })
  async generic(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Headers('x-correlation-id') correlationId?: string) {
    const received = parseGenericAlert(body, this.clock.now().toISOString());
    return withCommandSpan('intake alert', { 'deskstream.tenant': principal.tenantId }, async () => {
      const [outcome] = await this.alerts.receive(intakeRequestOf(principal, correlationId), [received]);
      return outcome;
    });
  }
}
