/**
 * The one way a repository talks to MongoDB (decision record 0007): the driver's methods, with
 * every filter sanitised exactly as Mongoose's `sanitizeFilter` does it.
 *
 * How to use it:
 * ```ts
 * import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
 *
 * private readonly cases: SafeCollection<CaseRecord>;
 * constructor(@InjectModel(CASES) model: Model<CaseRecord>) {
 *   this.cases = safeCollection<CaseRecord>(model);                 // a model's collection
 * }
 * // or, for a collection without a schema: safeCollection<Doc>(connection, 'case_numbers')
 *
 * await this.cases.findOne({ _id: petitionId, status });            // values: always literals
 * await this.cases.find({ _id: trusted({ $in: ids }) }).toArray();  // operators the code built: trusted()
 * await applyOnce(this.cases, { _id: petitionId }, event.id, update); // the inbox takes it as it is
 * ```
 * A value that carries `$` keys (say `{ $ne: null }` from a request body) becomes `{ $eq: value }`,
 * a literal that matches nothing; a top-level `$` key other than `$and`/`$or`/`$nor` (say
 * `$where`) throws. So every operator the code writes itself — `$in`, `$lt`, `$exists`, `$ne`… —
 * must be wrapped in `trusted(...)`; forgetting it makes the query match nothing, never more,
 * and the repository's tests show it at once. Updates are not filters and are passed as they are.
 *
 * Never reach past it: no `model.collection`, `connection.collection(...)` or double cast
 * (`as unknown as`) to a driver collection in a service.
 */
import type {
  AggregateOptions,
  AggregationCursor,
  AnyBulkWriteOperation,
  BulkWriteOptions,
  BulkWriteResult,
  Collection,
  CountDocumentsOptions,
  DeleteOptions,
  DeleteResult,
  Document,
  Filter,
  FindCursor,
  FindOneAndUpdateOptions,
  FindOptions,
  InsertManyResult,
  InsertOneOptions,
  InsertOneResult,
  OptionalUnlessRequiredId,
  UpdateFilter,
  UpdateOptions,
  UpdateResult,
  WithId,
} from 'mongodb';
import mongoose, { type Connection } from 'mongoose';

/** The marker `mongoose.trusted()` sets, so that one mark serves Mongoose queries and this wrapper alike. */
const TRUSTED = Object.getOwnPropertySymbols(mongoose.trusted({}))[0];
const LOGICAL = new Set(['$and', '$or', '$nor']);

function isTrusted(value: unknown): boolean {
  return TRUSTED !== undefined && value !== null && typeof value === 'object' && Boolean((value as Record<symbol, unknown>)[TRUSTED]);
}

/**
 * Mark operators the code built (never input) so the sanitiser leaves them: `{ _id: trusted({ $in: ids }) }`.
 * Mark the smallest object that holds the operators, never a whole filter that also holds input.
 */
export function trusted<T extends object>(operators: T): T {
  return mongoose.trusted(operators);
}

/**
 * Mongoose's `sanitizeFilter`, without touching the caller's object: a value with `$` keys
 * becomes `{ $eq: value }` unless marked `trusted`; `$and`/`$or`/`$nor` are walked; any other
 * top-level `$` key throws.
 */
export function sanitizeFilter<T>(filter: Filter<T>): Filter<T> {
  // Mongoose rewrites in place: copy the levels it may rewrite (the filter and the branches of
  // $and/$or/$nor), keeping every value by reference so its `trusted` mark survives.
  return mongoose.sanitizeFilter(copyLevels(filter) as mongoose.FilterQuery<T>) as Filter<T>;
}

function copyLevels(filter: unknown): unknown {
  if (filter === null || typeof filter !== 'object') return filter;
  if (Array.isArray(filter)) return filter.map(copyLevels);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(filter)) {
    const value = (filter as Record<string, unknown>)[key];
    copy[key] = LOGICAL.has(key) && !isTrusted(value) ? copyLevels(value) : value;
  }
  return copy;
}

function sanitizeOperation<T extends Document>(operation: AnyBulkWriteOperation<T>): AnyBulkWriteOperation<T> {
  if ('updateOne' in operation) return { updateOne: { ...operation.updateOne, filter: sanitizeFilter(operation.updateOne.filter) } };
  if ('updateMany' in operation) return { updateMany: { ...operation.updateMany, filter: sanitizeFilter(operation.updateMany.filter) } };
  if ('replaceOne' in operation) return { replaceOne: { ...operation.replaceOne, filter: sanitizeFilter(operation.replaceOne.filter) } };
  if ('deleteOne' in operation) return { deleteOne: { ...operation.deleteOne, filter: sanitizeFilter(operation.deleteOne.filter) } };
  if ('deleteMany' in operation) return { deleteMany: { ...operation.deleteMany, filter: sanitizeFilter(operation.deleteMany.filter) } };
  return operation;
}

