import type { Collection } from 'mongodb';
import { applyOnceUpserting } from './apply-once-upsert';

type Doc = { _id: string; processedEvents?: string[] };

/** A stand-in for the driver that plays back what MongoDB answers in each case. */
function collection(script: { updates: ('created' | 'matched' | 'duplicate-key')[]; recorded: boolean[] }) {
  const calls = { updates: 0, counts: 0 };
  const fake = {
    async updateOne() {
      const step = script.updates[calls.updates++];
      if (step === 'duplicate-key') throw Object.assign(new Error('E11000 duplicate key'), { code: 11000 });
      return { matchedCount: step === 'matched' ? 1 : 0, upsertedCount: step === 'created' ? 1 : 0 };
    },
    async countDocuments() {
      return script.recorded[calls.counts++] ? 1 : 0;
    },
  };
  return { coll: fake as unknown as Collection<Doc>, calls };
}

describe('applying an event to a document that may not exist yet', () => {
  it('applies it again when the duplicate key came from another event creating the document', async () => {
    const { coll, calls } = collection({ updates: ['duplicate-key', 'matched'], recorded: [false] });
    await expect(applyOnceUpserting(coll, 'p-1', 'event-2', { $set: { x: 1 } })).resolves.toBe('applied');
    expect(calls.updates).toBe(2);
  });

  it('reports a duplicate when the event id is recorded', async () => {
    const { coll, calls } = collection({ updates: ['duplicate-key', 'matched'], recorded: [true] });
    await expect(applyOnceUpserting(coll, 'p-1', 'event-1', { $set: { x: 1 } })).resolves.toBe('duplicate');
    expect(calls.updates).toBe(1);
  });

  it('creates the document with the first event', async () => {
    const { coll } = collection({ updates: ['created'], recorded: [] });
    await expect(applyOnceUpserting(coll, 'p-1', 'event-1', { $set: { x: 1 } })).resolves.toBe('applied');
  });

  it('gives up with an error (so the consumer retries) rather than drop the event', async () => {
    const { coll } = collection({ updates: ['duplicate-key', 'duplicate-key', 'duplicate-key'], recorded: [false, false, false] });
    await expect(applyOnceUpserting(coll, 'p-1', 'event-2', { $set: { x: 1 } })).rejects.toThrow('could not be applied');
  });
});
