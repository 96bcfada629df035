import { PERMISSIONS } from '@deskstream/contracts';
import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ValidationFailed } from '@deskstream/kernel';
import { CurrentPrincipal, Roles, withCommandSpan, type Principal } from '@deskstream/platform';
import { IntakeBacklog } from '../application/intake-backlog';
import { SubmissionIntake, type SubmissionReceipt } from '../application/submission-intake';
import { intakeRequestOf, withRateLimitAnswer } from './intake-http-context';
import { SubmissionReceiptDto, SubmitDto } from './intake.dto';

/** Printable ASCII, as clients generate them (UUIDs, ULIDs); long enough for any, short enough to store. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The portal / API / phone channel: submissions by request type, acknowledged once durably recorded. */
@ApiTags('intake')
@Controller('intake')
export class SubmissionsController {
  constructor(
    private readonly intake: SubmissionIntake,
    private readonly backlog: IntakeBacklog,
  ) {}

  @Post('submissions')
  @Roles(...PERMISSIONS.raiseTicket)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Submit a request type form; the ticket reference comes back at once and the ticket follows',
    description: 'With an Idempotency-Key, a retry returns the first answer and never makes a second ticket.',
  })
  @ApiAcceptedResponse({ type: SubmissionReceiptDto })
  @ApiTooManyRequestsResponse({ description: 'Over the tenant rate; Retry-After says when to come back' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'X-Correlation-Id', required: false })
  async submit(
    @Body() body: SubmitDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Omit<SubmissionReceipt, 'replayed'>> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ValidationFailed([{ field: 'Idempotency-Key', message: 'must be 1 to 200 printable ASCII characters' }]);
    }
    const { replayed, ...receipt } = await withRateLimitAnswer(reply, () =>
      withCommandSpan('intake submit', { 'deskstream.tenant': principal.tenantId, 'deskstream.request_type': body.requestType }, () =>
        this.intake.submit(intakeRequestOf(principal, correlationId), body, idempotencyKey),
      ),
    );
    this.backlog.noteTenant(principal.tenantId);
    if (replayed) reply.header('idempotent-replayed', 'true');
    reply.header('location', `/api/v1/intake/submissions/${receipt.submissionId}`);
    return receipt;
  }

  @Get('submissions/:submissionId')
  @ApiOperation({ summary: 'One submission as recorded: status, ticket reference and every classification decision with its rule' })
  @ApiOkResponse()
  get(@Param('submissionId') submissionId: string, @CurrentPrincipal() principal: Principal) {
    return this.intake.get(principal, submissionId);
  }

  @Get('backlog')
  @Roles('agent', 'resolver', 'analyst', 'tenant-admin')
  @ApiOperation({ summary: "Submissions accepted whose ticket is not opened yet (this tenant's backlog)" })
  async size(@CurrentPrincipal() principal: Principal) {
    return { backlog: await this.backlog.size(principal.tenantId) };
  }
}
