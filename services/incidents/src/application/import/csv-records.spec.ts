import { Readable } from 'node:stream';
import { readCsv, type CsvProblem, type CsvRecord } from './csv-records';

async function read(text: string): Promise<{ records: CsvRecord[]; problems: CsvProblem[] }> {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  await readCsv(
    Readable.from([text]),
    (record) => records.push(record),
    (problem) => problems.push(problem),
  );
  return { records, problems };
}

describe('readCsv', () => {
  it('keys each record by the header, trimmed and without a byte-order mark, numbering rows as a spreadsheet does', async () => {
    const { records, problems } = await read('\uFEFFnumber, incident_state \nINC0001001,New\nINC0001001,"In Progress"\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 2, record: { number: 'INC0001001', incident_state: 'New' } },
      { line: 3, record: { number: 'INC0001001', incident_state: 'In Progress' } },
    ]);
  });

  it('skips lines that hold nothing but separators and spaces', async () => {
    const { records, problems } = await read('number,state\n\nINC0001001,New\n , \n,\nINC0001002,Closed\n\n');
    expect(problems).toEqual([]);
    expect(records.map((record) => record.record)).toEqual([
      { number: 'INC0001001', state: 'New' },
      { number: 'INC0001002', state: 'Closed' },
    ]);
  });

  it('numbers a repeated column name, so that neither value is lost', async () => {
    const { records } = await read('number,state,state\nINC0001001,New,2\n');
    expect(records[0]?.record).toEqual({ number: 'INC0001001', state: 'New', state_1: '2' });
  });

  it('reports a row with too few or too many fields, or a stray quote, by its row, and reads on', async () => {
    const { records, problems } = await read('number,state\nINC0001001\nINC0001002,New,extra\nINC0001003,"New\nINC0001004,Closed\n');
    expect(problems.map((problem) => problem.line)).toEqual([2, 3, 4]);
    expect(problems[0]?.reason).toBe('Too few fields: expected 2 fields but parsed 1');
    expect(problems[1]?.reason).toBe('Too many fields: expected 2 fields but parsed 3');
    expect(records.map((record) => record.record.number)).not.toContain('INC0001002');
  });
});
