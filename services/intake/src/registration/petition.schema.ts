import { Schema } from 'mongoose';
import type { AttachmentRef, Channel, PetitionerKeys, PetitionKind } from '@sunshine/contracts';
import { outboxPlugin, type InboxFields, type OutboxFields } from '@sunshine/messaging';
import type { SealedPetitioner } from '../privacy/petitioner-identity';

export const PETITIONS = 'petitions';

/**
 * One step of the petitioner's progress view: what happened (an event type), when, and the
 * few public facts needed to tell it. Status, unit and reply are derived from the steps in time
 * order when the view is read, so events arriving from different topics in any order give the
 * same view.
 */
export interface ProgressStep {
  code: string;
  at: Date;
  eventId?: string;
  params?: Record<string, string | number | boolean>;
}

export interface PetitionProgress {
  steps: ProgressStep[];
}

/**
 * A petition as intake received it. Personal data are sealed (AES-256-GCM); the text that
 * leaves intake is the redacted one, the original text is sealed too.
 */
export interface PetitionRecord extends OutboxFields, InboxFields {
  _id: string;
  caseNumber: string;
  channel: Channel;
  subject: string;
  text: string;
  originalText: string;
  receivedAt: Date;
  area?: string;
  confidential: boolean;
  anonymous: boolean;
  petitioner: SealedPetitioner;
  petitionerKeys: PetitionerKeys;
  petitionerRef?: string;
  queryCodeVerifier: string;
  idempotencyKey?: string;
  sourceRef?: string;
  kindHint?: PetitionKind;
  categoryHint?: { level1: string; level2?: string };
  location?: { lat?: number; long?: number; description?: string };
  dueBy?: Date;
  attachments: AttachmentRef[];
  progress: PetitionProgress;
  /**
   * The units the petition is assigned to now (lead first) and when that was decided, from
   * routing's events: who may reveal contact details and open attachments.
   */
  /** The units on the case, lead first; `sealed` when routing sealed it as a report (检举控告) though nobody ticked the box. */
  assignment?: { unitIds: string[]; at: Date; sealed?: boolean };
  createdAt: Date;
  updatedAt: Date;
}

export const PetitionSchema = new Schema<PetitionRecord>(
  {
    _id: { type: String, required: true },
    caseNumber: { type: String, required: true, unique: true },
    channel: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    originalText: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    area: String,
    confidential: { type: Boolean, required: true },
    anonymous: { type: Boolean, required: true },
    petitioner: { type: Schema.Types.Mixed, default: {} },
    petitionerKeys: { type: Schema.Types.Mixed, default: {} },
    petitionerRef: String,
    queryCodeVerifier: { type: String, required: true },
    idempotencyKey: String,
    sourceRef: String,
    kindHint: String,
    categoryHint: { type: Schema.Types.Mixed },
    location: { type: Schema.Types.Mixed },
    dueBy: Date,
    attachments: { type: Schema.Types.Mixed, default: () => [] },
    progress: { type: Schema.Types.Mixed, required: true },
    assignment: { type: Schema.Types.Mixed },
  },
  { collection: PETITIONS, versionKey: false, timestamps: true, minimize: false },
);
PetitionSchema.plugin(outboxPlugin);
