import { OUTCOMES_BY_KIND, PetitionKinds, ReplyOutcomes, ReplyParts, type PetitionKind, type ReplyOutcome, type ReplyPart } from '@sunshine/contracts';
import { DomainError } from '@sunshine/platform';

/** A written reply must contain every part its outcome needs (条例 art. 32–35); the refusal names them. */
export class ReplyPartMissing extends DomainError {
  constructor(readonly missingParts: ReplyPart[]) {
    super({
      code: 'REPLY.PART_MISSING',
      status: 422,
      title: { 'zh-CN': '答复意见缺少必备内容', en: 'The reply is missing a required part' },
      detail: {
        'zh-CN': `书面答复意见缺少：${missingParts.map((p) => ReplyParts.label(p, 'zh-CN')).join('、')}。`,
        en: `The written reply is missing: ${missingParts.map((p) => ReplyParts.label(p, 'en')).join('; ')}.`,
      },
      extensions: { missingParts },
    });
  }
}

/** Each kind of petition has its own outcomes (MISSION 2.2): a suggestion is adopted, not "supported". */
export class OutcomeNotForKind extends DomainError {
  constructor(kind: PetitionKind, outcome: ReplyOutcome) {
    const allowed = OUTCOMES_BY_KIND[kind];
    super({
      code: 'CASE.OUTCOME_NOT_FOR_KIND',
      status: 422,
      title: { 'zh-CN': '办理结果与信访事项类型不符', en: 'The outcome does not fit the kind of petition' },
      detail: {
        'zh-CN': `${PetitionKinds.label(kind, 'zh-CN')}类事项不能答复为“${ReplyOutcomes.label(outcome, 'zh-CN')}”，可选：${allowed.map((o) => ReplyOutcomes.label(o, 'zh-CN')).join('、')}。`,
        en: `A ${PetitionKinds.label(kind, 'en').toLowerCase()} cannot be answered "${ReplyOutcomes.label(outcome, 'en')}"; choose one of: ${allowed.join(', ')}.`,
      },
      extensions: { kind, outcome, allowedOutcomes: allowed },
    });
  }
}

/** A promised date or a next check date lies in the past. */
export class ReplyDateInPast extends DomainError {
  constructor(part: 'promisedBy' | 'nextCheckAt') {
    super({
      code: 'REPLY.DATE_IN_PAST',
      status: 422,
      title: { 'zh-CN': '答复中的日期已过', en: 'A date in the reply has already passed' },
      detail: {
        'zh-CN': `${ReplyParts.label(part, 'zh-CN')}应当晚于答复时间。`,
        en: `${ReplyParts.label(part, 'en')} must be later than the reply.`,
      },
      extensions: { part },
    });
  }
}

/** A consultation cites a standard answer that the library does not hold. */
export class StandardAnswerNotForReply extends DomainError {
  constructor(id: string) {
    super({
      code: 'REPLY.STANDARD_ANSWER_NOT_FOUND',
      status: 422,
      title: { 'zh-CN': '引用的标准答复不存在', en: 'The standard answer cited does not exist' },
      detail: {
        'zh-CN': `标准答复库中没有 ${id}，请从 GET /api/v1/standard-answers 选择。`,
        en: `The standard-answer library has no ${id}; choose one from GET /api/v1/standard-answers.`,
      },
      extensions: { standardAnswerId: id },
    });
  }
}

/** A completion note answers a `scheduled` reply's promise, once. */
export class NoPromiseToComplete extends DomainError {
  constructor(alreadyCompleted: boolean) {
    super({
      code: alreadyCompleted ? 'CASE.PROMISE_ALREADY_COMPLETED' : 'CASE.NO_PROMISE',
      status: 409,
      title: alreadyCompleted
        ? { 'zh-CN': '该承诺已报告落实', en: 'The promise was already reported done' }
        : { 'zh-CN': '该件没有待落实的承诺', en: 'The case has no promise to report on' },
      detail: {
        'zh-CN': '只有答复为“限期解决”的办理件，才能在答复后报告落实情况，且只报告一次。',
        en: 'Only a case replied as "scheduled" takes a completion report, once, after the reply.',
      },
    });
  }
}
