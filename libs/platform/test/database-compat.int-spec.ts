import { Readable } from 'node:stream';
import { GridFSBucket, type Db, type MongoClient } from 'mongodb';
import { applyOnce, isDuplicateKeyError } from '@sunshine/messaging';

// Known differences, relied on by nothing: FerretDB v1 ignores `$slice` in `$push` (so the
// inbox arrays are trimmed to their last 1,000 ids on MongoDB only), and computes only the first
// accumulator of a `$group` with several (so the project uses one accumulator per stage).
import { connectMongo, testNamespace } from '@sunshine/testing';

// The database patterns the project relies on, checked against the database the tests run on
// (FerretDB v1 locally, MongoDB 7 in production). If one of these fails after an upgrade of
// either, the code built on it is no longer safe.
describe('the document database serves the patterns the project uses', () => {
  let mongo: MongoClient;
  let db: Db;

  beforeAll(async () => {
    mongo = await connectMongo();
    db = mongo.db(testNamespace('compat'));
  });

  afterAll(async () => {
    await db.dropDatabase();
    await mongo.close();
  });

  it('refuses a second document with the same _id or the same unique key, with code 11000', async () => {
    const c = db.collection('unique');
    await c.createIndex({ caseNumber: 1 }, { unique: true });
    await c.insertOne({ _id: 'a' as never, caseNumber: 'SW-2026-000001' });
    const errors = await Promise.all([
      c.insertOne({ _id: 'a' as never, caseNumber: 'x' }).catch((e: unknown) => e),
      c.insertOne({ _id: 'b' as never, caseNumber: 'SW-2026-000001' }).catch((e: unknown) => e),
    ]);
    expect(errors.map(isDuplicateKeyError)).toEqual([true, true]);
  });

  it('applies 200 concurrent increments of one document, none lost (case-number sequences)', async () => {
    const c = db.collection<{ _id: string; last: number }>('sequences');
    const values = await Promise.all(
      Array.from({ length: 200 }, () => c.findOneAndUpdate({ _id: 'SW-2026' }, { $inc: { last: 1 } }, { upsert: true, returnDocument: 'after' })),
    );
    expect(new Set(values.map((v) => v!.last)).size).toBe(200);
    expect((await c.findOne({ _id: 'SW-2026' }))!.last).toBe(200);
  });

  it('lets exactly one of many concurrent conditional updates win (optimistic concurrency)', async () => {
    const c = db.collection<{ _id: string; status: string; by?: number }>('cas');
    await c.insertOne({ _id: 'case', status: 'assigned' });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => c.updateOne({ _id: 'case', status: 'assigned' }, { $set: { status: 'accepted', by: i } })),
    );
    expect(results.filter((r) => r.modifiedCount === 1)).toHaveLength(1);
  });

  it('applies an event at most once through the document inbox, even concurrently', async () => {
    const c = db.collection<{ _id: string; n: number }>('inbox');
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => applyOnce(c, { _id: 'p1' }, 'event-1', { $inc: { n: 1 } }, { upsert: true })),
    );
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(19);
    expect(await applyOnce(c, { _id: 'p1' }, 'event-2', { $inc: { n: 1 } })).toBe('applied');
    expect(await applyOnce(c, { _id: 'missing' }, 'event-3', { $inc: { n: 1 } })).toBe('not-matched');
    expect((await c.findOne({ _id: 'p1' }))!.n).toBe(2);
  });

  it('removes published outbox entries by value and tells an empty outbox by $size', async () => {
    const c = db.collection('outbox');
    const e1 = { id: 'e1', topic: 't', value: '{"a":1}', createdAt: new Date() };
    const e2 = { id: 'e2', topic: 't', value: '{"a":2}', createdAt: new Date() };
    await c.insertOne({ _id: 'd' as never, outbox: [e1, e2], outboxPending: true });
    const read = (await c.findOne({ _id: 'd' as never }))!;
    await c.updateOne({ _id: 'd' as never }, { $pullAll: { outbox: [read.outbox[0]] } } as never);
    expect((await c.findOne({ _id: 'd' as never }))!.outbox.map((e: { id: string }) => e.id)).toEqual(['e2']);
    expect(await c.countDocuments({ _id: 'd' as never, outbox: { $size: 0 } } as never)).toBe(0);
    await c.updateOne({ _id: 'd' as never }, { $pullAll: { outbox: [read.outbox[1]] } } as never);
    expect(await c.countDocuments({ _id: 'd' as never, outbox: { $size: 0 } } as never)).toBe(1);
  });

  it('serves the update operators, queries and bulk writes in use', async () => {
    const c = db.collection('ops');
    await c.bulkWrite(
      [
        { insertOne: { document: { _id: 'x' as never, tags: ['a'], n: 1, at: new Date('2026-01-01T00:00:00Z') } } },
        { updateOne: { filter: { _id: 'y' as never }, update: { $setOnInsert: { n: 5 }, $set: { tags: [] } }, upsert: true } },
      ],
      { ordered: false },
    );
    await c.updateOne({ _id: 'x' as never }, { $push: { tags: { $each: ['b', 'c'] } } } as never);
    expect((await c.findOne({ _id: 'x' as never }))!.tags).toEqual(['a', 'b', 'c']);
    await c.updateMany({ _id: { $in: ['x', 'y'] } } as never, { $inc: { n: 1 } });
    const found = await c.find({ n: { $gte: 2 } }, { projection: { n: 1 } }).sort({ n: -1 }).limit(1).toArray();
    expect(found).toEqual([{ _id: 'y', n: 6 }]);
    // One accumulator per $group: FerretDB v1 computes the first of several and leaves the rest 0.
    const total = await c.aggregate([{ $match: { n: { $gt: 0 } } }, { $group: { _id: null, total: { $sum: '$n' } } }]).toArray();
    const count = await c.aggregate([{ $match: { n: { $gt: 0 } } }, { $group: { _id: null, count: { $sum: 1 } } }]).toArray();
    expect([total, count]).toEqual([[{ _id: null, total: 8 }], [{ _id: null, count: 2 }]]);
    expect((await c.findOne({ _id: 'x' as never }))!.at).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(await c.countDocuments({ tags: { $ne: 'b' } })).toBe(1);
    expect(await c.countDocuments({ tags: 'c' })).toBe(1);
  });

  it('completes a bulk write of more updates than the server has connections (the relay marks 500 documents at once)', async () => {
    const c = db.collection('bulk');
    await c.insertMany(Array.from({ length: 300 }, (_, i) => ({ _id: `d${i}` as never, outbox: [{ id: `e${i}` }], outboxPending: true })));
    const result = await c.bulkWrite(
      Array.from({ length: 300 }, (_, i) => ({ updateOne: { filter: { _id: `d${i}` as never }, update: { $pullAll: { outbox: [{ id: `e${i}` }] }, $set: { outboxPending: false } } as never } })),
      { ordered: false },
    );
    expect(result.modifiedCount).toBe(300);
  }, 60_000);

  it('stores and streams back a 3 MB file in GridFS, byte for byte', async () => {
    const bucket = new GridFSBucket(db, { bucketName: 'attachments' });
    const bytes = Buffer.alloc(3 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919) % 251;
    const id = await new Promise<unknown>((resolve, reject) => {
      const upload = bucket.openUploadStream('photo.jpg', { metadata: { contentType: 'image/jpeg' } });
      Readable.from([bytes]).pipe(upload).on('finish', () => resolve(upload.id)).on('error', reject);
    });
    const chunks: Buffer[] = [];
    for await (const chunk of bucket.openDownloadStream(id as never)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });
});
