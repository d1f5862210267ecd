import {
  Catalogue,
  Channels,
  ConclusionReasons,
  DuplicateRelations,
  EscalationReasons,
  InstructionDecisions,
  PetitionKinds,
  ReopenReasons,
  ReplyOutcomes,
  ReviewDecisions,
  ReviewLevels,
  SatisfactionLevels,
  SupervisionOrderReasons,
  Urgencies,
  VisitMethods,
  WarningLights,
  type DomainEvent,
  type EventType,
  type Producer,
  type ReminderDeadline,
} from '@sunshine/contracts';

/** The time limit a reminder is about, as the summary names it. */
const DEADLINE_LABELS: Record<ReminderDeadline, string> = {
  'accept-by': '受理',
  'handle-by': '办理',
  'promised-by': '承诺落实',
  'visit-by': '回访',
  'order-due-by': '督办回复',
};

/**
 * One event in a petition's timeline: who said what happened when, a one-line zh-CN summary, and
 * the structured facts the case state is derived from.
 *
 * Privacy: no personal data reaches this service, and the timeline keeps it so by never copying
 * free text — petition subject and text, reply text, comments, visit notes, reasons, leaders'
 * instructions. Summaries and facts are built from codes, vocabulary labels, unit ids and names,
 * case numbers, numbers and dates only.
 */
export interface TimelineEntry {
  eventId: string;
  type: EventType;
  producer: Producer;
  occurredAt: Date;
  summary: string;
  facts: Facts;
}

export type Fact = string | number | boolean | string[];
export type Facts = Record<string, Fact>;

/** Event types about one petition (all but bulletins and appraisals). */
export const PETITION_EVENT_TYPES: ReadonlySet<EventType> = new Set(
  Catalogue.map((d) => d.type).filter((t) => t !== 'supervision.bulletin-published' && t !== 'appraisal.published'),
);

/** Position of each type in a petition's life (the catalogue's order): the tie-break of equal times. */
const LIFECYCLE_RANK = new Map<string, number>(Catalogue.map((d, i) => [d.type, i]));

export function lifecycleRank(type: string): number {
  return LIFECYCLE_RANK.get(type) ?? Catalogue.length;
}

/**
 * Time order, whatever order the events arrived in: occurredAt, then the place of the type in a
 * petition's life (an assignment before the acceptance stamped with the same millisecond), then
 * the event id (UUID v7, so creation order) — a total order, so the result never depends on
 * arrival.
 */
export function compareEntries(a: Pick<TimelineEntry, 'occurredAt' | 'type' | 'eventId'>, b: Pick<TimelineEntry, 'occurredAt' | 'type' | 'eventId'>): number {
  return (
    new Date(a.occurredAt).getTime() - new Date(b.occurredAt).getTime() ||
    lifecycleRank(a.type) - lifecycleRank(b.type) ||
    (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)
  );
}

