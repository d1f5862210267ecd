import { Schema } from 'mongoose';
import { outboxPlugin, type InboxFields, type OutboxFields } from '@sunshine/messaging';
import type {
  AssignmentRecord,
  CaseFile,
  CaseStatus,
  ClosureRecord,
  ExtensionRecord,
  NotAcceptedRecord,
  PromiseRecord,
  ReopeningRecord,
  ReplyRecord,
  ReturnRecord,
  TransferRecord,
  SupervisionOrderRecord,
} from './case';

export const CASES = 'cases';

/**
 * One case per petition (`_id` = petitionId), as the units work on it. It holds the case file
 * routing sent (no petitioner identity: there is none to hold), the state, the replies and the
 * history, and the outbox of the events its changes publish. `version` increases with every
 * state change and is the optimistic lock of every write.
 */
export interface CaseRecord extends CaseFile, OutboxFields, InboxFields {
  _id: string;
  status: CaseStatus;
  round: number;
  version: number;
  assignedAt: Date;
  acceptedAt?: Date | null;
  repliedAt?: Date;
  replies: ReplyRecord[];
  reopenings: ReopeningRecord[];
  assignments: AssignmentRecord[];
  supervisionOrders: SupervisionOrderRecord[];
  extension?: ExtensionRecord | null;
  returned?: ReturnRecord;
  notAccepted?: NotAcceptedRecord;
  closure?: ClosureRecord;
  /** 转送, a scheduled reply's promise, an upper-level office's date kept at acceptance. */
  transferred?: TransferRecord;
  promise?: PromiseRecord | null;
  upperLevelDueBy?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CaseSchema = new Schema<CaseRecord>(
  {
    _id: { type: String, required: true },
    caseNumber: { type: String, required: true },
    leadUnitId: { type: String, required: true },
    leadUnitName: { type: String, required: true },
    assistingUnitIds: { type: [String], default: [] },
    unitIds: { type: [String], required: true, index: true },
    leaderInCharge: String,
    instruction: String,
    subject: { type: String, required: true },
    text: { type: String, required: true },
    kind: { type: String, required: true },
    category: { type: Schema.Types.Mixed, required: true },
    channel: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    confidential: { type: Boolean, required: true },
    acceptBy: { type: Date, required: true },
    handleBy: { type: Date, required: true },
    returnBy: { type: Date },
    dueBy: { type: Date },
    status: { type: String, required: true },
    round: { type: Number, required: true },
    version: { type: Number, required: true },
    assignedAt: { type: Date, required: true },
    acceptedAt: Date,
    repliedAt: Date,
    replies: { type: Schema.Types.Mixed, default: () => [] },
    reopenings: { type: Schema.Types.Mixed, default: () => [] },
    assignments: { type: Schema.Types.Mixed, default: () => [] },
    supervisionOrders: { type: Schema.Types.Mixed, default: () => [] },
    extension: Schema.Types.Mixed,
    returned: Schema.Types.Mixed,
    notAccepted: Schema.Types.Mixed,
    closure: Schema.Types.Mixed,
    transferred: Schema.Types.Mixed,
    promise: Schema.Types.Mixed,
    upperLevelDueBy: Date,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: CASES, versionKey: false, minimize: false },
);
CaseSchema.plugin(outboxPlugin);
