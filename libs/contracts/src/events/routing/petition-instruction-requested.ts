import { ArrayMaxSize, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN, UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';

export class PetitionInstructionRequested {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  /** Why it waits for a leader, e.g. `major`, `confidential`, `multi-unit`, `low-confidence`. */
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  reasons!: string[];

  @ArrayMaxSize(10)
  @Matches(UNIT_ID_PATTERN, { each: true })
  proposedUnits!: string[];

  /**
   * Whose queue it waits in: the leader's id in routing's leader catalogue (`party-secretary` for
   * the Secretary's mailbox 书记信箱, `district-head` for the district head's 区长信箱). Absent: any
   * leader may instruct it.
   */
  @IsOptional()
  @MaxLength(64)
  @Matches(UNIT_ID_PATTERN)
  leaderId?: string;
}

export const PetitionInstructionRequestedEvent = defineEvent({
  type: 'petition.instruction-requested',
  version: 1,
  topic: Topics.routing,
  payload: PetitionInstructionRequested,
  summary: 'The petition was put to the leaders for reading and instruction (批阅/批示).',
});
