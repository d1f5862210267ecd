import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders/orders.module';
import { CaseLightsModule } from './case-lights.module';
import { ReminderSchedulerService } from './reminder-scheduler.service';

/** The reminder chain's scheduler: lights → reminders → automatic orders. */
@Module({
  imports: [CaseLightsModule, OrdersModule],
  providers: [ReminderSchedulerService],
  exports: [ReminderSchedulerService],
})
export class RemindersModule {}