/**
 * The driver's collection with sanitised filters: the methods the repositories use, with the
 * driver's signatures, so bulk writes and cursors cost what they cost on the driver.
 */
export class SafeCollection<T extends Document> {
  constructor(private readonly collection: Collection<T>) {}

  get collectionName(): string {
    return this.collection.collectionName;
  }

  findOne(filter: Filter<T>, options?: FindOptions): Promise<WithId<T> | null> {
    return this.collection.findOne(sanitizeFilter(filter), options);
  }

  find(filter: Filter<T>, options?: FindOptions): FindCursor<WithId<T>> {
    return this.collection.find(sanitizeFilter(filter), options);
  }

  countDocuments(filter: Filter<T> = {}, options?: CountDocumentsOptions): Promise<number> {
    return this.collection.countDocuments(sanitizeFilter(filter), options);
  }

  updateOne(filter: Filter<T>, update: UpdateFilter<T> | Document[], options?: UpdateOptions): Promise<UpdateResult<T>> {
    return this.collection.updateOne(sanitizeFilter(filter), update, options);
  }

  updateMany(filter: Filter<T>, update: UpdateFilter<T> | Document[], options?: UpdateOptions): Promise<UpdateResult<T>> {
    return this.collection.updateMany(sanitizeFilter(filter), update, options);
  }

  /** The document after (or before) the update, or null; without the driver's result metadata. */
  findOneAndUpdate(filter: Filter<T>, update: UpdateFilter<T> | Document[], options: FindOneAndUpdateOptions = {}): Promise<WithId<T> | null> {
    return this.collection.findOneAndUpdate(sanitizeFilter(filter), update, { ...options, includeResultMetadata: false });
  }

  insertOne(document: OptionalUnlessRequiredId<T>, options?: InsertOneOptions): Promise<InsertOneResult<T>> {
    return this.collection.insertOne(document, options);
  }

  insertMany(documents: readonly OptionalUnlessRequiredId<T>[], options?: BulkWriteOptions): Promise<InsertManyResult<T>> {
    return this.collection.insertMany(documents, options);
  }

  deleteOne(filter: Filter<T>, options?: DeleteOptions): Promise<DeleteResult> {
    return this.collection.deleteOne(sanitizeFilter(filter), options);
  }

  deleteMany(filter: Filter<T>, options?: DeleteOptions): Promise<DeleteResult> {
    return this.collection.deleteMany(sanitizeFilter(filter), options);
  }

  bulkWrite(operations: readonly AnyBulkWriteOperation<T>[], options?: BulkWriteOptions): Promise<BulkWriteResult> {
    return this.collection.bulkWrite(operations.map(sanitizeOperation), options);
  }

  /** `$match` stages are sanitised like filters; everything else in a pipeline is code, not input. */
  aggregate<R extends Document = Document>(pipeline: Document[], options?: AggregateOptions): AggregationCursor<R> {
    const safe = pipeline.map((stage) => ('$match' in stage ? { ...stage, $match: sanitizeFilter(stage.$match as Filter<T>) } : stage));
    return this.collection.aggregate<R>(safe, options);
  }
}

/** What `safeCollection` needs of a Mongoose model. */
export interface ModelLike {
  db: Connection;
  collection: { collectionName: string };
}

/** A model's collection (`@InjectModel(NAME) model`), or a schema-less one by name on the service's connection. */
export function safeCollection<T extends Document>(model: ModelLike): SafeCollection<T>;
export function safeCollection<T extends Document>(connection: Connection, name: string): SafeCollection<T>;
export function safeCollection<T extends Document>(source: ModelLike | Connection, name?: string): SafeCollection<T> {
  // The connection keeps one collection object per name, so a model's is found again by its
  // name, now typed with the model's documents. Mongoose's collection object forwards to the
  // driver's (queueing calls until connected) and is typed as a driver collection.
  const connection = name === undefined ? (source as ModelLike).db : (source as Connection);
  return new SafeCollection<T>(connection.collection<T>(name ?? (source as ModelLike).collection.collectionName));
}
