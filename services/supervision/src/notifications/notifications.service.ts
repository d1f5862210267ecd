import { Injectable } from '@nestjs/common';
import { unitScope, type Principal } from '@sunshine/auth';
import { SupervisionOrderReasons, WarningLights, type DomainEvent } from '@sunshine/contracts';
import type { HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { reminderId } from '../reminders/case-lights';
import type { ListNotificationsQuery } from './dto/list-notifications.request.dto';
import type { NotificationsResponseDto } from './dto/notifications.response.dto';
import { NotificationRepository } from './notification.repository';

const DEADLINE_TEXT = {
  'accept-by': { 'zh-CN': '受理期限', en: 'acceptance deadline' },
  'handle-by': { 'zh-CN': '办理期限', en: 'handling deadline' },
  'promised-by': { 'zh-CN': '承诺落实期限', en: 'promised completion date' },
  'visit-by': { 'zh-CN': '回访期限', en: 'return visit deadline' },
  'order-due-by': { 'zh-CN': '督办回复期限', en: 'supervision order due date' },
} as const;

/** The units' notification feed: every reminder and order addressed to a unit, once each. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly feed: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  async onReminded(event: DomainEvent<'supervision.reminded'>): Promise<HandleOutcome> {
    const p = event.payload;
    const key = p.deadline === 'order-due-by' && p.orderId ? `order-due-by~${p.orderId}` : p.deadline;
    return this.feed.add({
      _id: reminderId(event.petitionId!, key, p.dueAt, p.light),
      kind: 'reminder',
      unitId: p.unitId,
      petitionId: event.petitionId!,
      caseNumber: p.caseNumber,
      deadline: p.deadline,
      light: p.light,
      dueAt: new Date(p.dueAt),
      ...(p.orderId ? { orderId: p.orderId } : {}),
      eventId: event.id,
      at: new Date(event.occurredAt),
      createdAt: this.clock.now(),
    });
  }

  async onOrderIssued(event: DomainEvent<'supervision.order-issued'>): Promise<HandleOutcome> {
    const p = event.payload;
    return this.feed.add({
      _id: `order:${p.orderId}`,
      kind: 'order',
      unitId: p.unitId,
      petitionId: event.petitionId!,
      caseNumber: p.caseNumber,
      dueAt: new Date(p.dueBy),
      orderId: p.orderId,
      ...(p.reasonCode ? { reasonCode: p.reasonCode } : {}),
      eventId: event.id,
      at: new Date(event.occurredAt),
      createdAt: this.clock.now(),
    });
  }

  async list(query: ListNotificationsQuery, principal: Principal): Promise<NotificationsResponseDto> {
    const records = await this.feed.list(unitScope(principal), query.limit ?? 100, query.unitId);
    const items = records.map((n) => {
      const due = n.dueAt.toISOString().slice(0, 10);
      const light = n.light ? WarningLights.label(n.light) : '';
      const deadline = n.deadline ? DEADLINE_TEXT[n.deadline] : undefined;
      const reason = n.reasonCode ? SupervisionOrderReasons.labels[n.reasonCode] : undefined;
      const message =
        n.kind === 'reminder'
          ? {
              'zh-CN': `${n.caseNumber}：${light}，${deadline?.['zh-CN'] ?? ''} ${due}`,
              en: `${n.caseNumber}: ${n.light} light, ${deadline?.en ?? ''} ${due}`,
            }
          : {
              'zh-CN': `${n.caseNumber}：督办单 ${n.orderId}${reason ? `（${reason['zh-CN']}）` : ''}，请于 ${due} 前回复`,
              en: `${n.caseNumber}: supervision order ${n.orderId}${reason ? ` (${reason.en})` : ''}, answer by ${due}`,
            };
      return {
        id: n._id,
        kind: n.kind,
        unitId: n.unitId,
        petitionId: n.petitionId,
        caseNumber: n.caseNumber,
        ...(n.deadline ? { deadline: n.deadline } : {}),
        ...(n.light ? { light: n.light } : {}),
        dueAt: n.dueAt.toISOString(),
        ...(n.orderId ? { orderId: n.orderId } : {}),
        ...(n.reasonCode ? { reasonCode: n.reasonCode } : {}),
        at: n.at.toISOString(),
        message,
      };
    });
    return { total: items.length, items };
  }
}
