import { Module } from '@nestjs/common';
import { ReplyTemplatesHttpController } from './reply-templates.http.controller';

/** The reply templates per category and kind, read by the workbench. */
@Module({ controllers: [ReplyTemplatesHttpController] })
export class ReplyTemplatesModule {}
