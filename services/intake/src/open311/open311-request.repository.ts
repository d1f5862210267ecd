import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';

/**
 * The public facts of a request that came in through Open311, keyed by its service_request_id
 * (the case number). Only what GET may show: the description and address already masked, no
 * name, phone or e-mail (those live sealed in the petition).
 */
export interface Open311RequestRecord {
  _id: string; // case number = service_request_id
  petitionId: string;
  token: string;
  serviceCode: string;
  requestedAt: Date;
  confidential: boolean;
  description: string;
  address?: string;
  addressId?: string;
  lat?: number;
  long?: number;
  mediaUrl?: string;
  /** Which API key posted it (a digest prefix, never the key). */
  apiKeyId: string;
}

interface TokenRecord {
  _id: string; // token
  caseNumber: string;
}

export interface RequestQuery {
  from: Date;
  to: Date;
  serviceCodes?: string[];
  limit: number;
}

/** Collections `open311_requests` (by case number) and `open311_tokens` (token → case number). */
@Injectable()
export class Open311RequestRepository {
  private readonly requests: SafeCollection<Open311RequestRecord>;
  private readonly tokens: SafeCollection<TokenRecord>;

  constructor(@InjectConnection() connection: Connection) {
    this.requests = safeCollection<Open311RequestRecord>(connection, 'open311_requests');
    this.tokens = safeCollection<TokenRecord>(connection, 'open311_tokens');
  }

  /** Idempotent: a replayed POST writes nothing new. */
  async save(record: Open311RequestRecord): Promise<void> {
    const { _id, ...fields } = record;
    await this.tokens.updateOne({ _id: record.token }, { $setOnInsert: { caseNumber: _id } }, { upsert: true });
    await this.requests.updateOne({ _id }, { $setOnInsert: fields }, { upsert: true });
  }

  async byId(serviceRequestId: string): Promise<Open311RequestRecord | null> {
    return this.requests.findOne({ _id: serviceRequestId });
  }

  async byIds(ids: readonly string[]): Promise<Open311RequestRecord[]> {
    return ids.length ? this.requests.find({ _id: trusted({ $in: [...ids] }) }).toArray() : [];
  }

  async caseNumberOfToken(token: string): Promise<string | undefined> {
    return (await this.tokens.findOne({ _id: token }))?.caseNumber;
  }

  /** Public requests received in a window, newest first (a listing: scanning is fine here). */
  async find(query: RequestQuery): Promise<Open311RequestRecord[]> {
    return this.requests
      .find({
        requestedAt: trusted({ $gte: query.from, $lte: query.to }),
        confidential: false,
        ...(query.serviceCodes ? { serviceCode: trusted({ $in: query.serviceCodes }) } : {}),
      })
      .sort({ requestedAt: -1 })
      .limit(query.limit)
      .toArray();
  }
}
