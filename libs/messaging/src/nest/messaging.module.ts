import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MESSAGING_OPTIONS, MessagingService, type MessagingModuleOptions } from './messaging.service';

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [{ provide: MESSAGING_OPTIONS, useValue: options }, MessagingService],
      exports: [MessagingService],
    };
  }
}
