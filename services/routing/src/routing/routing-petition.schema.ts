import { Schema } from 'mongoose';
import { outboxPlugin, type InboxFields, type OutboxFields } from '@sunshine/messaging';

export const ROUTING_PETITIONS = 'routing_petitions';

/** Where a petition stands, as far as routing needs to know for linking repeats to it. */
export type RoutingStatus = 'assigned' | 'linked' | 'replied' | 'closed' | 'concluded' | 'withdrawn';

/** Routing's record of a petition: its decision, the unit, and the state later events report. */
export interface RoutingPetition extends OutboxFields, InboxFields {
  _id: string;
  caseNumber: string;
  receivedAt: Date;
  petitionerRef?: string;
  status: RoutingStatus;
  decision: 'new' | 'repeat' | 'joint';
  linkedTo?: string;
  leadUnitId?: string;
  ruleVersion?: string;
  repliedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const RoutingPetitionSchema = new Schema<RoutingPetition>(
  {
    _id: { type: String, required: true },
    caseNumber: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    petitionerRef: String,
    status: { type: String, required: true },
    decision: { type: String, required: true },
    linkedTo: String,
    leadUnitId: String,
    ruleVersion: String,
    repliedAt: Date,
  },
  { collection: ROUTING_PETITIONS, versionKey: false, timestamps: true },
);
RoutingPetitionSchema.plugin(outboxPlugin);
