import { Module } from '@nestjs/common';
import { BulletinsModule } from '../bulletins/bulletins.module';
import { HotTopicsHttpController } from './hot-topics.http.controller';
import { HotTopicsService } from './hot-topics.service';

@Module({
  imports: [BulletinsModule],
  controllers: [HotTopicsHttpController],
  providers: [HotTopicsService],
})
export class HotTopicsModule {}
