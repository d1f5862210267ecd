import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';

/**
 * A leader instructed a petition that was already assigned (批示 at any stage, MISSION 1.4, 3.2):
 * the instruction is recorded on the case; nothing is reassigned. Never carries the petitioner's
 * identity.
 */
export class PetitionLeaderInstructed {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  /** The leader's id in routing's leader catalogue, or the leader's user id when the token has none. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  leaderId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  instruction!: string;

  @IsISO8601({ strict: true })
  instructedAt!: string;
}

export const PetitionLeaderInstructedEvent = defineEvent({
  type: 'petition.leader-instructed',
  version: 1,
  topic: Topics.routing,
  payload: PetitionLeaderInstructed,
  summary: 'A leader instructed a petition already assigned; the unit handling it records the instruction (领导批示).',
});
