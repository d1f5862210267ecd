import { Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import { ConfigService } from '@nestjs/config';
import type { Principal } from '@sunshine/auth';
import { CaseCommands } from '../cases/case-commands.service';
import { toCaseResponse, type CaseResponseDto } from '../cases/dto/case.response.dto';
import { versionOf } from '../standard-answers/standard-answer';
import { StandardAnswersRepository } from '../standard-answers/standard-answers.repository';
import type { ReplyToCaseRequest } from './dto/reply-to-case.request.dto';
import { replyByKind, reportCompletion, type CitedStandardAnswer, type ReplyContext } from './reply-by-kind';
import { StandardAnswerNotForReply } from './reply.errors';

/** 答复 by kind, and the completion note of a `scheduled` reply (落实). */
@Injectable()
export class ReplyToCaseService {
  private readonly reviewBody: string;

  constructor(
    private readonly commands: CaseCommands,
    private readonly standardAnswers: StandardAnswersRepository,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.reviewBody = config.getOrThrow<string>('HANDLING_REVIEW_BODY');
  }

  async reply(principal: Principal, petitionId: string, body: ReplyToCaseRequest): Promise<CaseResponseDto> {
    const ctx: ReplyContext = {
      reviewBody: this.reviewBody,
      timeZone: this.commands.policy.timeZone ?? 'Asia/Shanghai',
      ...(body.standardAnswerId ? { standardAnswer: await this.cite(body.standardAnswerId) } : {}),
    };
    const input = {
      outcome: body.outcome,
      ...(body.facts !== undefined ? { facts: body.facts } : {}),
      ...(body.decision !== undefined ? { decision: body.decision } : {}),
      ...(body.basis !== undefined ? { basis: body.basis } : {}),
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.promisedBy ? { promisedBy: new Date(body.promisedBy) } : {}),
      ...(body.nextCheckAt ? { nextCheckAt: new Date(body.nextCheckAt) } : {}),
    };
    return toCaseResponse(await this.commands.run(principal, petitionId, (state, actor, now) => replyByKind(state, actor, input, ctx, now)), this.commands.assistDays, this.clock.now());
  }

  async complete(principal: Principal, petitionId: string, note: string): Promise<CaseResponseDto> {
    return toCaseResponse(await this.commands.run(principal, petitionId, (state, actor, now) => reportCompletion(state, actor, note, now)), this.commands.assistDays, this.clock.now());
  }

  /** The standard answer's latest version, as the reply records it. */
  private async cite(id: string): Promise<CitedStandardAnswer> {
    const doc = await this.standardAnswers.findById(id);
    const latest = doc ? versionOf(doc) : undefined;
    if (!doc || !latest) throw new StandardAnswerNotForReply(id);
    return { id: doc._id, version: latest.version, title: latest.title, answer: latest.answer, legalBasis: latest.legalBasis };
  }
}
