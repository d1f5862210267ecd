import { Injectable } from '@nestjs/common';
import { createEvent, maskContactDetails } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { PetitionerCredentials } from '../reviews/petitioner-credentials.service';
import { ReviewChainRepository } from '../reviews/review-chain.repository';
import { ReviewChainService } from '../reviews/review-chain.service';
import type { ChainState } from '../reviews/review-chain';
import { withdraw } from './withdrawal';
import { WithdrawalNotFound, WithdrawalOfConcludedMatter } from './withdrawal.errors';
import type { WithdrawalReceiptDto } from './dto/withdrawal-receipt.response.dto';

const ACKNOWLEDGEMENT = {
  'zh-CN': '您已撤回该信访件，该事项已办结。承办单位将不再办理。',
  en: 'You withdrew the petition; the matter is concluded and the unit will not handle it further.',
};

/**
 * 撤回 by the petitioner (case number + query code). The withdrawal, `petition.withdrawn` and
 * `petition.concluded` (withdrawn) are one write; handling closes the case on the first.
 */
@Injectable()
export class WithdrawPetitionService {
  constructor(
    private readonly credentials: PetitionerCredentials,
    private readonly chains: ReviewChainService,
    private readonly repository: ReviewChainRepository,
    private readonly messaging: MessagingService,
  ) {}

  async withdraw(input: { caseNumber: string; queryCode: string; reason: string }): Promise<WithdrawalReceiptDto> {
    const record = await this.credentials.verify(input.caseNumber, input.queryCode);
    if (!record) throw new WithdrawalNotFound();
    const petitionId = record._id;
    const reason = maskContactDetails(input.reason.trim());
    let withdrawnAt: Date | undefined;
    await this.chains.run(petitionId, record.caseNumber, async (current, now) => {
      const state: ChainState = current ?? { caseNumber: record.caseNumber, round: 0 };
      if (!state.concluded && (await this.repository.satisfiedRatingOf(petitionId, state.round))) throw new WithdrawalOfConcludedMatter();
      const changes = withdraw(state, reason, now);
      withdrawnAt = now;
      const meta = this.messaging.eventMeta(now);
      const at = now.toISOString();
      return {
        changes,
        events: [
          createEvent('petition.withdrawn', { petitionId }, { caseNumber: record.caseNumber, withdrawnAt: at, reason }, meta),
          createEvent('petition.concluded', { petitionId }, { caseNumber: record.caseNumber, reason: 'withdrawn', concludedAt: at }, meta),
        ],
      };
    });
    return { caseNumber: record.caseNumber, withdrawnAt: withdrawnAt!.toISOString(), acknowledgement: ACKNOWLEDGEMENT };
  }
}
