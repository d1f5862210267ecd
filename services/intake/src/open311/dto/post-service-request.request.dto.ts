import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsLatitude, IsLongitude, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { IsChinesePhone } from '../../common/validators';

/**
 * POST Service Request (GeoReport v2), as form fields (application/x-www-form-urlencoded, the
 * spec's format), multipart/form-data (with a `media` file, as GeoReporter sends) or JSON.
 * Attributes come as `attribute[CODE]=value` (or an `attribute` object in JSON).
 */
export class PostServiceRequestParams {
  @ApiProperty({ example: 'dev-open311-key-sunshine', description: 'Required (403 when missing or wrong). May also be sent in the query string.' })
  @IsString()
  @MaxLength(200)
  api_key!: string;

  @ApiPropertyOptional({ example: 'shawan.gov.cn', description: 'Optional: this endpoint serves one jurisdiction; another one is 404' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  jurisdiction_id?: string;

  @ApiProperty({ example: 'c-1a2b3c4d', description: 'From GET services (a level-2 category of the board)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  service_code!: string;

  @ApiPropertyOptional({ example: '29.4147', description: 'WGS84 latitude; with long, or give address_string or address_id' })
  @IsOptional()
  @IsLatitude()
  lat?: string | number;

  @ApiPropertyOptional({ example: '103.5496', description: 'WGS84 longitude' })
  @IsOptional()
  @IsLongitude()
  long?: string | number;

  @ApiPropertyOptional({ example: '沙湾区滨江路嘉州花园正门外人行道', description: 'Where the problem is, most specific first' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @HasNoControlCharacters()
  address_string?: string;

  @ApiPropertyOptional({ example: 'SW-ADDR-004211' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @HasNoControlCharacters()
  address_id?: string;

  @ApiPropertyOptional({ example: 'zhang.li@example.cn', description: 'Personal data: sealed, never listed' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ example: 'a1b2c3d4e5', description: 'Accepted and not kept' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  device_id?: string;

  @ApiPropertyOptional({ example: '123456', description: 'Accepted and not kept' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  account_id?: string;

  @ApiPropertyOptional({ example: '丽', description: 'Given name. Personal data: sealed, never listed' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @HasNoControlCharacters()
  first_name?: string;

  @ApiPropertyOptional({ example: '张', description: 'Family name. Personal data: sealed, never listed' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @HasNoControlCharacters()
  last_name?: string;

  @ApiPropertyOptional({ example: '13981230001', description: 'A Chinese mobile or fixed-line number. Personal data: sealed, never listed' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @IsChinesePhone()
  phone?: string;

  @ApiPropertyOptional({
    example: '人行道上的井盖缺失，晚上看不见，已经有行人踩空摔伤。',
    maxLength: 4000,
    description: 'Free text, at most 4,000 characters (line breaks allowed)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @HasNoControlCharacters()
  description?: string;

  @ApiPropertyOptional({ example: 'https://img.example.cn/reports/4711.jpg', description: 'Kept as a reference only: never fetched' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  media_url?: string;
}

/** The POST response item (GeoReport v2). */
export class PostServiceRequestResponseItem {
  @ApiProperty({ example: 'SW-2026-000123', description: 'The case number (信访件编号)' })
  service_request_id!: string;

  @ApiProperty({ example: 'vN3kq0PZ7m1xWc2sY8aT4Q', description: 'Also returned: GET tokens/{token} resolves it to the id' })
  token!: string;

  @ApiProperty({ example: '您的信访件已登记，编号 SW-2026-000123，查询码 7KQ2M-X9TPA。……', description: 'The acknowledgement, with the query code (shown once)' })
  service_notice!: string;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  account_id!: string | null;
}
