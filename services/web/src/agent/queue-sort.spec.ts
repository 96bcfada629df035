import { DEFAULT_QUEUE_SORT, queueSortOf } from './queue-sort';

describe('the queue order asked for in the address', () => {
  it('passes an order the queue offers to the API as it is', () => {
    expect(queueSortOf('slaDue')).toBe('slaDue');
    expect(queueSortOf('-slaDue')).toBe('-slaDue');
    expect(queueSortOf('-age')).toBe('-age');
  });

  it('falls back to priority, then oldest first, for none or one it does not offer', () => {
    expect(DEFAULT_QUEUE_SORT).toBe('priority,age');
    expect(queueSortOf(null)).toBe('priority,age');
    expect(queueSortOf('status')).toBe('priority,age');
    expect(queueSortOf('sla')).toBe('priority,age');
  });
});
