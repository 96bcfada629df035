import { DateTime, IANAZone } from 'luxon';
import { ValidationFailed } from '@deskstream/kernel';
import type { DateReader } from '../../domain/import/servicenow-row';
import { numericUtcDateReader } from './numeric-utc-dates';

export const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd HH:mm:ss';

/** Zone names that are UTC itself: a numeric format is read there without luxon. */
const UTC_NAMES = new Set(['UTC', 'ETC/UTC', 'GMT', 'ETC/GMT', 'UNIVERSAL', 'ZULU']);

/**
 * Reads dates in a source desk's display format and time zone (luxon tokens, an IANA zone) into ISO
 * instants. The format is compiled once, and since an export repeats the same times on many rows
 * (opened_at on every update) each text is parsed once. A numeric format in UTC is read without
 * luxon (numericUtcDateReader), which leaves it only the texts that are not plainly valid.
 */
export function sourceDateReader(format = DEFAULT_DATE_FORMAT, timeZone = 'UTC'): DateReader {
  if (!IANAZone.isValidZone(timeZone)) {
    throw new ValidationFailed([{ field: 'timeZone', message: `unknown time zone '${timeZone}': an IANA name such as Europe/Berlin or UTC` }]);
  }
  const parser = DateTime.buildFormatParser(format);
  const quick = UTC_NAMES.has(timeZone.toUpperCase()) ? numericUtcDateReader(format) : null;
  const seen = new Map<string, string | null>();
  const parse = (text: string) => {
    const parsed = DateTime.fromFormatParser(text, parser, { zone: timeZone });
    return parsed.isValid ? parsed.toUTC().toISO() : null;
  };
  return (text) => {
    let iso = seen.get(text);
    if (iso === undefined) {
      iso = quick?.(text) ?? parse(text);
      if (seen.size > 200_000) seen.clear();
      seen.set(text, iso);
    }
    return iso;
  };
}
