import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import { applyOnce, insertOnce } from '@sunshine/messaging';
import { MONGO_URL, testNamespace } from '@sunshine/testing';
import { safeCollection, trusted, type SafeCollection } from '../src';

interface Person {
  _id: string;
  name: string;
  secret?: string;
  n?: number;
  processedEvents?: string[];
}

// What a request body could smuggle into a filter value if a controller passed it through.
const INJECTIONS: unknown[] = [{ $ne: null }, { $gt: '' }, { $where: 'return true' }, { $regex: '.*' }, { $exists: true }];

describe('a safe collection neutralises operators hidden in input and keeps the ones the code marks', () => {
  let connection: Connection;
  let model: Model<Person>;
  let people: SafeCollection<Person>;
  let byName: SafeCollection<Person>;

  beforeAll(async () => {
    connection = await mongoose.createConnection(MONGO_URL, { dbName: testNamespace('safecoll'), serverSelectionTimeoutMS: 5000 }).asPromise();
    model = connection.model<Person>('Person', new Schema<Person>({ _id: String, name: String, secret: String, n: Number }), 'people');
    people = safeCollection<Person>(model);
    byName = safeCollection<Person>(connection, 'people');
    await people.insertMany([
      { _id: 'p1', name: 'Zhang San', secret: 's1' },
      { _id: 'p2', name: 'Li Si', secret: 's2' },
      { _id: 'p3', name: 'Wang Wu', secret: 's3' },
    ]);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it("reaches the model's collection, and the same one by name", async () => {
    expect(people.collectionName).toBe('people');
    expect(await byName.countDocuments({})).toBe(3);
    expect((await byName.findOne({ _id: 'p2' }))?.name).toBe('Li Si');
  });

  it.each(INJECTIONS.map((value) => [JSON.stringify(value), value]))('a filter value %s is a literal: it matches nothing', async (_label, value) => {
    const filter = { name: value as string };
    expect(await people.findOne(filter)).toBeNull();
    expect(await people.find(filter).toArray()).toEqual([]);
    expect(await people.countDocuments(filter)).toBe(0);
    expect(await people.findOneAndUpdate(filter, { $set: { secret: 'leaked' } })).toBeNull();
    expect((await people.updateMany(filter, { $set: { secret: 'leaked' } })).matchedCount).toBe(0);
    expect((await people.updateOne({ _id: value as string }, { $set: { secret: 'leaked' } })).matchedCount).toBe(0);
    expect((await people.deleteMany(filter)).deletedCount).toBe(0);
    expect((await people.bulkWrite([{ deleteMany: { filter } }])).deletedCount).toBe(0);
    expect(await people.aggregate([{ $match: filter }]).toArray()).toEqual([]);
    // Nothing was changed or removed.
    expect((await people.find({}).toArray()).map((p) => p.secret).sort()).toEqual(['s1', 's2', 's3']);
  });

  it('an operator hidden inside $or is neutralised too, and a top-level $where is refused', async () => {
    expect(await people.find({ $or: [{ name: { $ne: null } as never }, { secret: { $gt: '' } as never }] }).toArray()).toEqual([]);
    expect(() => people.find({ $where: 'return true' } as never)).toThrow(/\$where is not allowed/);
  });

  it('an operator the code built and marked trusted still works', async () => {
    const found = await people.find({ _id: trusted({ $in: ['p1', 'p3', 'nobody'] }) }, { sort: { _id: 1 } }).toArray();
    expect(found.map((p) => p._id)).toEqual(['p1', 'p3']);
    expect(await people.countDocuments({ $or: [{ name: 'Li Si' }, { secret: trusted({ $gt: 's2' }) }] })).toBe(2);
    // A literal value beside a trusted operator: only the literal match counts.
    expect(await people.countDocuments({ _id: trusted({ $in: ['p1', 'p2'] }), name: 'Li Si' })).toBe(1);
  });

  it('the inbox applies an event at most once through it, and insertOnce refuses a second insert', async () => {
    expect(await applyOnce(people, { _id: 'p1' }, 'event-1', { $inc: { n: 1 } })).toBe('applied');
    expect(await applyOnce(people, { _id: 'p1' }, 'event-1', { $inc: { n: 1 } })).toBe('duplicate');
    expect(await applyOnce(people, { _id: 'p9' }, 'event-2', { $inc: { n: 1 } }, { upsert: true })).toBe('applied');
    expect(await applyOnce(people, { _id: { $ne: null } as never }, 'event-3', { $inc: { n: 1 } })).toBe('not-matched');
    expect((await people.findOne({ _id: 'p1' }))?.n).toBe(1);
    expect(await insertOnce(people, { _id: 'p4', name: 'Zhao Liu' })).toBe('applied');
    expect(await insertOnce(people, { _id: 'p4', name: 'Zhao Liu' })).toBe('duplicate');
  });
});
