import { Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import { BulletinCaseRepository } from '../bulletins/bulletin-case.repository';
import { rankHotTopics } from './heat-index';
import { HotTopicsRangeInvalid } from './hot-topics.errors';
import type { HotTopicsResponseDto } from './dto/hot-topics.response.dto';

const DAY = 86_400_000;

/** Hot topics over a window, from the per-petition rows (the five weeks before `to` as well, for the trend). */
@Injectable()
export class HotTopicsService {
  constructor(
    private readonly cases: BulletinCaseRepository,
    private readonly clock: Clock,
  ) {}

  async list(fromText: string | undefined, toText: string | undefined, limit = 20): Promise<HotTopicsResponseDto> {
    const to = toText ? new Date(toText) : this.clock.now();
    const from = fromText ? new Date(fromText) : new Date(to.getTime() - 30 * DAY);
    if (!(from.getTime() < to.getTime()) || to.getTime() - from.getTime() > 366 * DAY) throw new HotTopicsRangeInvalid();
    const rows = await this.cases.rowsReceived(new Date(Math.min(from.getTime(), to.getTime() - 35 * DAY)), new Date(to.getTime() + 1));
    const topics = rankHotTopics(rows, from, to);
    return { from: from.toISOString(), to: to.toISOString(), groupAlerts: topics.filter((t) => t.groupAlert).length, topics: topics.slice(0, limit) };
  }
}
