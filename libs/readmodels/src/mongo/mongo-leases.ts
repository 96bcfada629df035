import type { Clock, Leases } from '@deskstream/kernel';
import type mongoose from 'mongoose';
import { databaseOf } from './mongo-document-store';

/** One term of a lease: a new owner starts a new term (epoch), so no two owners ever write one document. */
interface LeaseTerm {
  _id: string;
  name: string;
  epoch: number;
  owner: string;
  until: Date;
}

export interface MongoLeasesOptions {
  /** This replica's name. */
  readonly owner: string;
  /** How long a lease lasts without renewal; another replica takes over after it. Default 15 s. */
  readonly ttlMs?: number;
  readonly clock: Clock;
}

const DUPLICATE_KEY = 11000;

/**
 * Named leases in the `leases` collection, so that one replica (the owner) runs what must run once:
 * the gateway, each projection. A term is taken by inserting `<name>#<epoch>`: the unique `_id` lets
 * exactly one contender win, on any MongoDB-protocol server (an insert is atomic where a
 * find-and-modify may not be) and on sharded collections. Only the owner writes its term, to renew
 * it; a replica takes over once the term has run out, by inserting the next one.
 */
export class MongoLeases implements Leases {
  readonly ttlMs: number;
  private indexed?: Promise<unknown>;

  constructor(
    private readonly connection: mongoose.Connection,
    private readonly options: MongoLeasesOptions,
  ) {
    this.ttlMs = options.ttlMs ?? 15_000;
  }

  /** Takes or renews the lease; true while this replica holds it, false while another does. */
  async acquire(name: string): Promise<boolean> {
    await this.ensureIndex();
    const now = this.options.clock.now();
    const until = new Date(now.getTime() + this.ttlMs);
    const latest = await this.latest(name);
    if (latest && latest.until > now) {
      if (latest.owner !== this.options.owner) return false;
      await this.terms().updateOne({ _id: latest._id, owner: this.options.owner }, { $set: { until } });
      // A term that ran out before this renewal may have been taken meanwhile.
      return (await this.latest(name))?.epoch === latest.epoch;
    }
    const epoch = (latest?.epoch ?? 0) + 1;
    try {
      await this.terms().insertOne({ _id: `${name}#${epoch}`, name, epoch, owner: this.options.owner, until });
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
    await this.terms().deleteMany({ name, epoch: { $lt: epoch - 1 } });
    return true;
  }

  /** Gives the lease up at once (a graceful stop), so another replica need not wait for it to run out. */
  async release(name: string): Promise<void> {
    await this.terms().updateOne({ name, owner: this.options.owner, until: { $gt: new Date(0) } }, { $set: { until: new Date(0) } });
  }

  /** Who holds the lease now, if anyone. */
  async holder(name: string): Promise<string | null> {
    const latest = await this.latest(name);
    return latest && latest.until > this.options.clock.now() ? latest.owner : null;
  }

  private latest(name: string): Promise<LeaseTerm | null> {
    return this.terms().findOne({ name }, { sort: { epoch: -1 } });
  }

  private terms(): mongoose.mongo.Collection<LeaseTerm> {
    return databaseOf(this.connection).collection<LeaseTerm>('leases');
  }

  private ensureIndex(): Promise<unknown> {
    this.indexed ??= this.terms()
      .createIndex({ name: 1, epoch: -1 })
      .catch((error: unknown) => {
        this.indexed = undefined;
        throw error;
      });
    return this.indexed;
  }
}
