import { Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import type { MatterCandidate } from '../dedup/duplicate-detector';
import { RoutingIntelligence } from '../intelligence/routing-intelligence.provider';
import type { RoutingPetition } from '../routing/routing-petition';
import { RoutingPetitionRepository } from '../routing/routing-petition.repository';
import { unitById } from '../routing/unit-catalogue';
import { UnitCatalogueProvider } from '../routing/unit-catalogue.provider';
import type { DuplicateCandidatesRequest } from './dto/duplicate-candidates.request.dto';
import type { DuplicateCandidateDto, DuplicateCandidatesResponseDto } from './dto/duplicate-candidates.response.dto';

/**
 * Duplicate hints while a hotline operator types a call (“this is already case SW-2026-000123”):
 * the duplicate detector finds and scores the candidates (read-only), and the routing records
 * add what the operator may see of them. Nothing is stored and the typed text is not kept or
 * logged: it may name the caller.
 */
@Injectable()
export class DuplicateCandidatesService {
  constructor(
    private readonly intelligence: RoutingIntelligence,
    private readonly petitions: RoutingPetitionRepository,
    private readonly units: UnitCatalogueProvider,
    private readonly clock: Clock,
  ) {}

  async search(request: DuplicateCandidatesRequest): Promise<DuplicateCandidatesResponseDto> {
    const now = this.clock.now();
    const typed = { text: request.text, ...(request.subject ? { subject: request.subject } : {}) };
    const vectors = await this.intelligence.embed(request.text);
    const found = this.intelligence.detector.searchCandidates(typed, { limit: request.limit ?? 5, at: now, ...vectors });
    const records = found.length ? await this.petitions.findHintSummaries(found.map((c) => c.petitionId)) : [];
    const byId = new Map(records.map((r) => [r._id, r]));
    // The index is added to only after the record is written: a candidate always has its record.
    const items = found.flatMap((candidate) => {
      const record = byId.get(candidate.petitionId);
      return record ? [this.view(candidate, record)] : [];
    });
    return { items, searchedAt: now.toISOString() };
  }

  /** A candidate as the operator sees it; a confidential report (检举控告) only by its number, dates and status. */
  private view(candidate: MatterCandidate, record: RoutingPetition): DuplicateCandidateDto {
    const confidential = Boolean(record.caseFile?.confidential || record.sealed);
    const base = {
      petitionId: candidate.petitionId,
      caseNumber: record.caseNumber,
      score: candidate.score,
      reasons: candidate.reasons,
      registeredAt: new Date(record.receivedAt).toISOString(),
      status: record.status,
      confidential,
    };
    if (confidential) return base;
    const unitId = record.assignment?.leadUnitId;
    const unitName = unitId ? unitById(this.units.catalogue, unitId)?.name : undefined;
    return {
      ...base,
      ...(record.caseFile?.subject ? { subject: record.caseFile.subject } : {}),
      ...(record.triage?.category ? { category: record.triage.category } : {}),
      ...(unitId ? { unitId } : {}),
      ...(unitName ? { unitName } : {}),
    };
  }
}
