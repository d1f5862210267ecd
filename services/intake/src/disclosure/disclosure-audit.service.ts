import { Injectable } from '@nestjs/common';
import { firstBrokenEntry, type AuditEntry } from './audit-chain';
import { RevealAuditRepository } from './reveal-audit.repository';

export interface AuditLogView {
  intact: boolean;
  firstBrokenEntry?: number;
  entries: AuditEntry[];
}

/** The disclosure audit log for supervisors: the whole chain is verified, then narrowed if asked. */
@Injectable()
export class DisclosureAuditService {
  constructor(private readonly audit: RevealAuditRepository) {}

  async log(petitionId?: string): Promise<AuditLogView> {
    const all = await this.audit.list();
    const broken = firstBrokenEntry(all);
    return {
      intact: broken === undefined,
      ...(broken !== undefined ? { firstBrokenEntry: broken } : {}),
      entries: petitionId ? all.filter((e) => e.petitionId === petitionId) : all,
    };
  }
}
