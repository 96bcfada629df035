import { ValidationFailed, type FieldError } from '@deskstream/kernel';

/** Texts are bounded so that one record cannot swallow the store. */
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_SHORT_TEXT_LENGTH = 200;

export function textErrors(field: string, value: unknown, max = MAX_TEXT_LENGTH, required = true): FieldError[] {
  if (value === undefined || value === null || value === '') return required ? [{ field, message: `${field} is required` }] : [];
  if (typeof value !== 'string') return [{ field, message: `${field} must be text` }];
  if (required && value.trim() === '') return [{ field, message: `${field} is required` }];
  if (value.length > max) return [{ field, message: `${field} must be at most ${max} characters` }];
  return [];
}

export function ensureValid(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new ValidationFailed([...errors]);
}

export function isTime(value: string): boolean {
  return !Number.isNaN(Date.parse(value));
}
