import { createHash } from 'node:crypto';

/**
 * An Idempotency-Key derived from a channel's own identity of an item (a Message-ID, an
 * upper-level office's item number): 64 hex characters, so it always fits the key syntax
 * (`[A-Za-z0-9._:-]{8,128}`) whatever the upstream identifier looks like, and never stores the
 * identifier itself (a Message-ID may name the sender's host).
 */
export function derivedKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** The Message-ID as the mailbox knows it: without angle brackets and surrounding space. */
export function normalizeMessageId(messageId: string): string {
  return messageId.trim().replace(/^<(.*)>$/, '$1').trim();
}
