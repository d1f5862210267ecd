import { Injectable } from '@nestjs/common';
import { DECOY_VERIFIER, normalizeQueryCode, verifyQueryCode } from '@sunshine/contracts';
import { CaseNumberRepository } from '../cases/case-number.repository';
import { FeedbackCaseRepository } from '../cases/feedback-case.repository';
import type { FeedbackCaseRecord } from '../cases/feedback-case.schema';

/**
 * The petitioner's credential, the case number and query code, checked as for ratings: an
 * unknown case is verified against a decoy so that it costs the same time as a wrong code, and
 * the caller answers both with the same 404.
 */
@Injectable()
export class PetitionerCredentials {
  constructor(
    private readonly caseNumbers: CaseNumberRepository,
    private readonly cases: FeedbackCaseRepository,
  ) {}

  async verify(caseNumber: string, queryCode: string): Promise<FeedbackCaseRecord | null> {
    const code = normalizeQueryCode(queryCode);
    const petitionId = await this.caseNumbers.petitionIdOf(caseNumber);
    const record = petitionId ? await this.cases.findById(petitionId) : null;
    const verifier = record?.queryCodeVerifier;
    const verified = await verifyQueryCode(code ?? '', verifier ?? DECOY_VERIFIER);
    return petitionId && record && verifier && code && verified ? record : null;
  }

  /** For staff acting on the petitioner's behalf (a registrar): the case by its number. */
  async byCaseNumber(caseNumber: string): Promise<FeedbackCaseRecord | null> {
    const petitionId = await this.caseNumbers.petitionIdOf(caseNumber);
    return petitionId ? this.cases.findById(petitionId) : null;
  }
}
