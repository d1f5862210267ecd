import { Schema } from 'mongoose';
import { outboxPlugin } from '@sunshine/messaging';
import type { RoutingPetition } from './routing-petition';

export type { Assignment, CaseFile, RoutingPetition, RoutingStatus } from './routing-petition';

export const ROUTING_PETITIONS = 'routing_petitions';

export const RoutingPetitionSchema = new Schema<RoutingPetition>(
  {
    _id: { type: String, required: true },
    caseNumber: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    petitionerRef: String,
    status: { type: String, required: true },
    decision: { type: String, required: true },
    linkedTo: String,
    caseFile: { type: Schema.Types.Mixed, required: true },
    triage: { type: Schema.Types.Mixed },
    proposal: { type: Schema.Types.Mixed },
    assignment: { type: Schema.Types.Mixed },
    instruction: { type: Schema.Types.Mixed },
    returns: { type: Schema.Types.Mixed, default: () => [] },
    dedup: { type: Schema.Types.Mixed },
    repliedAt: Date,
  },
  { collection: ROUTING_PETITIONS, versionKey: false, timestamps: true, minimize: false },
);
RoutingPetitionSchema.plugin(outboxPlugin);
