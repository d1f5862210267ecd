import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Channels } from '@sunshine/contracts';

export class LeaderDto {
  @ApiProperty({ example: 'party-secretary', description: 'Stable id; the `leader` claim of the leader’s token' })
  id!: string;

  @ApiProperty({ example: '区委书记', description: 'The post' })
  name!: string;

  @ApiProperty({ example: '区委', description: 'The body the post belongs to' })
  office!: string;

  @ApiPropertyOptional({ enum: Channels.codes, example: 'secretary-mailbox', description: 'Letters to this mailbox wait in this leader’s own queue' })
  mailbox?: string;
}

export class LeaderCatalogueResponseDto {
  @ApiProperty({ example: '2026-12-02', description: 'Version of the leader catalogue' })
  version!: string;

  @ApiProperty({ type: [LeaderDto] })
  leaders!: LeaderDto[];
}
