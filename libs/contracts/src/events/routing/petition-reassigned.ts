import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import { PetitionAssigned } from './petition-assigned';

export class PetitionReassigned extends PetitionAssigned {
  @Matches(UNIT_ID_PATTERN)
  previousUnitId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export const PetitionReassignedEvent = defineEvent({
  type: 'petition.reassigned',
  version: 1,
  topic: Topics.routing,
  payload: PetitionReassigned,
  summary: 'A returned or misrouted petition was assigned to another unit (改派).',
});
