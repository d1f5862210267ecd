import { Injectable } from '@nestjs/common';
import { PetitionStatuses, ReplyOutcomes, SatisfactionLevels } from '@sunshine/contracts';
import { unitScope, type Principal } from '@sunshine/auth';
import { Clock } from '@sunshine/platform';
import { SupervisionRules } from '../rules/supervision-rules.provider';
import { warningView } from '../warning-light/warning-view';
import { deriveCase } from './case-state';
import { workflowView } from './case-workflow-state';
import type { TimelineResponseDto } from './dto/timeline.response.dto';
import { compareEntries } from './timeline-entry';
import { TimelineNotFound } from './timeline.errors';
import { timelineTitle } from './timeline-titles';
import { TimelineRepository } from './timeline.repository';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * A petition's timeline for supervisors, leaders, the joint office, the organization department
 * and admins; for unit staff only when their unit handles the case (lead or assisting).
 * The state is derived afresh from the stored events, the light from the clock now.
 */
@Injectable()
export class ViewTimelineService {
  constructor(
    private readonly timelines: TimelineRepository,
    private readonly rules: SupervisionRules,
    private readonly clock: Clock,
  ) {}

  async view(petitionId: string, principal: Principal): Promise<TimelineResponseDto> {
    const record = await this.timelines.findInScope(petitionId, unitScope(principal));
    if (!record) throw new TimelineNotFound();
    const state = deriveCase(petitionId, record.entries, this.rules.derivation);
    return {
      petitionId,
      ...(state.caseNumber ? { caseNumber: state.caseNumber } : {}),
      status: state.status,
      statusLabel: PetitionStatuses.label(state.status),
      open: state.open,
      ...(state.kind ? { kind: state.kind } : {}),
      ...(state.urgency ? { urgency: state.urgency } : {}),
      escalations: state.escalations,
      ...(state.leadUnitId ? { leadUnit: { unitId: state.leadUnitId, ...(state.leadUnitName ? { name: state.leadUnitName } : {}) } } : {}),
      assistingUnitIds: state.assistingUnitIds,
      deadlines: {
        ...(state.receivedAt ? { receivedAt: state.receivedAt } : {}),
        ...(state.acceptBy ? { acceptBy: state.acceptBy } : {}),
        ...(state.acceptedAt ? { acceptedAt: state.acceptedAt } : {}),
        ...(state.handleBy ? { handleBy: state.handleBy } : {}),
        extensions: state.extensions,
        ...(state.reviewAnswerBy ? { reviewAnswerBy: state.reviewAnswerBy } : {}),
      },
      warning: warningView(state.clock, this.clock.now(), this.rules.light),
      replies: state.replies.map((r) => ({ ...r, outcomeLabel: ReplyOutcomes.label(r.outcome) })),
      ratings: state.ratings.map((r) => ({ ...r, satisfactionLabel: SatisfactionLevels.label(r.satisfaction) })),
      acceptanceDecisions: state.decisions,
      duplicates: {
        ...(state.duplicateOf ? { linkedTo: state.duplicateOf } : {}),
        linkedFrom: (record.linkedDuplicates ?? [])
          .filter((l) => !(record.unlinkedDuplicates ?? []).includes(l.petitionId))
          .map((l) => ({ ...l, linkedAt: iso(l.linkedAt) })),
      },
      supervision: { reminders: state.reminders, orders: state.supervisionOrders },
      workflow: workflowView(state.workflow, this.clock.now()),
      events: [...record.entries].sort(compareEntries).map((e) => ({
        eventId: e.eventId,
        type: e.type,
        producer: e.producer,
        occurredAt: iso(e.occurredAt),
        summary: e.summary,
        title: timelineTitle(e.type),
      })),
    };
  }
}
