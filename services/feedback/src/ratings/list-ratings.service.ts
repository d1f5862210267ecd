import { Injectable } from '@nestjs/common';
import { unitScope, type Principal } from '@sunshine/auth';
import { RatingRepository } from './rating.repository';
import { toRatingResponse, type RatingPageResponseDto } from './dto/rating.response.dto';
import type { ListRatingsQuery } from './dto/list-ratings.request.dto';

@Injectable()
export class ListRatingsService {
  constructor(private readonly ratings: RatingRepository) {}

  async list(principal: Principal, query: ListRatingsQuery): Promise<RatingPageResponseDto> {
    const records = await this.ratings.page(unitScope(principal), {
      ...(query.unitId ? { unitId: query.unitId } : {}),
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    return { items: records.map(toRatingResponse) };
  }
}
