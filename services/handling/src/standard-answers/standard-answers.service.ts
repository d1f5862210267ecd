import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { Principal } from '@sunshine/auth';
import { Clock } from '@sunshine/platform';
import type { EditStandardAnswerRequest, StandardAnswerRequest } from './dto/standard-answer.request.dto';
import { toStandardAnswerResponse, type StandardAnswerListResponseDto, type StandardAnswerResponseDto } from './dto/standard-answer.response.dto';
import { firstVersion, nextVersion, versionOf, type StandardAnswerContent } from './standard-answer';
import { StandardAnswerNotFound, StandardAnswerStale } from './standard-answer.errors';
import { StandardAnswersRepository } from './standard-answers.repository';

const contentOf = (body: StandardAnswerRequest): StandardAnswerContent => ({
  category: body.category,
  title: body.title,
  keywords: body.keywords,
  answer: body.answer,
  legalBasis: { law: body.legalBasis.law, article: body.legalBasis.article },
});

/** Read, write and version the standard-answer library (标准答复库). */
@Injectable()
export class StandardAnswersService {
  constructor(
    private readonly answers: StandardAnswersRepository,
    private readonly clock: Clock,
  ) {}

  async list(category?: string): Promise<StandardAnswerListResponseDto> {
    return { items: (await this.answers.list(category)).map((doc) => toStandardAnswerResponse(doc, doc)) };
  }

  async get(id: string, version?: number): Promise<StandardAnswerResponseDto> {
    const doc = await this.answers.findById(id);
    const v = doc ? versionOf(doc, version) : undefined;
    if (!doc || !v) throw new StandardAnswerNotFound();
    return toStandardAnswerResponse(doc, v);
  }

  async create(principal: Principal, body: StandardAnswerRequest): Promise<StandardAnswerResponseDto> {
    const doc = firstVersion(`sa-${uuidv7()}`, contentOf(body), principal.subject, this.clock.now());
    await this.answers.insert(doc);
    return toStandardAnswerResponse(doc, doc);
  }

  async edit(principal: Principal, id: string, body: EditStandardAnswerRequest): Promise<StandardAnswerResponseDto> {
    const current = await this.answers.findById(id);
    if (!current) throw new StandardAnswerNotFound();
    if (current.version !== body.expectedVersion) throw new StandardAnswerStale(body.expectedVersion, current.version);
    const next = nextVersion(current, contentOf(body), principal.subject, this.clock.now());
    if (!(await this.answers.addVersion(id, body.expectedVersion, next))) {
      const fresh = await this.answers.findById(id);
      throw new StandardAnswerStale(body.expectedVersion, fresh?.version ?? body.expectedVersion + 1);
    }
    return toStandardAnswerResponse({ _id: id, version: next.version }, next);
  }
}
