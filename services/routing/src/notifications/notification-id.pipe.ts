import { Injectable, type PipeTransform } from '@nestjs/common';
import { NotificationNotFound } from './notification.errors';

const NOTIFICATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A notification id is `<event uuid>:<leader id>`; anything else names no notification. */
@Injectable()
export class NotificationIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || value.length > 120 || !NOTIFICATION_ID.test(value)) throw new NotificationNotFound();
    return value;
  }
}
