import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { normalizeQueryCode, verifyQueryCode } from '@sunshine/contracts';
import type { Language } from '@sunshine/platform';
import { CaseNumberRepository } from '../registration/case-number.repository';
import { PETITIONS, type PetitionRecord } from '../registration/petition.schema';
import { renderProgress, type ProgressView } from './progress';
import { ProgressNotFound } from './progress.errors';

@Injectable()
export class ProgressService {
  private readonly timeZone: string;

  constructor(
    @InjectModel(PETITIONS) private readonly petitions: Model<PetitionRecord>,
    private readonly caseNumbers: CaseNumberRepository,
    config: ConfigService,
  ) {
    this.timeZone = config.getOrThrow<string>('INTAKE_TIME_ZONE');
  }

  /** The petitioner's view, only for the right case number and query code. */
  async view(caseNumber: string, queryCode: string, language: Language): Promise<ProgressView> {
    const code = normalizeQueryCode(queryCode);
    const petitionId = code ? await this.caseNumbers.petitionIdOf(caseNumber) : undefined;
    const petition = petitionId
      ? await this.petitions.findById(petitionId, { caseNumber: 1, queryCodeVerifier: 1, progress: 1 }).lean()
      : undefined;
    if (!petition || !code || !(await verifyQueryCode(code, petition.queryCodeVerifier))) throw new ProgressNotFound();
    return renderProgress(petition.caseNumber, petition.progress.steps, language, this.timeZone);
  }
}
