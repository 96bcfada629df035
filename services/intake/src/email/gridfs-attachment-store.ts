import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import mongoose from 'mongoose';
import { safeFilename, type AttachmentStore, type AttachmentToStore, type StoredAttachment } from './attachment-store.port';

const BUCKET = 'attachments';

interface AttachmentMetadata {
  readonly tenantId: string;
  readonly ticketId: string;
  readonly contentType: string;
}

/**
 * Attachments in MongoDB GridFS (production): one bucket, the tenant and ticket in each file's metadata,
 * and every lookup filtered by them, so a file is never found under another tenant.
 */
export class GridFsAttachmentStore implements AttachmentStore {
  private readonly bucket: mongoose.mongo.GridFSBucket;
  private indexed?: Promise<unknown>;

  /** Opens its own connection, closed with the store. */
  static async connect(url: string): Promise<GridFsAttachmentStore> {
    return new GridFsAttachmentStore(await mongoose.createConnection(url).asPromise(), true);
  }

  constructor(
    private readonly connection: mongoose.Connection,
    private readonly ownsConnection = false,
  ) {
    if (!connection.db) throw new Error('GridFsAttachmentStore needs an open MongoDB connection');
    this.bucket = new mongoose.mongo.GridFSBucket(connection.db, { bucketName: BUCKET });
  }

  async save(attachment: AttachmentToStore): Promise<StoredAttachment> {
    await this.ensureIndex();
    const filename = safeFilename(attachment.filename);
    const metadata: AttachmentMetadata = { tenantId: attachment.tenantId, ticketId: attachment.ticketId, contentType: attachment.contentType };
    const upload = this.bucket.openUploadStream(filename, { metadata });
    await pipeline(Readable.from([attachment.content]), upload);
    return { id: upload.id.toHexString(), ...metadata, filename, size: attachment.content.length };
  }

  async list(tenantId: string, ticketId: string): Promise<StoredAttachment[]> {
    await this.ensureIndex();
    const files = await this.bucket.find({ 'metadata.tenantId': tenantId, 'metadata.ticketId': ticketId }).sort({ uploadDate: 1, _id: 1 }).toArray();
    return files.map((file) => ({
      id: file._id.toHexString(),
      tenantId,
      ticketId,
      filename: file.filename,
      contentType: (file.metadata as AttachmentMetadata).contentType,
      size: file.length,
    }));
  }

  async read(tenantId: string, ticketId: string, id: string): Promise<Buffer | null> {
    if (!mongoose.mongo.ObjectId.isValid(id)) return null;
    const _id = new mongoose.mongo.ObjectId(id);
    const [file] = await this.bucket.find({ _id, 'metadata.tenantId': tenantId, 'metadata.ticketId': ticketId }).limit(1).toArray();
    if (!file) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of this.bucket.openDownloadStream(_id)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Removes every file of a deleted tenant with its chunks; returns how many files went (run again: 0). */
  async purgeTenant(tenantId: string): Promise<number> {
    await this.ensureIndex();
    const files = await this.bucket.find({ 'metadata.tenantId': tenantId }, { projection: { _id: 1 } }).toArray();
    for (const file of files) await this.bucket.delete(file._id);
    return files.length;
  }

  /** Every lookup is by tenant and ticket, in upload order (a tenant's purge by its prefix): without this index each one scans every file. */
  private ensureIndex(): Promise<unknown> {
    this.indexed ??= this.connection
      .db!.collection(`${BUCKET}.files`)
      .createIndex({ 'metadata.tenantId': 1, 'metadata.ticketId': 1, uploadDate: 1 }, { name: 'tenant_ticket' })
      .catch((error: unknown) => {
        this.indexed = undefined;
        throw error;
      });
    return this.indexed;
  }

  async close(): Promise<void> {
    if (this.ownsConnection) await this.connection.close();
  }
}
