import { EscalationReasons, type EscalationReason, type EventEnvelope, type Label, type PetitionEscalated } from '@sunshine/contracts';

/**
 * One row of a leader's notification feed (领导提醒): an urgent or group matter reported to them at
 * once (重大紧急事项报告, MISSION 1.2). It names the case and why, never the petitioner: the
 * escalation event it comes from carries no identity, and neither does this.
 */
export interface LeaderNotification {
  /** `<escalation event id>:<leader id>`: one row per leader per escalation, however often the event is delivered. */
  _id: string;
  leaderId: string;
  petitionId: string;
  caseNumber: string;
  reason: EscalationReason;
  signals: string[];
  relatedPetitionIds: string[];
  /** When the matter was escalated. */
  at: Date;
  read: boolean;
  readAt?: Date;
}

export const notificationId = (eventId: string, leaderId: string) => `${eventId}:${leaderId}`;

/** The feed rows an escalation makes: one for each leader it names (none when it names nobody). */
export function notificationsOf(event: Pick<EventEnvelope<'petition.escalated', PetitionEscalated>, 'id' | 'petitionId' | 'occurredAt' | 'payload'>): LeaderNotification[] {
  const { payload } = event;
  if (!event.petitionId) return [];
  return [...new Set(payload.leaderIds ?? [])].map((leaderId) => ({
    _id: notificationId(event.id, leaderId),
    leaderId,
    petitionId: event.petitionId!,
    caseNumber: payload.caseNumber,
    reason: payload.reason,
    signals: payload.signals,
    relatedPetitionIds: payload.relatedPetitionIds ?? [],
    at: new Date(event.occurredAt),
    read: false,
  }));
}

/** A row as the leader reads it, with the reason in zh-CN and English. */
export function feedItemOf(row: LeaderNotification) {
  const reasonLabel: Label = EscalationReasons.labels[row.reason];
  return {
    id: row._id,
    petitionId: row.petitionId,
    caseNumber: row.caseNumber,
    reason: row.reason,
    reasonLabel,
    signals: row.signals,
    relatedPetitionIds: row.relatedPetitionIds,
    at: row.at.toISOString(),
    read: row.read,
    ...(row.readAt ? { readAt: row.readAt.toISOString() } : {}),
  };
}
