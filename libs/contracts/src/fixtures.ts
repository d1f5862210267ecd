import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalogue, type EventType } from './catalogue';
import type { DomainEvent } from './validation';

const FIXTURES_DIR = join(__dirname, '__fixtures__');

/** The sample message of an event type (`__fixtures__/<type>.json`), as a fresh object. */
export function fixtureOf<T extends EventType>(type: T): DomainEvent<T> {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, `${type}.json`), 'utf8')) as DomainEvent<T>;
}

/** Every fixture, for contract tests that feed them to consumers. */
export function allFixtures(): DomainEvent[] {
  return Catalogue.map((definition) => fixtureOf(definition.type));
}
