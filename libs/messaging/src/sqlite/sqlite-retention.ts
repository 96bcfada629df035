import { releaseFreePages, type Sqlite } from '@deskstream/sqlite';
import type { SqliteInbox } from './sqlite-inbox';
import type { SqliteIntegrationBus } from './sqlite-integration-bus';

export interface SqliteRetentionSettings {
  /** Delivered bus messages older than this go. */
  readonly busMessagesMs: number;
  /** Handled inbox ids older than this go. */
  readonly inboxMs: number;
  readonly intervalMs: number;
  readonly now?: () => number;
}

export interface RetentionRun {
  readonly busMessages: number;
  readonly inboxEntries: number;
}

/**
 * Keeps the embedded bus log and inbox within their retention: compacts every interval in the
 * background (a timer that does not hold the process open) and hands the freed pages back to the
 * file system. A failed run (the file busy for longer than busy_timeout) is simply the next run's work.
 */
export class SqliteRetention {
  private readonly timer: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(
    private readonly db: Sqlite,
    private readonly parts: { readonly bus?: SqliteIntegrationBus; readonly inbox?: SqliteInbox },
    private readonly settings: SqliteRetentionSettings,
  ) {
    this.now = settings.now ?? Date.now;
    this.timer = setInterval(() => {
      try {
        this.runOnce();
      } catch {
        // the next interval tries again
      }
    }, settings.intervalMs);
    this.timer.unref();
  }

  runOnce(): RetentionRun {
    const now = this.now();
    const busMessages = this.parts.bus?.compact(now - this.settings.busMessagesMs) ?? 0;
    const inboxEntries = this.parts.inbox?.expire(now - this.settings.inboxMs) ?? 0;
    if (busMessages + inboxEntries > 0) releaseFreePages(this.db);
    return { busMessages, inboxEntries };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
