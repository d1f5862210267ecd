import { Module, type OnModuleDestroy, type OnModuleInit, Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import { AttachmentRepository } from './attachment.repository';
import { UploadAttachmentHttpController } from './upload-attachment.http.controller';

/** Removes uploads that no petition claimed within a day (abandoned forms). */
@Injectable()
export class AttachmentJanitor implements OnModuleInit, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly attachments: AttachmentRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      // Fire and forget: a failed purge is retried by the next hourly run.
      void this.attachments.purgeUnclaimed(new Date(this.clock.now().getTime() - 86_400_000)).catch(() => undefined);
    }, 3_600_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}

@Module({
  controllers: [UploadAttachmentHttpController],
  providers: [AttachmentRepository, AttachmentJanitor],
  exports: [AttachmentRepository],
})
export class AttachmentsModule {}
