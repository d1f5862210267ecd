import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { GridFSBucket, ObjectId, type GridFSFile } from 'mongodb';
import type { Connection } from 'mongoose';
import type { AttachmentRef } from '@sunshine/contracts';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import type { AcceptedType } from './magic-bytes';

export interface AttachmentMetadata {
  contentType: AcceptedType;
  sha256: string;
  /** The petition that took it; null while unclaimed (removed after a day). */
  claimedBy: string | null;
}

/**
 * Attachments in GridFS (bucket `attachments`), within what both FerretDB and MongoDB serve.
 * Uploaded first, then claimed by exactly one petition when it is registered.
 */
@Injectable()
export class AttachmentRepository {
  private readonly bucket: GridFSBucket;
  /** The bucket's file documents, for claiming and listing (the bucket's own API has no conditional update). */
  private readonly files: SafeCollection<GridFSFile>;

  constructor(@InjectConnection() connection: Connection) {
    // GridFS streams file chunks by id and takes no filter from a caller: it needs the driver's database.
    // eslint-disable-next-line no-restricted-syntax
    this.bucket = new GridFSBucket(connection.db!, { bucketName: 'attachments' });
    this.files = safeCollection<GridFSFile>(connection, 'attachments.files');
  }

  async store(bytes: Buffer, contentType: AcceptedType): Promise<AttachmentRef & { sha256: string }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const metadata: AttachmentMetadata = { contentType, sha256, claimedBy: null };
    const upload = this.bucket.openUploadStream(`${sha256}.${contentType.split('/')[1]}`, { metadata });
    await new Promise<void>((resolve, reject) => {
      Readable.from([bytes]).pipe(upload).on('finish', () => resolve()).on('error', reject);
    });
    return { id: upload.id.toHexString(), contentType, size: bytes.length, sha256 };
  }

  /**
   * Claim unclaimed attachments for a petition: each attachment belongs to one petition only.
   * A retry for the same petition finds them already its own. Returns undefined when any is
   * unknown or belongs to another petition (after giving back what this call took).
   */
  async claim(ids: readonly string[], petitionId: string): Promise<AttachmentRef[] | undefined> {
    const refs: AttachmentRef[] = [];
    const taken: ObjectId[] = [];
    for (const id of ids) {
      if (!ObjectId.isValid(id)) return this.giveBack(taken, undefined);
      const _id = new ObjectId(id);
      const result = await this.files.updateOne({ _id, 'metadata.claimedBy': null }, { $set: { 'metadata.claimedBy': petitionId } });
      const file = await this.files.findOne({ _id });
      if (!file || file.metadata?.claimedBy !== petitionId) return this.giveBack(taken, undefined);
      if (result.modifiedCount === 1) taken.push(_id);
      refs.push({ id, contentType: file.metadata.contentType, size: file.length });
    }
    return refs;
  }

  private async giveBack(ids: ObjectId[], value: undefined): Promise<undefined> {
    for (const _id of ids) await this.files.updateOne({ _id }, { $set: { 'metadata.claimedBy': null } });
    return value;
  }

  async open(id: string): Promise<{ metadata: AttachmentMetadata; length: number; stream: NodeJS.ReadableStream } | undefined> {
    if (!ObjectId.isValid(id)) return undefined;
    const file = await this.files.findOne({ _id: new ObjectId(id) });
    if (!file) return undefined;
    return { metadata: file.metadata as AttachmentMetadata, length: file.length, stream: this.bucket.openDownloadStream(file._id) };
  }

  /** Remove uploads no petition claimed (abandoned forms). */
  async purgeUnclaimed(olderThan: Date): Promise<number> {
    const stale = await this.files.find({ 'metadata.claimedBy': null, uploadDate: trusted({ $lt: olderThan }) }, { projection: { _id: 1 } }).toArray();
    for (const file of stale) await this.bucket.delete(file._id);
    return stale.length;
  }
}
