/** The numeric luxon tokens read without luxon, with the digits each takes. */
const TOKENS: Record<string, { readonly unit: Unit; readonly digits: string }> = {
  yyyy: { unit: 'year', digits: '\\d{4}' },
  M: { unit: 'month', digits: '\\d{1,2}' },
  MM: { unit: 'month', digits: '\\d{2}' },
  d: { unit: 'day', digits: '\\d{1,2}' },
  dd: { unit: 'day', digits: '\\d{2}' },
  H: { unit: 'hour', digits: '\\d{1,2}' },
  HH: { unit: 'hour', digits: '\\d{2}' },
  m: { unit: 'minute', digits: '\\d{1,2}' },
  mm: { unit: 'minute', digits: '\\d{2}' },
  s: { unit: 'second', digits: '\\d{1,2}' },
  ss: { unit: 'second', digits: '\\d{2}' },
  SSS: { unit: 'millisecond', digits: '\\d{3}' },
};
type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A reader for dates in UTC written in a format of numeric tokens and separators only (`yyyy-MM-dd
 * HH:mm:ss`, `d/M/yyyy HH:mm`): a regular expression and Date.UTC, five times faster than luxon's
 * parser, which takes about a second for the 140,000 distinct times of an export's `sys_updated_at`.
 * It answers only for texts that are plainly valid (a year from 1000, every field in its range) and
 * returns undefined for anything else, which luxon then decides. Null when the format has other
 * tokens (names of months, quoted text, two-digit years): luxon reads all of it then.
 */
export function numericUtcDateReader(format: string): ((text: string) => string | undefined) | null {
  const units: Unit[] = [];
  let pattern = '';
  for (const part of format.match(/([a-zA-Z])\1*|[^a-zA-Z]+/g) ?? []) {
    const token = TOKENS[part];
    if (token) {
      if (units.includes(token.unit)) return null;
      units.push(token.unit);
      pattern += `(${token.digits})`;
    } else if (/[a-zA-Z']/.test(part)) return null;
    else pattern += escape(part);
  }
  if (!['year', 'month', 'day'].every((unit) => units.includes(unit as Unit))) return null;
  const regex = new RegExp(`^${pattern}$`);
  return (text) => {
    const match = regex.exec(text);
    if (!match) return undefined;
    const at = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
    units.forEach((unit, i) => (at[unit] = Number(match[i + 1])));
    const ms = Date.UTC(at.year, at.month - 1, at.day, at.hour, at.minute, at.second, at.millisecond);
    const date = new Date(ms);
    const plain = at.year >= 1000 && at.hour < 24 && at.minute < 60 && at.second < 60 && date.getUTCMonth() === at.month - 1 && date.getUTCDate() === at.day;
    return plain ? date.toISOString() : undefined;
  };
}
