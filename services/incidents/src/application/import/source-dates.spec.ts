import { DateTime } from 'luxon';
import { sourceDateReader } from './source-dates';

const luxon = (text: string, format: string, zone: string) => {
  const parsed = DateTime.fromFormat(text, format, { zone });
  return parsed.isValid ? parsed.toUTC().toISO() : null;
};

describe('sourceDateReader', () => {
  it('reads a numeric format in UTC exactly as luxon does, valid or not', () => {
    const cases: [string, string[]][] = [
      [
        'd/M/yyyy HH:mm',
        [
          '3/1/2025 08:12',
          '31/12/2025 23:59',
          '29/2/2024 00:00',
          '29/2/2025 10:00',
          '31/4/2025 10:00',
          '1/13/2025 10:00',
          '1/1/2025 24:00',
          '1/1/2025 7:60',
          '01/01/0999 10:00',
          '1/1/2025',
          'x',
        ],
      ],
      ['yyyy-MM-dd HH:mm:ss', ['2025-03-03 08:12:00', '2025-3-03 08:12:00', '2025-03-03 08:12:61', '2025-03-03T08:12:00', '2025-03-03 08:12:00 ']],
      ['yyyy-MM-dd HH:mm:ss.SSS', ['2025-03-03 08:12:00.250', '2025-03-03 08:12:00.25']],
    ];
    for (const [format, texts] of cases) {
      const read = sourceDateReader(format, 'UTC');
      for (const text of texts) expect([format, text, read(text)]).toEqual([format, text, luxon(text, format, 'UTC')]);
    }
  });

  it('reads in the source time zone, and formats with names of months through luxon', () => {
    expect(sourceDateReader('yyyy-MM-dd HH:mm', 'Europe/Berlin')('2025-03-03 09:05')).toBe('2025-03-03T08:05:00.000Z');
    expect(sourceDateReader('d MMM yyyy HH:mm', 'UTC')('3 Mar 2025 09:05')).toBe('2025-03-03T09:05:00.000Z');
    expect(sourceDateReader('dd/MM/yy HH:mm', 'Etc/UTC')('03/03/25 09:05')).toBe('2025-03-03T09:05:00.000Z');
  });
});
