import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

/** A unit id from the catalogue, e.g. `housing-bureau` or `town-jiayang`. */
export const UNIT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Readable case number: district code + year + sequence, e.g. `SW-2026-000123`. */
export const CASE_NUMBER_PATTERN = /^[A-Z]{2,6}-\d{4}-\d{6,}$/;

/** A blind index: base64url HMAC-SHA256 of a normalised personal value. Never the value itself. */
export const BLIND_INDEX_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A category of the board's three-level taxonomy (一级/二级/三级分类). */
export class CategoryRef {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  level1!: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  level2?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  level3?: string;
}

/** A stored attachment, referenced by id; the bytes stay in intake. */
export class AttachmentRef {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id!: string;

  @IsString()
  @MaxLength(100)
  contentType!: string;

  @IsInt()
  @Min(0)
  size!: number;
}

export function isUnitId(value: string): boolean {
  return UNIT_ID_PATTERN.test(value);
}

export const UnitIdRule = () => Matches(UNIT_ID_PATTERN);
