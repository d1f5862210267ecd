import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';

/**
 * A registrar undid a wrong duplicate link (撤销判重). Followed in the same write by the fresh
 * routing events: `petition.triaged`, then `petition.assigned` or `petition.instruction-requested`.
 */
export class PetitionLinkUndone {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  /** The petition it had been linked to by mistake. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  originalPetitionId!: string;

  /** Who undid the link (the registrar's subject). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  undoneBy!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @IsISO8601({ strict: true })
  undoneAt!: string;
}

export const PetitionLinkUndoneEvent = defineEvent({
  type: 'petition.link-undone',
  version: 1,
  topic: Topics.routing,
  payload: PetitionLinkUndone,
  summary: 'A wrong duplicate link was undone by a registrar; the petition is routed afresh (撤销判重).',
});
