import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Shapes of the GeoReport v2 documents, for the OpenAPI description (JSON form; XML uses the same names). */

class DiscoveryEndpointDto {
  @ApiProperty({ example: 'http://wiki.open311.org/GeoReport_v2' })
  specification!: string;

  @ApiProperty({ example: 'https://xinfang.shawan.gov.cn/open311/v2' })
  url!: string;

  @ApiProperty({ example: '2026-11-01T00:00:00Z' })
  changeset!: string;

  @ApiProperty({ example: 'production', enum: ['production', 'test'] })
  type!: string;

  @ApiProperty({ example: ['text/xml', 'application/json'], type: [String] })
  formats!: string[];
}

export class DiscoveryDto {
  @ApiProperty({ example: '2026-11-01T00:00:00Z' })
  changeset!: string;

  @ApiProperty({ example: '沙湾区人民政府信访局（阳光信访） xinfang@shawan.gov.cn' })
  contact!: string;

  @ApiProperty({ example: '申请 api_key：请致函 xinfang@shawan.gov.cn' })
  key_service!: string;

  @ApiProperty({ type: [DiscoveryEndpointDto] })
  endpoints!: DiscoveryEndpointDto[];
}

export class ServiceDto {
  @ApiProperty({ example: 'c-5d1e0a7b', description: 'Stable code of a level-2 category' })
  service_code!: string;

  @ApiProperty({ example: '城市建设和市政管理' })
  service_name!: string;

  @ApiProperty({ example: '城乡建设 › 城市建设和市政管理' })
  description!: string;

  @ApiProperty({ example: true, description: 'true: see the service definition (an optional CONFIDENTIAL attribute)' })
  metadata!: boolean;

  @ApiProperty({ example: 'realtime', description: 'The case number is returned at once' })
  type!: string;

  @ApiProperty({ example: '城市建设和市政管理, 城乡建设' })
  keywords!: string;

  @ApiProperty({ example: '城乡建设', description: 'The level-1 category' })
  group!: string;
}

class AttributeValueDto {
  @ApiProperty({ example: 'true' })
  key!: string;

  @ApiProperty({ example: '是 / yes' })
  name!: string;
}

class AttributeDto {
  @ApiProperty({ example: true })
  variable!: boolean;

  @ApiProperty({ example: 'CONFIDENTIAL' })
  code!: string;

  @ApiProperty({ example: 'singlevaluelist' })
  datatype!: string;

  @ApiProperty({ example: false })
  required!: boolean;

  @ApiPropertyOptional({ example: '检举、控告具体单位或人员时选“是”。', nullable: true, type: String })
  datatype_description!: string | null;

  @ApiProperty({ example: 1 })
  order!: number;

  @ApiProperty({ example: '是否检举控告（身份保密，不在公开查询中显示）？' })
  description!: string;

  @ApiPropertyOptional({ type: [AttributeValueDto] })
  values?: AttributeValueDto[];
}

export class ServiceDefinitionDto {
  @ApiProperty({ example: 'c-5d1e0a7b' })
  service_code!: string;

  @ApiProperty({ type: [AttributeDto] })
  attributes!: AttributeDto[];
}

export class ServiceRequestDto {
  @ApiProperty({ example: 'SW-2026-000123' })
  service_request_id!: string;

  @ApiProperty({ example: 'open', enum: ['open', 'closed'] })
  status!: string;

  @ApiPropertyOptional({ example: '办理中', nullable: true, type: String })
  status_notes!: string | null;

  @ApiPropertyOptional({ example: '城市建设和市政管理', nullable: true, type: String })
  service_name!: string | null;

  @ApiProperty({ example: 'c-5d1e0a7b' })
  service_code!: string;

  @ApiPropertyOptional({ example: '人行道上的井盖缺失，联系电话139****0001。', nullable: true, type: String, description: 'Personal data masked' })
  description!: string | null;

  @ApiPropertyOptional({ example: '区住房城乡建设局', nullable: true, type: String })
  agency_responsible!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  service_notice!: string | null;

  @ApiProperty({ example: '2026-11-26T01:02:03Z' })
  requested_datetime!: string;

  @ApiProperty({ example: '2026-11-27T08:00:00Z' })
  updated_datetime!: string;

  @ApiPropertyOptional({ example: '2027-01-26T08:00:00Z', nullable: true, type: String })
  expected_datetime!: string | null;

  @ApiPropertyOptional({ example: '沙湾区滨江路嘉州花园正门外人行道', nullable: true, type: String })
  address!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  address_id!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  zipcode!: string | null;

  @ApiPropertyOptional({ example: 29.4147, nullable: true, type: Number })
  lat!: number | null;

  @ApiPropertyOptional({ example: 103.5496, nullable: true, type: Number })
  long!: number | null;

  @ApiPropertyOptional({ example: 'https://img.example.cn/reports/4711.jpg', nullable: true, type: String })
  media_url!: string | null;
}

export class TokenDto {
  @ApiProperty({ example: 'SW-2026-000123' })
  service_request_id!: string;

  @ApiProperty({ example: 'vN3kq0PZ7m1xWc2sY8aT4Q' })
  token!: string;
}

export class Open311ErrorDto {
  @ApiProperty({ example: 403, description: 'The HTTP status' })
  code!: number;

  @ApiProperty({ example: "Invalid or missing api_key -- can't proceed with create_request" })
  description!: string;
}
