import { ApiProperty } from '@nestjs/swagger';
import { RecordBaseDto } from '@deskstream/platform';
import { PRIORITIES } from '../domain/priority-matrix';
import { SERVICE_REQUEST_STATUSES } from '../domain/service-request.state';

/** The response schemas of service requests: the record (GET /requests/{idOrReference}) and a list line. */

export class ApprovalViewDto {
  @ApiProperty() approver!: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) decision!: string;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) at!: string | null;
}

export class FulfilmentTaskViewDto {
  @ApiProperty() taskId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() assignee!: string;
  @ApiProperty({ type: String, nullable: true }) assignmentGroup!: string | null;
  @ApiProperty({ enum: ['open', 'completed'] }) status!: string;
  @ApiProperty() addedBy!: string;
  @ApiProperty({ format: 'date-time' }) addedAt!: string;
  @ApiProperty({ type: String, nullable: true }) completedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
}

export class RequestNoteViewDto {
  @ApiProperty() noteId!: string;
  @ApiProperty({ enum: ['internal', 'public'] }) visibility!: string;
  @ApiProperty() text!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** What the record and a list line both say about a request. */
class ServiceRequestHeaderDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
  @ApiProperty({ example: 'REQ0001001' }) reference!: string;
  @ApiProperty({ enum: SERVICE_REQUEST_STATUSES }) status!: string;
  @ApiProperty({ example: 'laptop' }) catalogItem!: string;
  @ApiProperty() requestedFor!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while a draft' }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The group fulfilling it; null until assigned' }) group!: string | null;
  @ApiProperty({ type: String, nullable: true }) assignee!: string | null;
  @ApiProperty({ type: String, nullable: true, description: `${PRIORITIES.join(', ')}; null until classified` }) priority!: string | null;
}

export class ServiceRequestSummaryDto extends ServiceRequestHeaderDto {
  @ApiProperty({ type: [String], description: 'Approvers who have not decided yet' }) pendingApprovers!: string[];
  @ApiProperty({ type: 'integer' }) openTasks!: number;
  @ApiProperty({ type: 'integer' }) taskCount!: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the running fulfilment clock is due (sort=slaDue); null when none runs',
  })
  slaDueAt!: string | null;
}

const nullableInstant = { type: String, format: 'date-time', nullable: true } as const;
const nullableText = { type: String, nullable: true } as const;

export class ServiceRequestDto extends RecordBaseDto {
  @ApiProperty({ example: 'REQ0001001' }) reference!: string;
  @ApiProperty({ enum: SERVICE_REQUEST_STATUSES }) status!: string;
  @ApiProperty({ example: 'laptop' }) catalogItem!: string;
  @ApiProperty() requestedFor!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [ApprovalViewDto] }) approvals!: ApprovalViewDto[];
  @ApiProperty({ type: [FulfilmentTaskViewDto] }) tasks!: FulfilmentTaskViewDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ ...nullableInstant, description: 'Null while a draft' }) submittedAt!: string | null;
  @ApiProperty(nullableInstant) approvedAt!: string | null;
  @ApiProperty(nullableInstant) rejectedAt!: string | null;
  @ApiProperty(nullableText) rejectionReason!: string | null;
  @ApiProperty(nullableInstant) fulfilledAt!: string | null;
  @ApiProperty(nullableText) fulfilledBy!: string | null;
  @ApiProperty(nullableText) fulfilmentNotes!: string | null;
  @ApiProperty(nullableInstant) closedAt!: string | null;
  @ApiProperty(nullableInstant) cancelledAt!: string | null;
  @ApiProperty(nullableText) cancellationReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) group!: string | null;
  @ApiProperty({ type: String, nullable: true }) assignee!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3, nullable: true, description: '1 (high) to 3; null until classified' }) impact!: number | null;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3, nullable: true, description: '1 (high) to 3; null until classified' }) urgency!: number | null;
  @ApiProperty({ type: String, nullable: true, description: `${PRIORITIES.join(', ')}; null until classified` }) priority!: string | null;
  @ApiProperty({ type: [RequestNoteViewDto], description: 'Comments and work notes, oldest first; requesters see the public ones only' })
  notes!: RequestNoteViewDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
