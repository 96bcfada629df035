/** The queue's orders, as the API's `sort` parameter takes them: the API sorts, across every page. */
export const QUEUE_SORTS = [
  { value: 'priority,age', label: 'Priority' },
  { value: 'age', label: 'Age (oldest first)' },
  { value: '-age', label: 'Age (newest first)' },
  { value: 'slaDue', label: 'SLA due (soonest first)' },
  { value: '-slaDue', label: 'SLA due (latest first)' },
] as const;

export const DEFAULT_QUEUE_SORT = QUEUE_SORTS[0].value;

/** The order the address asks for, if it is one the queue offers; else priority, then oldest first. */
export function queueSortOf(requested: string | null): string {
  return QUEUE_SORTS.some((sort) => sort.value === requested) ? requested! : DEFAULT_QUEUE_SORT;
}
