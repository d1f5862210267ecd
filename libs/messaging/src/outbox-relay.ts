import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Collection, Db, Document, Filter } from 'mongodb';
import type { Producer, TopicMessages } from 'kafkajs';
import type { Logger } from '@sunshine/observability';
import { physicalTopic, type KafkaSettings } from './kafka';
import type { OutboxEntry, OutboxFields } from './outbox';

export interface OutboxRelayOptions {
  db: Db;
  /** Collections whose documents carry an outbox. */
  collections: readonly string[];
  /** A connected idempotent producer. */
  producer: Producer;
  settings: Pick<KafkaSettings, 'namespace'>;
  logger: Logger;
  /** How often to look at the documents that this process hinted when nobody kicked the relay. */
  pollIntervalMs?: number;
  /**
   * How often to sweep whole collections for pending events (those written by another instance
   * or left by a crash). On MongoDB this is an indexed query; FerretDB scans, so not too often.
   */
  sweepIntervalMs?: number;
  /** Documents claimed per round. */
  batchSize?: number;
  /** How long a claim protects a document from other relay instances. */
  leaseMs?: number;
  /** Called after Kafka acknowledged a batch and before the events are marked sent. */
  onPublished?: (entries: readonly OutboxEntry[]) => void | Promise<void>;
}

export interface OutboxRelayStats {
  published: number;
  rounds: number;
  failures: number;
  lastError?: string;
  lastFailureAt?: Date;
  lastSuccessAt?: Date;
}

type OutboxDocument = Document & OutboxFields;


/**
 * Publishes the events that services queued in their documents' outboxes, in order per
 * document, and removes them once Kafka has acknowledged them. A crash between the two steps
 * publishes some events twice; consumers' inboxes make that harmless. Several relays (one per
 * service instance) share the work through short leases on documents.
 */
