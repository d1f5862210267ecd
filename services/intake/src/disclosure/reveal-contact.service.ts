import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { hasRole, type Principal } from '@sunshine/auth';
import { Clock } from '@sunshine/platform';
import { revealIdentity } from '../privacy/petitioner-identity';
import { PiiCipher } from '../privacy/pii-cipher';
import { PETITIONS, type PetitionRecord } from '../registration/petition.schema';
import { IdentitySealed, LeadUnitOnly, NoContactDetails, PetitionNotFound } from './disclosure.errors';
import { revealRefusal } from './reveal-policy';
import { RevealAuditRepository } from './reveal-audit.repository';

export interface ContactDetails {
  name?: string;
  phone?: string;
  address?: string;
  email?: string;
}

/**
 * Audited disclosure of a petitioner's contact details to the unit handling the case, so it
 * can call back (回访). Refused for confidential reports (检举控告, ticked or sealed by routing) to
 * every unit, to assisting units (协办: only the lead unit 主办 may call the petitioner) and to any
 * unit the petition is not assigned to; every disclosure is written to the audit chain first.
 */
@Injectable()
export class RevealContactService {
  constructor(
    @InjectModel(PETITIONS) private readonly petitions: Model<PetitionRecord>,
    private readonly cipher: PiiCipher,
    private readonly audit: RevealAuditRepository,
    private readonly clock: Clock,
  ) {}

  /** The petition as far as this caller may know it exists; a unit sees only its own. */
  async visiblePetition(principal: Principal, petitionId: string): Promise<PetitionRecord> {
    const petition = await this.petitions.findById(petitionId).lean();
    if (!petition) throw new PetitionNotFound();
    if (hasRole(principal, 'unit') && !petition.assignment?.unitIds.includes(principal.unitId ?? '')) throw new PetitionNotFound();
    return petition as PetitionRecord;
  }

  async reveal(principal: Principal, petitionId: string, reason: string): Promise<ContactDetails> {
    const petition = await this.visiblePetition(principal, petitionId);
    const refusal = revealRefusal(petition, principal.unitId);
    if (refusal === 'sealed') throw new IdentitySealed();
    if (refusal === 'not-lead') throw new LeadUnitOnly();
    const { name, phone, address, email } = revealIdentity(petitionId, petition.petitioner, this.cipher);
    if (!name && !phone && !address && !email) throw new NoContactDetails();
    await this.audit.append({
      at: this.clock.now().toISOString(),
      actor: principal.subject,
      ...(principal.unitId ? { unitId: principal.unitId } : {}),
      action: 'contact-revealed',
      petitionId,
      reason,
    });
    return { ...(name ? { name } : {}), ...(phone ? { phone } : {}), ...(address ? { address } : {}), ...(email ? { email } : {}) };
  }
}
