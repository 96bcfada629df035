/** Words too common to say two incidents are about the same thing. */
const STOP_WORDS = new Set([
  'the',
  'and',
  'for',
  'not',
  'cannot',
  'can',
  'with',
  'does',
  'from',
  'this',
  'that',
  'since',
  'after',
  'when',
  'our',
  'are',
  'was',
  'has',
  'have',
  'any',
  'all',
]);

export function tokens(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3 && !STOP_WORDS.has(word)),
  );
}

/** Share of common words (Jaccard index): enough to tell "mail won't send" clusters from "printer jam" ones. */
export function overlap(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.size === 0 || right.size === 0) return 0;
  let common = 0;
  for (const word of left) if (right.has(word)) common += 1;
  return common / (left.size + right.size - common);
}

export function similar(a: string, b: string, minimum: number | null): boolean {
  return minimum === null || overlap(a, b) >= minimum;
}

const DIMENSION_NAMES: Record<string, string> = { service: 'service', configurationItem: 'configuration item', category: 'category', major: 'major incident' };

export function describeWindow(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `${minutes / (24 * 60)} day(s)`;
  if (minutes % 60 === 0) return `${minutes / 60} hour(s)`;
  return `${minutes} minute(s)`;
}

/** Why the candidate was raised, in the words a problem manager reads in the list. */
export function candidateReason(dimension: string, value: string, count: number, windowMinutes: number): string {
  if (dimension === 'major') return `Major incident ${value}`;
  return `${count} incidents on ${DIMENSION_NAMES[dimension] ?? dimension} ${value} within ${describeWindow(windowMinutes)}`;
}
