import { createHash } from 'node:crypto';
import { streamName } from '@deskstream/kernel';

/** Stream categories of the intake service (`<category>-<tenant>.<id>`). */
export const CATALOG_CATEGORY = 'intakecatalog';
export const SUBMISSION_CATEGORY = 'intakesubmission';
export const RECENT_CATEGORY = 'intakerecent';
export const SETTINGS_CATEGORY = 'intakesettings';
export const ALERT_CATEGORY = 'intakealerts';

export const catalogStream = (tenantId: string) => streamName(CATALOG_CATEGORY, tenantId, 'types');
export const submissionStream = (tenantId: string, submissionId: string) => streamName(SUBMISSION_CATEGORY, tenantId, submissionId);
export const settingsStream = (tenantId: string) => streamName(SETTINGS_CATEGORY, tenantId, 'current');

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Free text (a caller and description, a service name) as a fixed-length stream id. */
export const hashedId = (text: string): string => digest(text).slice(0, 40);

/**
 * The submission id an Idempotency-Key stands for: the same key of the same tenant always names the
 * same submission stream, so a retry finds the first answer and can never record a second ticket.
 */
export function submissionIdForKey(tenantId: string, key: string): string {
  const hex = digest(`${tenantId}\u0000${key}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