/** `2026-12-11 17:15` in the district's time zone. */
export function formatLocal(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** Drop undefined members, so facts hold only what the event said. */
function facts(values: Record<string, Fact | undefined>): Facts {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Facts;
}

/** The summary and facts of an event about a petition; undefined for bulletins and appraisals. */
export function entryOf(event: DomainEvent, timeZone = 'Asia/Shanghai'): TimelineEntry | undefined {
  const described = describe(event, (iso) => formatLocal(iso, timeZone));
  if (!described) return undefined;
  return {
    eventId: event.id,
    type: event.type,
    producer: event.producer,
    occurredAt: new Date(event.occurredAt),
    summary: described.summary,
    facts: facts({ caseNumber: (event.payload as { caseNumber?: string }).caseNumber, ...described.facts }),
  };
}

function describe(event: DomainEvent, date: (iso: string) => string): { summary: string; facts: Record<string, Fact | undefined> } | undefined {
  switch (event.type) {
    case 'petition.registered': {
      const p = event.payload;
      return {
        summary: `登记，编号 ${p.caseNumber}（${Channels.label(p.channel)}）${p.confidential ? '，检举控告件' : ''}`,
        facts: { channel: p.channel, receivedAt: p.receivedAt, confidential: p.confidential, dueBy: p.dueBy },
      };
    }
    case 'petition.withdrawn':
      return { summary: '信访人撤回信访事项', facts: { withdrawnAt: event.payload.withdrawnAt } };
    case 'petition.duplicate-linked': {
      const p = event.payload;
      return {
        summary: `判重：与 ${p.originalCaseNumber} 为${DuplicateRelations.label(p.relation)}，并入原件办理（相似度 ${p.similarity.toFixed(2)}）`,
        facts: { originalPetitionId: p.originalPetitionId, originalCaseNumber: p.originalCaseNumber, relation: p.relation, similarity: p.similarity },
      };
    }
    case 'petition.link-undone':
      return {
        summary: `撤销并件：原关联 ${event.payload.originalPetitionId}，作为独立事项重新分流`,
        facts: { originalPetitionId: event.payload.originalPetitionId, undoneBy: event.payload.undoneBy, undoneAt: event.payload.undoneAt },
      };
    case 'petition.triaged': {
      const p = event.payload;
      const category = [p.category.level1, p.category.level2, p.category.level3].filter(Boolean).join(' > ');
      return {
        summary: `分类：${PetitionKinds.label(p.kind)}，${category}，${Urgencies.label(p.urgency)}${p.sealed ? '，检举控告件（保密）' : ''}${p.proposedUnits.length ? `；建议承办：${p.proposedUnits.join('、')}` : ''}`,
        facts: { kind: p.kind, urgency: p.urgency, proposedUnits: p.proposedUnits, sealed: p.sealed },
      };
    }
    case 'petition.escalated':
      return {
        summary: `${EscalationReasons.label(event.payload.reason)}事项，已即时报告领导${event.payload.leaderIds?.length ? `（${event.payload.leaderIds.join('、')}）` : ''}`,
        facts: { reason: event.payload.reason, leaderIds: event.payload.leaderIds },
      };
    case 'petition.instruction-requested':
      return {
        summary: `呈报${event.payload.leaderId ? `领导 ${event.payload.leaderId} ` : '领导'}阅示${event.payload.proposedUnits.length ? `（拟交办：${event.payload.proposedUnits.join('、')}）` : ''}`,
        facts: { proposedUnits: event.payload.proposedUnits, leaderId: event.payload.leaderId },
      };
    case 'petition.leader-instructed': {
      const p = event.payload;
      return { summary: `领导 ${p.leaderId} 对该件作出批示`, facts: { leaderId: p.leaderId, instructedAt: p.instructedAt } };
    }
    case 'petition.instructed': {
      const p = event.payload;
      return {
        summary: `领导批示：${InstructionDecisions.label(p.decision)}${p.leadUnitId ? `，主办 ${p.leadUnitId}` : ''}${p.leaderInCharge ? '，领导包案' : ''}`,
        facts: { decision: p.decision, leadUnitId: p.leadUnitId, instructedAt: p.instructedAt },
      };
    }
    case 'petition.assigned':
    case 'petition.reassigned': {
      const p = event.payload;
      const reassigned = event.type === 'petition.reassigned';
      const previous = reassigned ? event.payload.previousUnitId : undefined;
      const assisting = p.assistingUnitIds.length ? `，协办 ${p.assistingUnitIds.join('、')}` : '';
      return {
        summary:
          `${reassigned ? `改派（原承办 ${previous}）` : '交办'}：主办 ${p.leadUnitName}${assisting}；` +
          `受理期限 ${date(p.acceptBy)}，办理期限 ${date(p.handleBy)}`,
        facts: {
          leadUnitId: p.leadUnitId,
          leadUnitName: p.leadUnitName,
          assistingUnitIds: p.assistingUnitIds,
          acceptBy: p.acceptBy,
          handleBy: p.handleBy,
          receivedAt: p.receivedAt,
          kind: p.kind,
          previousUnitId: previous,
        },
      };
    }
    case 'case.accepted': {
      const p = event.payload;
      return { summary: `${p.unitId} 受理，办理期限 ${date(p.handleBy)}`, facts: { unitId: p.unitId, acceptedAt: p.acceptedAt, handleBy: p.handleBy } };
    }
    case 'case.not-accepted': {
      const p = event.payload;
      return { summary: `${p.unitId} 决定不予受理`, facts: { unitId: p.unitId, decidedAt: p.decidedAt } };
    }
    case 'case.transferred': {
      const p = event.payload;
      return { summary: `${p.unitId} 转送 ${p.toBody} 处理`, facts: { unitId: p.unitId, toBody: p.toBody, transferredAt: p.transferredAt } };
    }
    case 'case.returned': {
      const p = event.payload;
      return {
        summary: `${p.unitId} 退回，非本单位职责${p.suggestedUnitId ? `（建议由 ${p.suggestedUnitId} 办理）` : ''}`,
        facts: { unitId: p.unitId, returnedAt: p.returnedAt, suggestedUnitId: p.suggestedUnitId },
      };
    }
    case 'case.extended': {
      const p = event.payload;
      return {
        summary: `${p.unitId} 经批准延期 ${p.days} 天，办理期限延至 ${date(p.handleBy)}（批准：${p.approvedBy}）`,
        facts: { unitId: p.unitId, days: p.days, handleBy: p.handleBy, approvedBy: p.approvedBy, requestId: p.requestId },
      };
    }
    case 'case.extension-requested': {
      const p = event.payload;
      return {
        summary: `${p.unitId} 申请延期 ${p.days} 天（${p.requestId}），待领导审批`,
        facts: { unitId: p.unitId, requestId: p.requestId, days: p.days, requestedAt: p.requestedAt },
      };
    }
    case 'case.extension-refused': {
      const p = event.payload;
      return { summary: `领导 ${p.refusedBy} 未批准 ${p.unitId} 的延期申请（${p.requestId}）`, facts: { unitId: p.unitId, requestId: p.requestId, refusedBy: p.refusedBy, refusedAt: p.refusedAt } };
    }
    case 'case.assist-opinion-submitted': {
      const p = event.payload;
      return { summary: `协办单位 ${p.unitId} 提交协办意见`, facts: { assistingUnitId: p.unitId, submittedAt: p.submittedAt } };
    }
    case 'case.joint-convened': {
      const p = event.payload;
      return {
        summary: `信联办召集联席会商：${p.participantUnitIds.join('、')}，形成联合处理意见`,
        facts: { unitId: p.unitId, convenedBy: p.convenedBy, participantUnitIds: p.participantUnitIds, convenedAt: p.convenedAt },
      };
    }
    case 'case.coordination-requested': {
      const p = event.payload;
      return { summary: `${p.unitId} 申请信联办协调`, facts: { unitId: p.unitId, requestedAt: p.requestedAt } };
    }
    case 'case.replied': {
      const p = event.payload;
      const promise = p.promisedBy ? `，承诺 ${date(p.promisedBy)} 前解决` : p.nextCheckAt ? `，下次核查 ${date(p.nextCheckAt)}` : '';
      return {
        summary: `${p.unitId} 第 ${p.round} 次答复：${ReplyOutcomes.label(p.outcome)}${promise}`,
        facts: { unitId: p.unitId, outcome: p.outcome, round: p.round, repliedAt: p.repliedAt, promisedBy: p.promisedBy, nextCheckAt: p.nextCheckAt },
      };
    }
    case 'case.completion-reported': {
      const p = event.payload;
      return { summary: `${p.unitId} 报告承诺事项已落实（承诺期限 ${date(p.promisedBy)}）`, facts: { unitId: p.unitId, reportedAt: p.reportedAt, promisedBy: p.promisedBy } };
    }
    case 'case.reopened': {
      const p = event.payload;
      return {
        summary: `${ReopenReasons.label(p.reason)}，${p.unitId} 重新办理，办理期限 ${date(p.handleBy)}`,
        facts: { unitId: p.unitId, reason: p.reason, reopenedAt: p.reopenedAt, handleBy: p.handleBy },
      };
    }
    case 'case.rehandling-limit-reached': {
      const p = event.payload;
      return {
        summary: `第 ${p.round} 次答复仍不满意，已重办 ${p.reopenings} 次，不再自动重办；已告知申请复查，列为督办候选`,
        facts: { unitId: p.unitId, round: p.round, reopenings: p.reopenings, reachedAt: p.reachedAt },
      };
    }
    case 'case.closed': {
      const p = event.payload;
      return { summary: `${p.unitId} 办结${p.reason === 'withdrawn' ? '（信访人撤回）' : ''}`, facts: { unitId: p.unitId, closedAt: p.closedAt, reason: p.reason } };
    }
    case 'feedback.visited': {
      // The method, the date and a recorded satisfaction; never the visitor nor what was said.
      const p = event.payload;
      const rated = p.satisfaction ? `，回访代评：${SatisfactionLevels.label(p.satisfaction)}` : '';
      return {
        summary: `${VisitMethods.label(p.method)}（${p.unitId}，${date(p.visitedAt)}）${rated}`,
        facts: { unitId: p.unitId, method: p.method, visitedAt: p.visitedAt, visitId: p.visitId, satisfaction: p.satisfaction },
      };
    }
    case 'feedback.rated': {
      const p = event.payload;
      const via = p.ratedViaPetitionId ? `（关联信访人经 ${p.ratedViaPetitionId} 评价）` : '';
      const source = p.source === 'visit' ? '（回访代评）' : '';
      return {
        summary: `第 ${p.round} 次答复满意度测评：${SatisfactionLevels.label(p.satisfaction)}${source}${via}`,
        facts: {
          unitId: p.unitId,
          satisfaction: p.satisfaction,
          round: p.round,
          ratedAt: p.ratedAt,
          ratedViaPetitionId: p.ratedViaPetitionId,
          source: p.source,
          visitId: p.visitId,
          reasonCount: p.reasons?.length,
        },
      };
    }
    case 'feedback.review-requested': {
      const p = event.payload;
      const by = p.requestedBy === 'registrar' ? '（登记人员代为申请）' : '';
      return {
        summary: `申请${ReviewLevels.label(p.level)}${by}，答复期限 ${date(p.answerBy)}`,
        facts: { level: p.level, requestedAt: p.requestedAt, answerBy: p.answerBy, reviewId: p.reviewId, requestedBy: p.requestedBy },
      };
    }
    case 'feedback.review-decided': {
      const p = event.payload;
      const again = p.decision === 'change' && p.newHandleBy ? `，重新办理期限 ${date(p.newHandleBy)}` : '';
      return {
        summary: `${ReviewLevels.label(p.level)}意见：${ReviewDecisions.label(p.decision)}${again}`,
        facts: { level: p.level, decision: p.decision, decidedAt: p.decidedAt, reviewId: p.reviewId, newHandleBy: p.newHandleBy },
      };
    }
    case 'petition.concluded':
      return {
        summary: `事项办结（${ConclusionReasons.label(event.payload.reason)}）`,
        facts: { reason: event.payload.reason, concludedAt: event.payload.concludedAt },
      };
    case 'supervision.reminded': {
      const p = event.payload;
      return {
        summary: `提醒 ${p.unitId}：${WarningLights.label(p.light)}，${DEADLINE_LABELS[p.deadline]}期限 ${date(p.dueAt)}`,
        facts: { unitId: p.unitId, light: p.light, deadline: p.deadline, dueAt: p.dueAt, ...(p.orderId ? { orderId: p.orderId } : {}) },
      };
    }
    case 'supervision.order-issued': {
      const p = event.payload;
      return {
        summary: `督办 ${p.orderId}：${p.unitId} 限 ${date(p.dueBy)} 前办理${p.reasonCode ? `（${SupervisionOrderReasons.label(p.reasonCode)}）` : ''}`,
        facts: { unitId: p.unitId, orderId: p.orderId, dueBy: p.dueBy, ...(p.reasonCode ? { reasonCode: p.reasonCode } : {}), automatic: p.automatic === true },
      };
    }
    case 'petition.not-accepted-again': {
      const p = event.payload;
      return {
        summary: `与 ${p.originalCaseNumber} 同一事实和理由，复查复核已终结，不再受理（转登记人员）`,
        facts: { originalPetitionId: p.originalPetitionId, originalCaseNumber: p.originalCaseNumber, decidedAt: p.decidedAt },
      };
    }
    case 'case.order-answered': {
      // The answer is the unit's own text: only that and when it came.
      const p = event.payload;
      return { summary: `督办回复 ${p.orderId}：${p.unitId} 于 ${date(p.answeredAt)} 回复`, facts: { unitId: p.unitId, orderId: p.orderId, answeredAt: p.answeredAt } };
    }
    default:
      return undefined;
  }
}
