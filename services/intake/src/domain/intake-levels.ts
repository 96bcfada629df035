import type { FieldError } from '@deskstream/kernel';

/** Impact and urgency as ITIL uses them: 1 high, 2 medium, 3 low. */
export type Level = 1 | 2 | 3;
export type TicketKind = 'incident' | 'service-request';
export const TICKET_KINDS: readonly TicketKind[] = ['incident', 'service-request'];

export const CHANNELS = ['portal', 'email', 'chat', 'phone', 'api', 'monitoring'] as const;
export type Channel = (typeof CHANNELS)[number];

export const isLevel = (value: unknown): value is Level => value === 1 || value === 2 || value === 3;

export function levelErrors(field: string, value: unknown): FieldError[] {
  return isLevel(value) ? [] : [{ field, message: `${field} must be 1, 2 or 3` }];
}

export function textErrors(field: string, value: unknown, max: number, required = true): FieldError[] {
  if (value === undefined || value === null || value === '') return required ? [{ field, message: `${field} is required` }] : [];
  if (typeof value !== 'string' || (required && value.trim() === '')) return [{ field, message: `${field} must be non-empty text` }];
  if (value.length > max) return [{ field, message: `${field} must be at most ${max} characters` }];
  return [];
}
