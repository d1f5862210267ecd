import { IsOptional, IsUUID } from 'class-validator';

/** Narrows the audit log to one petition (the chain is always verified whole). */
export class AuditQuery {
  @IsOptional()
  @IsUUID('all')
  petitionId?: string;
}
