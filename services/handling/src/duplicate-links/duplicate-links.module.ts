import { Module } from '@nestjs/common';
import { DuplicateLinksRepository } from './duplicate-links.repository';
import { DuplicateLinksService } from './duplicate-links.service';

/** The duplicates of each case (判重并案), from routing's links and their undoing. */
@Module({
  providers: [DuplicateLinksRepository, DuplicateLinksService],
  exports: [DuplicateLinksService],
})
export class DuplicateLinksModule {}
