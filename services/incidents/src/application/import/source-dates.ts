import { DateTime, IANAZone } from 'luxon';
import { ValidationFailed } from '@deskstream/kernel';
import type { DateReader } from '../../domain/import/servicenow-row';

export const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd HH:mm:ss';

/**
 * Reads dates in a source desk's display format and time zone (luxon tokens, an IANA zone) into ISO
 * instants. The format is compiled once, and since an export repeats the same times on many rows
 * (opened_at on every update) each text is parsed once.
 */
export function sourceDateReader(format = DEFAULT_DATE_FORMAT, timeZone = 'UTC'): DateReader {
  if (!IANAZone.isValidZone(timeZone)) {
    throw new ValidationFailed([{ field: 'timeZone', message: `unknown time zone '${timeZone}': an IANA name such as Europe/Berlin or UTC` }]);
  }
  const parser = DateTime.buildFormatParser(format);
  const seen = new Map<string, string | null>();
  return (text) => {
    let iso = seen.get(text);
    if (iso === undefined) {
      const parsed = DateTime.fromFormatParser(text, parser, { zone: timeZone });
      iso = parsed.isValid ? parsed.toUTC().toISO() : null;
      if (seen.size > 200_000) seen.clear();
      seen.set(text, iso);
    }
    return iso;
  };
}
