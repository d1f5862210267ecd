import mongoose from 'mongoose';
import type { Filter } from 'mongodb';
import { sanitizeFilter, trusted } from './safe-collection';

type Doc = Record<string, unknown>;
const sanitize = (filter: object) => sanitizeFilter<Doc>(filter as Filter<Doc>) as Record<string, unknown>;

describe('sanitizeFilter', () => {
  it('turns a value carrying $ keys into a literal, as Mongoose does', () => {
    const input = { $ne: null };
    expect(sanitize({ name: input })).toEqual({ name: { $eq: { $ne: null } } });
    expect(sanitize({ name: { $gt: '' } })).toEqual({ name: { $eq: { $gt: '' } } });
    expect(sanitize({ name: { $where: 'sleep(1000)' } })).toEqual({ name: { $eq: { $where: 'sleep(1000)' } } });
  });

  it('keeps plain values, dates, an explicit $eq and operators marked trusted', () => {
    const at = new Date(0);
    const ids = trusted({ $in: ['a', 'b'] });
    const filter = { _id: ids, at, status: 'open', version: 3, gone: null, code: { $eq: 'x' } };
    expect(sanitize(filter)).toEqual(filter);
    expect(sanitize(filter)._id).toBe(ids);
  });

  it('walks $and, $or and $nor, and refuses any other top-level operator', () => {
    expect(sanitize({ $or: [{ a: { $ne: 1 } }, { b: trusted({ $lt: 2 }) }] })).toEqual({ $or: [{ a: { $eq: { $ne: 1 } } }, { b: trusted({ $lt: 2 }) }] });
    expect(sanitize({ $and: [{ $nor: [{ c: { $exists: true } }] }] })).toEqual({ $and: [{ $nor: [{ c: { $eq: { $exists: true } } }] }] });
    expect(() => sanitize({ $where: 'true' })).toThrow(/\$where is not allowed/);
    expect(() => sanitize({ $expr: { $gt: ['$a', 1] } })).toThrow(/\$expr is not allowed/);
  });

  it("leaves the caller's filter as it was", () => {
    const branch = { a: { $ne: 1 } };
    const filter = { name: { $gt: '' }, $or: [branch] };
    sanitize(filter);
    expect(filter).toEqual({ name: { $gt: '' }, $or: [{ a: { $ne: 1 } }] });
    expect(filter.$or[0]).toBe(branch);
  });

  it('gives the same result as mongoose.sanitizeFilter on the same filters', () => {
    const cases: Doc[] = [
      { a: 1, b: { $ne: null } },
      { a: { $eq: 1 }, b: { $eq: 2, $ne: 3 } },
      { $or: [{ a: { $gt: '' } }, { b: trusted({ $in: [1] }) }], c: trusted({ $exists: false }) },
      { 'nested.path': { $regex: '.*' }, plain: ['x', { $ne: 1 }] },
    ];
    for (const filter of cases) {
      expect(sanitize(filter)).toEqual(mongoose.sanitizeFilter(structuredCloneKeepingMarks(filter)));
    }
  });
});

/** A deep copy for Mongoose to rewrite in place, with the trusted marks kept. */
function structuredCloneKeepingMarks(value: unknown): never {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value as never;
  const copy: Record<string | symbol, unknown> = Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {};
  for (const key of Reflect.ownKeys(value)) copy[key] = structuredCloneKeepingMarks((value as Record<string | symbol, unknown>)[key]);
  return copy as never;
}
