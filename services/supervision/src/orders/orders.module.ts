import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CaseLightsModule } from '../reminders/case-lights.module';
import { HandlingOrderEventsConsumer } from './handling-order-events.consumer';
import { IssueOrderService } from './issue-order.service';
import { OrderEventsService } from './order-events.service';
import { SUPERVISION_ORDERS, SupervisionOrderSchema } from './supervision-order.schema';
import { SupervisionOrderRepository } from './supervision-order.repository';
import { SupervisionOrdersHttpController } from './supervision-orders.http.controller';
import { SupervisionOrdersService } from './supervision-orders.service';

/** Supervision orders (督办单): by hand and automatic, answered by the unit in handling. */
@Module({
  imports: [MongooseModule.forFeature([{ name: SUPERVISION_ORDERS, schema: SupervisionOrderSchema }]), CaseLightsModule],
  controllers: [SupervisionOrdersHttpController],
  providers: [SupervisionOrderRepository, IssueOrderService, SupervisionOrdersService, OrderEventsService, HandlingOrderEventsConsumer],
  exports: [IssueOrderService, SupervisionOrderRepository],
})
export class OrdersModule {}
