import { MAX_TICKET_TEXT_LENGTH, ValidationFailed, type FieldError } from '@deskstream/kernel';

/** Notes, descriptions and resolution notes are bounded so that one record cannot swallow the store. */
export const MAX_TEXT_LENGTH = MAX_TICKET_TEXT_LENGTH;
export const MAX_SHORT_TEXT_LENGTH = 200;

export function textErrors(field: string, value: unknown, max = MAX_TEXT_LENGTH, required = true): FieldError[] {
  if (value === undefined || value === null || value === '') {
    return required ? [{ field, message: `${field} is required` }] : [];
  }
  if (typeof value !== 'string') return [{ field, message: `${field} must be text` }];
  if (required && value.trim() === '') return [{ field, message: `${field} is required` }];
  if (value.length > max) return [{ field, message: `${field} must be at most ${max} characters` }];
  return [];
}

/** Counts and ratings (minutes, days, a score) are whole numbers within a stated range. */
export function wholeNumberErrors(field: string, value: number, min: number, max: number): FieldError[] {
  return Number.isInteger(value) && value >= min && value <= max ? [] : [{ field, message: `${field} must be a whole number from ${min} to ${max}` }];
}

export function ensureValid(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new ValidationFailed([...errors]);
}
