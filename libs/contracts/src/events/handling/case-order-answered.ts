import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import { CaseEventBase } from './case-events';

/**
 * The lead unit answered a supervision order (督办单) about its case: what it did about it. The
 * answer is the unit's own text; supervision records that and when it came (the order is then
 * `answered`, or was answered late), never copying the text into a timeline.
 */
export class CaseOrderAnswered extends CaseEventBase {
  /** The order's id, as in `supervision.order-issued`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  orderId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  answer!: string;

  @IsISO8601({ strict: true })
  answeredAt!: string;
}

export const CaseOrderAnsweredEvent = defineEvent({
  type: 'case.order-answered',
  version: 1,
  topic: Topics.handling,
  payload: CaseOrderAnswered,
  summary: 'The lead unit answered a supervision order about its case (督办回复).',
});
