const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function addMinutes(at: string, minutes: number): string {
  return new Date(Date.parse(at) + minutes * MINUTE).toISOString();
}

/** Resolved incidents close by themselves once the tenant's quiet period has passed without a word. */
export function autoCloseDue(resolvedAt: string, quietPeriodDays: number): string {
  return new Date(Date.parse(resolvedAt) + quietPeriodDays * DAY).toISOString();
}

/** A closed incident can be reopened within the tenant's reopen window, counted from its closure. */
export function withinReopenWindow(closedAt: string, at: string, reopenWindowDays: number): boolean {
  return Date.parse(at) - Date.parse(closedAt) <= reopenWindowDays * DAY;
}

export function isNotBefore(at: string, due: string): boolean {
  return Date.parse(at) >= Date.parse(due);
}
