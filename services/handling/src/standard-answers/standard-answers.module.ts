import { Module } from '@nestjs/common';
import { StandardAnswersHttpController } from './standard-answers.http.controller';
import { StandardAnswersRepository } from './standard-answers.repository';
import { StandardAnswersService } from './standard-answers.service';

/** 标准答复库: versioned answers per category, edited by the joint office, cited by consultation replies. */
@Module({
  controllers: [StandardAnswersHttpController],
  providers: [StandardAnswersRepository, StandardAnswersService],
  exports: [StandardAnswersRepository],
})
export class StandardAnswersModule {}
