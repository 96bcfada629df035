import type { CheckpointStore } from '@deskstream/kernel';
import type mongoose from 'mongoose';
import { databaseOf } from './mongo-document-store';

interface CheckpointDocument {
  _id: string;
  position: number;
}

/**
 * Checkpoints of projections and the gateway, in the database of the read models they describe.
 * A save never moves a checkpoint back (`$max`): a replica that lagged, or a write that was retried
 * late, cannot rewind it and make a projection re-apply, or the gateway re-publish, what is done.
 */
export class MongoCheckpointStore implements CheckpointStore {
  constructor(private readonly connection: mongoose.Connection) {}

  async load(name: string): Promise<number | undefined> {
    const found = await this.checkpoints().findOne({ _id: name });
    return found?.position;
  }

  async save(name: string, position: number): Promise<void> {
    await this.checkpoints().updateOne({ _id: name }, { $max: { position } }, { upsert: true });
  }

  private checkpoints(): mongoose.mongo.Collection<CheckpointDocument> {
    return databaseOf(this.connection).collection<CheckpointDocument>('checkpoints');
  }
}
