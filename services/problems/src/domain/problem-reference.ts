/** References are per tenant and start at PRB0001001, like incident references start at INC0001001. */
export const FIRST_REFERENCE_NUMBER = 1001;
const PATTERN = /^PRB(\d{7,})$/;

export function formatReference(sequence: number): string {
  return `PRB${String(sequence).padStart(7, '0')}`;
}

export function isReference(value: string): boolean {
  return PATTERN.test(value);
}

/** The sequence number behind a reference, or null for anything that is not one. */
export function referenceNumber(reference: string): number | null {
  const match = PATTERN.exec(reference);
  const sequence = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(sequence) && sequence >= FIRST_REFERENCE_NUMBER ? sequence : null;
}
