import mongoose, { type Connection } from 'mongoose';
import { MONGO_URL, testNamespace } from '@sunshine/testing';
import { AttachmentRepository } from '../src/attachments/attachment.repository';
import { Open311RequestRepository, type Open311RequestRecord } from '../src/open311/open311-request.repository';
import { IdempotencyRepository } from '../src/registration/idempotency.repository';

// The range and set queries these repositories build themselves (`$lt`, `$in`, `$gte`/`$lte`)
// must survive the sanitising of filters (decision record 0007), and the paths no HTTP test
// reaches (the purges) must still remove exactly what they did.
describe("intake's repositories keep their own operators while filters are sanitised", () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose.createConnection(MONGO_URL, { dbName: testNamespace('intakerepo'), serverSelectionTimeoutMS: 5000 }).asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('purges the idempotency keys older than the cutoff, and only those', async () => {
    const keys = new IdempotencyRepository(connection);
    await keys.claim('old', 'h1', new Date('2026-01-01T00:00:00Z'));
    await keys.claim('new', 'h2', new Date('2026-03-01T00:00:00Z'));
    expect(await keys.purgeOlderThan(new Date('2026-02-01T00:00:00Z'))).toBe(1);
    // The kept key exists (its stale lock is taken over); the purged one is claimed afresh.
    expect(await keys.claim('new', 'h2', new Date('2026-03-01T00:00:00Z'))).toEqual({ kind: 'owner', takeover: true });
    expect(await keys.claim('old', 'h1', new Date('2026-03-01T00:00:00Z'))).toEqual({ kind: 'owner', takeover: false });
  }, 30_000);

  it('lists Open311 requests by window and service codes, and finds them by ids', async () => {
    const requests = new Open311RequestRepository(connection);
    const record = (id: string, serviceCode: string, at: string, confidential = false): Open311RequestRecord => ({
      _id: id,
      petitionId: `p-${id}`,
      token: `t-${id}`,
      serviceCode,
      requestedAt: new Date(at),
      confidential,
      description: 'street light out',
      apiKeyId: 'k1',
    });
    await requests.save(record('SW-1', 'lights', '2026-05-01T00:00:00Z'));
    await requests.save(record('SW-2', 'roads', '2026-05-02T00:00:00Z'));
    await requests.save(record('SW-3', 'lights', '2026-07-01T00:00:00Z'));
    await requests.save(record('SW-4', 'lights', '2026-05-03T00:00:00Z', true));
    const window = { from: new Date('2026-04-30T00:00:00Z'), to: new Date('2026-05-31T00:00:00Z'), limit: 10 };
    expect((await requests.find(window)).map((r) => r._id)).toEqual(['SW-2', 'SW-1']);
    expect((await requests.find({ ...window, serviceCodes: ['lights'] })).map((r) => r._id)).toEqual(['SW-1']);
    expect((await requests.byIds(['SW-3', 'SW-1', 'nobody'])).map((r) => r._id).sort()).toEqual(['SW-1', 'SW-3']);
  });

  it('purges unclaimed attachments older than the cutoff, and keeps claimed ones', async () => {
    const attachments = new AttachmentRepository(connection);
    const unclaimed = await attachments.store(Buffer.from('%PDF-1.4 unclaimed'), 'application/pdf');
    const claimed = await attachments.store(Buffer.from('%PDF-1.4 claimed'), 'application/pdf');
    expect(await attachments.claim([claimed.id], 'petition-1')).toHaveLength(1);
    expect(await attachments.purgeUnclaimed(new Date(Date.now() - 60_000))).toBe(0);
    expect(await attachments.purgeUnclaimed(new Date(Date.now() + 60_000))).toBe(1);
    expect(await attachments.open(unclaimed.id)).toBeUndefined();
    expect((await attachments.open(claimed.id))?.metadata.claimedBy).toBe('petition-1');
  });
});
