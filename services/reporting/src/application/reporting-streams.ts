import { streamName } from '@deskstream/kernel';

/** Reporting's own record of each ticket's activity, one stream per ticket. */
export const TICKET_ACTIVITY_CATEGORY = 'reportingticket';
export const REPORTING_SETTINGS_CATEGORY = 'reportingsettings';
/** One stream per saved analyst query, named by the tenant's own id for it. */
export const SAVED_QUERY_CATEGORY = 'reportingsavedquery';

export const ticketActivityStream = (tenantId: string, ticketId: string): string => streamName(TICKET_ACTIVITY_CATEGORY, tenantId, ticketId);
export const reportingSettingsStream = (tenantId: string): string => streamName(REPORTING_SETTINGS_CATEGORY, tenantId, 'current');
export const savedQueryStream = (tenantId: string, id: string): string => streamName(SAVED_QUERY_CATEGORY, tenantId, id);
