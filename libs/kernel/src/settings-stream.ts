import type { IdGenerator } from './clock';
import { ConcurrencyConflict, PreconditionFailed } from './errors';
import type { EventStore } from './event-store.port';
import { eventMetadata, type CommandContext } from './metadata';

export type VersionedSettings<Settings> = Settings & { readonly revision: number };

/** PUT replaces (what is left out takes its default); PATCH merges (what is left out keeps its value). */
export type SettingsWrite = 'replace' | 'merge';

export interface SettingsStreamOptions<Settings> {
  readonly streamOf: (tenantId: string) => string;
  readonly eventType: string;
  readonly defaults: Settings;
  /** The pure rule that applies a change to the current settings (and refuses invalid ones). */
  readonly apply: (current: Settings, change: Partial<Settings>) => Settings;
}

/** A change as a client sends it: settings it names, a null for one whose own value it removes. */
export type SettingsChange<Settings> = { readonly [K in keyof Settings]?: Settings[K] | null };

/**
 * A setting given as null is the tenant's own value removed (JSON Merge Patch), so its default
 * applies again; settings left out (or undefined) stay out.
 */
export function nullsAsDefaults<Settings extends object>(change: SettingsChange<Settings>, defaults: Settings): Partial<Settings> {
  return Object.fromEntries(
    Object.entries(change)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, value === null && key in defaults ? defaults[key as keyof Settings] : value]),
  ) as Partial<Settings>;
}

/**
 * A tenant's settings as a stream of changes (audited like everything else); the latest event holds
 * the whole settings, so reading them is one event. Tenants that never changed them get the defaults.
 */
export class SettingsStream<Settings extends object> {
  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
    private readonly options: SettingsStreamOptions<Settings>,
  ) {}

  async get(tenantId: string): Promise<VersionedSettings<Settings>> {
    const { settings, revision } = await this.latest(tenantId);
    return { ...settings, revision };
  }

  get defaults(): Settings {
    return this.options.defaults;
  }

  /**
   * Without `expectedRevision` the change applies to what was just read; with it, to what the client
   * saw (412 when that is no longer current). `merge` applies it to the current settings, `replace` to the defaults.
   */
  async change(
    context: CommandContext,
    change: Partial<Settings>,
    occurredAt: string,
    expectedRevision?: number,
    write: SettingsWrite = 'merge',
  ): Promise<VersionedSettings<Settings>> {
    const { settings, revision } = await this.latest(context.tenantId);
    if (expectedRevision !== undefined && expectedRevision !== revision) throw new PreconditionFailed(String(expectedRevision), String(revision));
    const next = this.options.apply(write === 'replace' ? this.options.defaults : settings, nullsAsDefaults(change, this.options.defaults));
    try {
      const result = await this.store.appendToStream(
        this.options.streamOf(context.tenantId),
        [{ eventId: this.ids.next(), type: this.options.eventType, data: next, metadata: eventMetadata(context, occurredAt) }],
        { expectedRevision: revision < 0 ? 'no_stream' : revision },
      );
      return { ...next, revision: result.nextExpectedRevision };
    } catch (error) {
      // Another change landed between the read and the append: for a client pinning what it saw, its If-Match is stale.
      if (expectedRevision !== undefined && error instanceof ConcurrencyConflict) throw new PreconditionFailed(String(expectedRevision), error.actual);
      throw error;
    }
  }

  private async latest(tenantId: string): Promise<{ settings: Settings; revision: number }> {
    const [last] = await this.store.readStream(this.options.streamOf(tenantId), { direction: 'backwards', maxCount: 1 });
    return last ? { settings: last.data as Settings, revision: last.revision } : { settings: this.options.defaults, revision: -1 };
  }
}
