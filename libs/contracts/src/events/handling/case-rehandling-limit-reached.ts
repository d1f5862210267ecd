import { IsInt, IsISO8601, Min } from 'class-validator';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import { CaseEventBase } from './case-events';

/**
 * Re-handling is bounded (重办有限): the petitioner was dissatisfied again after the case had
 * already been reopened for dissatisfaction as often as handling allows
 * (`HANDLING_MAX_DISSATISFIED_REOPENINGS`, default 1). The case is not reopened again; the
 * reply stands, the petitioner is told of the right to review (复查, 信访工作条例 art. 35), and
 * supervision takes the case as a candidate for a supervision order.
 */
export class CaseRehandlingLimitReached extends CaseEventBase {
  /** Reopenings for dissatisfaction so far (the limit that was reached; 0 when none are allowed). */
  @IsInt()
  @Min(0)
  reopenings!: number;

  /** The reply round the petitioner was dissatisfied with. */
  @IsInt()
  @Min(1)
  round!: number;

  @IsISO8601({ strict: true })
  reachedAt!: string;
}

export const CaseRehandlingLimitReachedEvent = defineEvent({
  type: 'case.rehandling-limit-reached',
  version: 1,
  topic: Topics.handling,
  payload: CaseRehandlingLimitReached,
  summary: 'Dissatisfied again after the allowed reopenings: not reopened; review advised, a supervision-order candidate (重办次数已满).',
});
