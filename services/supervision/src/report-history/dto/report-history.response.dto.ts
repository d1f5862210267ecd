import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReportHistoryEntryDto {
  @ApiProperty({ example: 3, description: 'Place in the chain, from 1' })
  seq!: number;

  @ApiProperty({ example: 'appraisal', description: 'What was published: appraisal (later also bulletins)' })
  kind!: string;

  @ApiProperty({ example: 'appraisal:2026-Q4', description: 'The report, unique in the history' })
  subject!: string;

  @ApiProperty({ example: '2027-01-05T02:00:00.000Z', description: 'When it was kept' })
  createdAt!: string;

  @ApiProperty({ example: '9f2c…', description: 'SHA-256 (hex) of the report’s JSON text' })
  reportSha256!: string;

  @ApiProperty({ example: '0000…', description: 'The previous entry’s hash (64 zeros for the first)' })
  prevHash!: string;

  @ApiProperty({ example: 'a41b…', description: 'SHA-256 over seq, kind, subject, createdAt, reportSha256 and prevHash' })
  entryHash!: string;

  @ApiProperty({ example: '5be0…', description: 'HMAC-SHA256 of entryHash with the service’s history key' })
  hmac!: string;
}

export class ReportHistoryResponseDto {
  @ApiProperty({ type: [ReportHistoryEntryDto], description: 'Every entry, oldest first' })
  entries!: ReportHistoryEntryDto[];
}

export class FirstBadEntryDto {
  @ApiProperty({ example: 2, description: 'The first entry that fails' })
  seq!: number;

  @ApiProperty({
    example: 'report-altered',
    enum: ['report-altered', 'entry-altered', 'chain-broken', 'signature-invalid', 'entry-missing'],
    description: 'How it fails: the report no longer matches its hash, the entry its hash, the link to the previous entry, the signature, or an entry is missing',
  })
  fault!: string;
}

export class VerifyHistoryResponseDto {
  @ApiProperty({ example: true, description: 'Every entry and report is as it was kept' })
  ok!: boolean;

  @ApiProperty({ example: 4, description: 'Entries checked' })
  entries!: number;

  @ApiPropertyOptional({ type: FirstBadEntryDto, description: 'Where the chain first fails (absent when ok)' })
  firstBadEntry?: FirstBadEntryDto;
}
