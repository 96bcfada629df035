import type { MultipartFile } from '@fastify/multipart';
import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationFailed } from '@deskstream/kernel';
import { createValidationPipe, CurrentPrincipal, multipartParts, Roles, type Principal } from '@deskstream/platform';
import type { OrderedUpdate } from '../domain/import/import.types';
import { eventLogSource } from '../application/import/eventlog-source';
import { ImportJobs, type ImportJobDocument } from '../application/import/import-jobs';
import type { ImportSource } from '../application/import/import-source';
import { serviceNowSource } from '../application/import/servicenow-source';
import { ImportJobFieldsDto } from './import-jobs.dto';

/** An export is taken whole before the job starts: past this size it is refused (413). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const present = ({ position: _position, ...job }: ImportJobDocument) => job;

function sourceFor(fields: ImportJobFieldsDto): ImportSource<OrderedUpdate> {
  const mapping = fields.mapping === undefined ? undefined : (JSON.parse(fields.mapping) as Record<string, unknown>);
  if (fields.source === 'eventlog') {
    if (!mapping) throw new ValidationFailed([{ field: 'mapping', message: 'an event log import needs its mapping (JSON)' }]);
    return eventLogSource({ mapping, dateFormat: fields.dateFormat, timeZone: fields.timeZone });
  }
  return serviceNowSource({
    dateFormat: fields.dateFormat,
    timeZone: fields.timeZone,
    mapping: mapping && ('states' in mapping ? mapping : { states: mapping }),
  });
}

/** Imports of another desk's history through the running service (tenant admins); see docs/import.md. */
@ApiTags('import')
@Controller('import/jobs')
export class ImportJobsController {
  constructor(@Inject(ImportJobs) private readonly jobs: ImportJobs) {}

  @Post()
  @HttpCode(202)
  @Roles('tenant-admin')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Start an import: form fields source, dateFormat, timeZone, mapping, then the CSV as the file part' })
  @ApiAcceptedResponse({ description: 'The job, running; GET its Location for progress and the report' })
  async start(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @CurrentPrincipal() principal: Principal) {
    const fields: Record<string, string> = {};
    let file: MultipartFile | null = null;
    let content: Buffer | null = null;
    for await (const part of multipartParts(request, { field: 'file', what: 'the export', limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        file = part;
        content = await part.toBuffer();
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
    const checked = (await createValidationPipe().transform(fields, { type: 'body', metatype: ImportJobFieldsDto })) as ImportJobFieldsDto;
    if (!file || !content) throw new ValidationFailed([{ field: 'file', message: 'the export is missing: send it as the file part' }]);
    const job = await this.jobs.start({ tenantId: principal.tenantId, actor: principal.userId, source: sourceFor(checked), fileName: file.filename, content });
    reply.header('location', `/api/v1/import/jobs/${job.id}`);
    return present(job);
  }

  @Get(':id')
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'An import job: status, progress, and once finished its report (rows not applied, reconciliation)' })
  @ApiOkResponse({ description: 'The job' })
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return present(await this.jobs.get(principal.tenantId, id));
  }
}
