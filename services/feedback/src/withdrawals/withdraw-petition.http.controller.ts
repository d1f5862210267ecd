import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '@sunshine/auth';
import { WithdrawPetitionRequest } from './dto/withdraw-petition.request.dto';
import { WithdrawalReceiptDto } from './dto/withdrawal-receipt.response.dto';
import { WithdrawPetitionService } from './withdraw-petition.service';

@ApiTags('withdrawals')
@Controller('api/v1/public/withdrawals')
export class WithdrawPetitionHttpController {
  constructor(private readonly withdrawals: WithdrawPetitionService) {}

  @Post()
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Withdraw the petition (撤回)',
    description:
      'Public and rate limited; the case number and query code in the body are the credential (a wrong code and an unknown case ' +
      'both answer 404 WITHDRAWAL.NOT_FOUND). Any time before the matter is concluded, also during a review (which ends with it). ' +
      'Publishes petition.withdrawn and petition.concluded (withdrawn) in one write; handling closes the case.',
  })
  @ApiCreatedResponse({ type: WithdrawalReceiptDto })
  @ApiNotFoundResponse({ description: 'WITHDRAWAL.NOT_FOUND: unknown case or wrong query code' })
  @ApiConflictResponse({ description: 'WITHDRAWAL.ALREADY_WITHDRAWN, WITHDRAWAL.CONCLUDED' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED' })
  @ApiTooManyRequestsResponse({ description: 'REQUEST.RATE_LIMITED' })
  withdraw(@Body() body: WithdrawPetitionRequest): Promise<WithdrawalReceiptDto> {
    return this.withdrawals.withdraw({ caseNumber: body.caseNumber, queryCode: body.queryCode, reason: body.reason });
  }
}
