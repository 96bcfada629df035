import { AppendTimes } from './append-times';

describe('AppendTimes', () => {
  it('gives each event the time of the append that wrote it', () => {
    const times = new AppendTimes();
    times.record(3, 1000);
    times.record(7, 2000);
    times.record(8, 3000);
    expect(times.timeOf(3)).toBe(1000);
    expect(times.timeOf(5)).toBe(2000);
    expect(times.timeOf(7)).toBe(2000);
    expect(times.timeOf(8)).toBe(3000);
  });

  it('knows nothing of events before the first append kept, or after the last', () => {
    const times = new AppendTimes();
    expect(times.timeOf(1)).toBeUndefined();
    times.record(3, 1000);
    times.record(7, 2000);
    expect(times.timeOf(2)).toBeUndefined();
    expect(times.timeOf(9)).toBeUndefined();
  });

  it('keeps the newest appends once the ring has gone round', () => {
    const times = new AppendTimes();
    for (let append = 1; append <= 20_000; append += 1) times.record(append * 2, append);
    expect(times.timeOf(40_000)).toBe(20_000);
    expect(times.timeOf(39_999)).toBe(20_000);
    expect(times.timeOf(10_000)).toBe(5_000);
    expect(times.timeOf(4)).toBeUndefined();
  });
});
