import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@deskstream/platform';
import { MajorIncidentAnnouncements } from '../application/major-incident-announcements';

/** Known major incidents for everyone of the tenant, requesters included, before they phone in. */
@ApiTags('incidents')
@Controller('announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: MajorIncidentAnnouncements) {}

  @Get()
  @ApiOperation({ summary: "The tenant's open major incidents, as the portal's front page announces them" })
  @ApiOkResponse({ description: '{ items: [{ reference, shortDescription, service, status, openedAt }], nextCursor }' })
  list(@CurrentPrincipal() principal: Principal) {
    return this.announcements.current(principal.tenantId);
  }
}
