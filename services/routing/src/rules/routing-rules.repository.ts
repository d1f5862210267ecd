import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '@sunshine/messaging';
import { Clock, safeCollection, type SafeCollection } from '@sunshine/platform';
import type { RoutingRule, RuleSet } from './routing-rules';

export interface StoredRuleSet extends RuleSet {
  _id: string;
  createdAt: Date;
  createdBy: string;
  note?: string;
}

/** How long the rules in force are kept before they are read again (every instance follows a change within it). */
export const RULES_CACHE_MS = 2000;

interface Head {
  _id: 'active';
  version: string;
  seq: number;
}

/**
 * Versioned routing rules: each change is a new, immutable version; `active` points at the one
 * in force. The shipped rules (src/catalogue/routing-rules.json) seed version `default`.
 */
@Injectable()
export class RoutingRulesRepository implements OnModuleInit {
  private readonly sets: SafeCollection<StoredRuleSet>;
  private readonly head: SafeCollection<Head>;
  private cache?: { set: StoredRuleSet; at: number };

  constructor(
    @InjectConnection() connection: Connection,
    private readonly clock: Clock,
    private readonly config: ConfigService,
  ) {
    this.sets = safeCollection<StoredRuleSet>(connection, 'routing_rule_sets');
    this.head = safeCollection<Head>(connection, 'routing_rule_head');
  }

  async onModuleInit(): Promise<void> {
    if (await this.head.findOne({ _id: 'active' })) return;
    const path = this.config.get<string>('ROUTING_RULES_SEED') ?? join(__dirname, '../catalogue/routing-rules.json');
    const seed = JSON.parse(readFileSync(path, 'utf8')) as RuleSet;
    await this.sets.updateOne(
      { _id: seed.version },
      { $setOnInsert: { version: seed.version, rules: seed.rules, createdAt: this.clock.now(), createdBy: 'seed' } },
      { upsert: true },
    );
    await this.head.updateOne({ _id: 'active' }, { $setOnInsert: { version: seed.version, seq: 0 } }, { upsert: true }).catch((e: unknown) => {
      if (!isDuplicateKeyError(e)) throw e;
    });
  }

  /** The rules in force (re-read at most every RULES_CACHE_MS, by the injected clock, so every instance follows a change). */
  async active(): Promise<StoredRuleSet> {
    if (this.cache && this.clock.now().getTime() - this.cache.at < RULES_CACHE_MS) return this.cache.set;
    const head = await this.head.findOne({ _id: 'active' });
    const set = head ? await this.sets.findOne({ _id: head.version }) : null;
    if (!set) throw new Error('no active routing rules');
    this.cache = { set, at: this.clock.now().getTime() };
    return set;
  }

  async byVersion(version: string): Promise<StoredRuleSet | null> {
    return this.sets.findOne({ _id: version });
  }

  /** Store a new version and make it the active one. */
  async publish(rules: RoutingRule[], createdBy: string, note?: string): Promise<StoredRuleSet> {
    for (;;) {
      const head = (await this.head.findOne({ _id: 'active' }))!;
      const day = this.clock.now().toISOString().slice(0, 10).replace(/-/g, '');
      const version = `r-${day}-${head.seq + 1}`;
      const set: StoredRuleSet = { _id: version, version, rules, createdAt: this.clock.now(), createdBy, ...(note ? { note } : {}) };
      try {
        await this.sets.insertOne(set);
      } catch (error) {
        if (isDuplicateKeyError(error)) continue;
        throw error;
      }
      const moved = await this.head.updateOne({ _id: 'active', seq: head.seq }, { $set: { version, seq: head.seq + 1 } });
      if (moved.modifiedCount === 1) {
        this.cache = undefined;
        return set;
      }
    }
  }
}
