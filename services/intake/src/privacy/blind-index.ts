import { createHmac } from 'node:crypto';

export type BlindIndexField = 'phone' | 'idNumber' | 'nameAddress' | 'email' | 'name';

/**
 * Blind indexes: HMAC-SHA256 of a normalised value under a secret key. Equal values give equal
 * indexes, so routing can recognise the same petitioner, but nobody without the key can test a
 * guess (a plain hash of a phone number is reversed by enumerating all numbers in minutes).
 * The field name is part of the input, so a phone and an ID number never collide.
 */
export class BlindIndexer {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('the blind index key must be at least 32 bytes');
  }

  index(field: BlindIndexField, normalizedValue: string): string {
    return createHmac('sha256', this.key).update(`${field}\u0000${normalizedValue}`, 'utf8').digest('base64url');
  }
}