export class OutboxRelay {
  readonly stats: OutboxRelayStats = { published: 0, rounds: 0, failures: 0 };
  private readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly sweepIntervalMs: number;
  private readonly hints = new Map<string, Set<unknown>>();
  private nextSweepAt = 0;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private kicked = false;
  private claims = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.batchSize = options.batchSize ?? 500;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.sweepIntervalMs = options.sweepIntervalMs ?? 10_000;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /**
   * Ask the relay to publish now: after a write, name the collection and the ids of the
   * documents that received events, so the relay looks them up directly.
   */
  kick(collection?: string, ids: readonly unknown[] = []): void {
    if (collection) {
      let set = this.hints.get(collection);
      if (!set) this.hints.set(collection, (set = new Set()));
      for (const id of ids) set.add(id);
    }
    this.kicked = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Publish everything pending now, sweeping every collection. Returns the number sent. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      let sent = 0;
      for (const name of this.options.collections) {
        sent += (await this.relayBatch(this.options.db.collection(name), undefined)).sent;
      }
      total += sent;
      if (sent === 0) return total;
    }
  }

  private async run(): Promise<void> {
    let backoff = 200;
    while (this.running) {
      let more = false;
      try {
        const sweep = Date.now() >= this.nextSweepAt;
        for (const name of this.options.collections) {
          const collection = this.options.db.collection(name);
          const hinted = this.takeHints(name);
          if (hinted.length) more ||= (await this.relayBatch(collection, hinted)).full;
          if (sweep) more ||= (await this.relayBatch(collection, undefined)).full;
        }
        // Keep sweeping while sweeps find full batches (a backlog after a restart).
        if (sweep && !more) this.nextSweepAt = Date.now() + this.sweepIntervalMs;
        backoff = 200;
      } catch (error) {
        this.stats.failures += 1;
        this.stats.lastError = (error as Error).message;
        this.stats.lastFailureAt = new Date();
        this.options.logger.warn({ err: error, component: 'outbox-relay' }, 'outbox relay round failed; retrying');
        await this.idle(backoff);
        backoff = Math.min(backoff * 2, 10_000);
        continue;
      }
      if (!more) await this.idle(this.pollIntervalMs);
    }
  }

  private idle(ms: number): Promise<void> {
    if (this.kicked || !this.running) {
      this.kicked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.kicked = false;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wake = finish;
    });
  }

  private takeHints(collection: string): unknown[] {
    const set = this.hints.get(collection);
    if (!set?.size) return [];
    const ids = [...set].slice(0, this.batchSize);
    for (const id of ids) set.delete(id);
    return ids;
  }

  /**
   * Claim, publish and clear one batch: the hinted documents, or (without hints) any pending
   * documents of the collection. Returns whether a full batch was found (more may wait).
   */
  private async relayBatch(
    collection: Collection<Document>,
    hinted: unknown[] | undefined,
  ): Promise<{ sent: number; full: boolean }> {
    const now = new Date();
    const claimable = {
      outboxPending: true,
      $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lt: now } }],
    };
    const candidates = hinted
      ? hinted.map((_id) => ({ _id }))
      : await collection.find(claimable, { projection: { _id: 1 } }).limit(this.batchSize).toArray();
    if (!candidates.length) return { sent: 0, full: false };

    const token = `${this.owner}:${++this.claims}`;
    await collection.updateMany(
      { ...claimable, _id: { $in: candidates.map((c) => c._id) } } as Filter<Document>,
      { $set: { outboxLeaseUntil: new Date(now.getTime() + this.leaseMs), outboxLeaseOwner: token } },
    );
    const claimed = (await collection
      .find({ _id: { $in: candidates.map((c) => c._id) }, outboxLeaseOwner: token } as Filter<Document>, {
        projection: { _id: 1, outbox: 1 },
      })
      .toArray()) as unknown as OutboxDocument[];
    if (!claimed.length) return { sent: 0, full: false };
    const entries = claimed.flatMap((doc) => doc.outbox ?? []);
    try {
      if (entries.length) await this.publish(entries);
      await this.options.onPublished?.(entries);
    } catch (error) {
      await collection
        .updateMany(
          { _id: { $in: claimed.map((d) => d._id) }, outboxLeaseOwner: token },
          { $set: { outboxLeaseUntil: null, outboxLeaseOwner: null } },
        )
        .catch(() => undefined);
      throw error;
    }

    await this.markSent(collection, claimed, token);
    this.stats.published += entries.length;
    this.stats.rounds += 1;
    this.stats.lastSuccessAt = new Date();
    return { sent: entries.length, full: !hinted && candidates.length === this.batchSize };
  }

  /**
   * Remove the published entries and release the claim. Documents whose outbox still holds
   * exactly what was published (the common case) are cleared together, one command per outbox
   * size; a document that received new events meanwhile loses only the published ones
   * (`$pullAll`, by value: FerretDB ignores `$pull` with a condition) and stays pending.
   */
  private async markSent(collection: Collection<Document>, claimed: OutboxDocument[], token: string): Promise<void> {
    const bySize = new Map<number, unknown[]>();
    for (const doc of claimed) {
      const size = doc.outbox?.length ?? 0;
      bySize.set(size, [...(bySize.get(size) ?? []), doc._id]);
    }
    for (const [size, ids] of bySize) {
      await collection.updateMany(
        { _id: { $in: ids }, outboxLeaseOwner: token, outbox: { $size: size } } as Filter<Document>,
        { $set: { outbox: [], outboxPending: false, outboxLeaseUntil: null, outboxLeaseOwner: null } },
      );
    }
    // Whatever is still leased by this round got new events while it was being published.
    const changed = (await collection
      .find({ _id: { $in: claimed.map((d) => d._id) }, outboxLeaseOwner: token } as Filter<Document>, { projection: { _id: 1 } })
      .toArray()) as { _id: unknown }[];
    for (const { _id } of changed) {
      const published = claimed.find((d) => d._id === _id || String(d._id) === String(_id))!;
      await collection.updateOne({ _id } as Filter<Document>, {
        $pullAll: { outbox: published.outbox ?? [] },
        $set: { outboxLeaseUntil: null, outboxLeaseOwner: null },
      } as Document);
      this.kick(collection.collectionName, [_id]);
    }
  }

  private async publish(entries: readonly OutboxEntry[]): Promise<void> {
    const byTopic = new Map<string, TopicMessages>();
    for (const entry of entries) {
      const topic = physicalTopic(this.options.settings, entry.topic);
      let group = byTopic.get(topic);
      if (!group) byTopic.set(topic, (group = { topic, messages: [] }));
      group.messages.push({
        key: entry.key,
        value: entry.value,
        headers: { 'event-id': entry.id, 'event-type': entry.type },
      });
    }
    await this.options.producer.sendBatch({ acks: -1, topicMessages: [...byTopic.values()] });
  }
}

