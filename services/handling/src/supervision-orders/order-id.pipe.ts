import { Injectable, type PipeTransform } from '@nestjs/common';
import { SupervisionOrderNotFound } from './supervision-order.errors';

const ORDER_ID = /^[A-Za-z0-9-]{1,64}$/;

/** A path segment that cannot be an order id names no order: 404. */
@Injectable()
export class OrderIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !ORDER_ID.test(value)) throw new SupervisionOrderNotFound();
    return value;
  }
}
