import { ValidationFailed } from '@deskstream/kernel';

/** References are per tenant and start at INC0001001, so that the first ones already look established. */
export const FIRST_REFERENCE_NUMBER = 1001;
const PATTERN = /^INC(\d{7,})$/;

export function formatReference(sequence: number): string {
  return `INC${String(sequence).padStart(7, '0')}`;
}

export function isReference(value: string): boolean {
  return PATTERN.test(value);
}

/** The sequence number behind a reference, or a validation error for anything else. */
export function referenceNumber(reference: string): number {
  const match = PATTERN.exec(reference);
  const sequence = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(sequence) || sequence < FIRST_REFERENCE_NUMBER) {
    throw new ValidationFailed([{ field: 'reference', message: `not an incident reference: ${reference}` }]);
  }
  return sequence;
}
