import { Body, Controller, Headers, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '@sunshine/auth';
import { RegistrationReceiptDto } from './dto/registration-receipt.response.dto';
import { WebPetitionRequest } from './dto/web-petition.request.dto';
import { RegisterPetitionService } from './register-petition.service';
import { InvalidIdempotencyKey } from './registration.errors';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

export function checkIdempotencyKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) throw new InvalidIdempotencyKey();
  return key;
}

@ApiTags('petitions')
@Controller('api/v1/petitions')
export class RegisterWebPetitionHttpController {
  constructor(private readonly registration: RegisterPetitionService) {}

  @Post()
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Submit a petition on the web board (网上留言)',
    description:
      'Public and rate limited. Registers the petition at once and returns the case number and the query code. ' +
      'Send an Idempotency-Key to make retries safe: the same key and body return the same receipt; the same key ' +
      'with another body is refused with 409.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–128 characters [A-Za-z0-9._:-], e.g. a UUID' })
  @ApiCreatedResponse({ type: RegistrationReceiptDto })
  register(@Body() body: WebPetitionRequest, @Headers('idempotency-key') idempotencyKey?: string): Promise<RegistrationReceiptDto> {
    const key = checkIdempotencyKey(idempotencyKey);
    return this.registration.register(
      {
        channel: 'web',
        subject: body.subject,
        text: body.text,
        petitioner: body.petitioner,
        confidential: body.confidential,
        area: body.area,
        attachmentIds: body.attachmentIds,
      },
      { key, scope: 'web', body },
    );
  }
}
