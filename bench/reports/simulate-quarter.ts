/**
 * A synthetic quarter of petitions with simulated handling, built from the shared real citizen
 * messages (their time of day, area, user and same-matter groups): for each petition the events
 * the five services would have published — registration, triage, escalation, instruction,
 * assignment, acceptance or refusal, extension, reply, rating, reopening, red reminders,
 * supervision orders and their answers, closure — each kept only if it happened before `now`.
 * Seeded: the same options give the same quarter.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DomainEvent } from '@sunshine/contracts';
import { testEvent } from '../../services/supervision/src/bulletins/bulletin-test-events';

export interface Message {
  id: string;
  user: string;
  subject: string;
  receivedAt: string;
  text: string;
  category?: string;
  issue?: string;
}

export interface SimulationOptions {
  petitions: number;
  /** The quarter's first instant and its end. */
  start: Date;
  end: Date;
  /** Reports are computed as of this instant; later events are dropped. */
  now: Date;
  seed: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CATEGORIES = ['城乡建设', '环境保护', '交通运输', '教育文体', '劳动和社会保障', '商贸旅游', '卫生计生'];
const BUREAUS: Record<string, [string, string]> = {
  城乡建设: ['housing-construction-bureau', '区住房和城乡建设局'],
  环境保护: ['ecology-environment-bureau', '区生态环境局'],
  交通运输: ['transport-bureau', '区交通运输局'],
  教育文体: ['education-bureau', '区教育局'],
  劳动和社会保障: ['human-resources-bureau', '区人力资源和社会保障局'],
  商贸旅游: ['commerce-bureau', '区商务局'],
  卫生计生: ['health-bureau', '区卫生健康局'],
};
const TOWNS = ['jiayang', 'fuxi', 'taiping', 'niushi', 'gongzui', 'tanjiang', 'shawan', 'guanying', 'yanguan'];
const TOWN_NAMES = ['嘉阳镇', '福禄镇', '太平镇', '牛石镇', '龚嘴镇', '谭坝镇', '沙湾镇', '踏水镇', '葫芦镇'];

/** The shared messages (`../shared/data/citizen-messages/*.jsonl` from the project root). */
export function loadMessages(dir: string): Message[] {
  const files = ['messages-with-likes.jsonl', 'messages-with-replies.jsonl', 'labelled-dev.jsonl', 'same-matter-dev.jsonl'];
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Message),
  );
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const iso = (t: number) => new Date(t).toISOString();
const uuidOf = (n: number, seed: number) => {
  const h = createHash('sha256').update(`${seed}:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const blindIndex = (user: string) => createHash('sha256').update(`bench:${user}`).digest('base64url');

/** The simulated quarter: every petition's events (only those before `now`). */
export function simulateQuarter(messages: readonly Message[], options: SimulationOptions): { petitionId: string; events: DomainEvent[] }[] {
  const random = mulberry32(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const span = options.end.getTime() - options.start.getTime();
  const now = options.now.getTime();
  const unitQuality = new Map<string, number>();
  const quality = (unitId: string) => {
    let q = unitQuality.get(unitId);
    if (q === undefined) {
      q = 0.55 + random() * 0.45;
      unitQuality.set(unitId, q);
    }
    return q;
  };
  const matters = new Map<string, { id: string; count: number }>();
  const firstOfUser = new Map<string, string>();
  const out: { petitionId: string; events: DomainEvent[] }[] = [];
  for (let n = 0; n < options.petitions; n += 1) {
    const message = messages[n % messages.length];
    const cycle = Math.floor(n / messages.length);
    const petitionId = uuidOf(n, options.seed);
    const caseNumber = `SW-2026-${String(n + 1).padStart(6, '0')}`;
    // The message's own time of day, on a day of the quarter (half as many on weekends).
    const hourOfDay = (new Date(message.receivedAt).getTime() % DAY) / DAY;
    let dayOffset = Math.floor(random() * (span / DAY));
    if ([0, 6].includes(new Date(options.start.getTime() + dayOffset * DAY + 12 * HOUR).getUTCDay()) && random() < 0.5) dayOffset = Math.floor(random() * (span / DAY));
    const received = options.start.getTime() + dayOffset * DAY + hourOfDay * DAY;
    const area = /A\d+[区县市]/.exec(`${message.subject}${message.text}`)?.[0] ?? 'A市';
    const category = message.category ?? CATEGORIES[Math.floor(random() * CATEGORIES.length)];
    const townIndex = Math.abs(createHash('md5').update(area).digest().readInt32BE(0)) % TOWNS.length;
    const [unitId, unitName] = random() < 0.6 ? BUREAUS[category] ?? BUREAUS['城乡建设'] : [`town-${TOWNS[townIndex]}`, TOWN_NAMES[townIndex]];
    const q = quality(unitId);
    const events: DomainEvent[] = [];
    const at = (t: number) => iso(t);
    const push = (event: DomainEvent) => {
      if (new Date(event.occurredAt).getTime() <= now) events.push(event);
    };
    const user = `${message.user}#${cycle}`;
    push(testEvent('petition.registered', petitionId, at(received), { caseNumber, receivedAt: at(received), channel: pick(['web', 'web', 'web', 'hotline', 'secretary-mailbox', 'head-mailbox'] as const), area, confidential: false, anonymous: false, petitionerRef: blindIndex(user) }));
    const urgent = random() < 0.03;
    push(testEvent('petition.triaged', petitionId, at(received + HOUR), { caseNumber, kind: pick(['request', 'request', 'request', 'complaint', 'complaint', 'consultation', 'suggestion', 'report'] as const), category: { level1: category, level2: '其他' }, urgency: urgent ? 'urgent' : 'normal' }));
    if (urgent) push(testEvent('petition.escalated', petitionId, at(received + 1.5 * HOUR), { caseNumber, reason: 'urgent' }));
    // Same matter: the shared groups of same-matter messages, and a user writing again (repeat).
    if (message.issue) {
      const key = `${message.issue}#${cycle}`;
      const matter = matters.get(key);
      if (matter) {
        matter.count += 1;
        push(testEvent('petition.duplicate-linked', petitionId, at(received + 0.5 * HOUR), { caseNumber, originalPetitionId: matter.id, relation: 'joint' }));
        if (matter.count === 5) push(testEvent('petition.escalated', petitionId, at(received + 2 * HOUR), { caseNumber, reason: 'group' }));
      } else matters.set(key, { id: petitionId, count: 1 });
    } else if (firstOfUser.has(user)) {
      push(testEvent('petition.duplicate-linked', petitionId, at(received + 0.5 * HOUR), { caseNumber, originalPetitionId: firstOfUser.get(user) as string, relation: 'repeat' }));
    } else firstOfUser.set(user, petitionId);
    const instructed = received + (2 + random() * 28) * HOUR;
    push(testEvent('petition.instructed', petitionId, at(instructed), { caseNumber, decision: 'approve', leadUnitId: unitId, instructedAt: at(instructed) }));
    const assigned = instructed + 0.5 * HOUR;
    const acceptBy = assigned + 15 * DAY;
    push(testEvent('petition.assigned', petitionId, at(assigned), { caseNumber, leadUnitId: unitId, leadUnitName: unitName, acceptBy: at(acceptBy), handleBy: at(acceptBy + 60 * DAY), receivedAt: at(received) }));
    const unit = { caseNumber, unitId };
    const red = (t: number, deadline: 'accept-by' | 'handle-by', dueAt: number) => {
      push(testEvent('supervision.reminded', petitionId, at(t), { ...unit, light: 'red', deadline, dueAt: at(dueAt) }));
      const issued = t + DAY;
      const dueBy = issued + 7 * DAY;
      const orderId = `DB-A-${petitionId.slice(0, 8)}-${deadline}`;
      push(testEvent('supervision.order-issued', petitionId, at(issued), { ...unit, orderId, dueBy: at(dueBy), reasonCode: 'overdue', automatic: true, issuedBy: 'scheduler' }));
      const r = random();
      if (r < 0.7) push(testEvent('case.order-answered', petitionId, at(issued + random() * 6 * DAY), { ...unit, orderId, answeredAt: at(issued + random() * 6 * DAY) }));
      else if (r < 0.85) push(testEvent('case.order-answered', petitionId, at(dueBy + 3 * DAY), { ...unit, orderId, answeredAt: at(dueBy + 3 * DAY) }));
    };
    if (random() < 0.02) {
      push(testEvent('case.not-accepted', petitionId, at(assigned + 3 * DAY), { ...unit, decidedAt: at(assigned + 3 * DAY) }));
      out.push({ petitionId, events });
      continue;
    }
    const acceptDelay = random() < 0.05 * (1.6 - q) ? 15 + random() * 10 : random() * 6;
    if (random() < 0.015 || acceptDelay > 24) {
      red(acceptBy + HOUR, 'accept-by', acceptBy);
      out.push({ petitionId, events });
      continue;
    }
    const accepted = assigned + acceptDelay * DAY;
    if (accepted > acceptBy) red(acceptBy + HOUR, 'accept-by', acceptBy);
    let handleBy = accepted + 60 * DAY;
    push(testEvent('case.accepted', petitionId, at(accepted), { ...unit, acceptedAt: at(accepted), handleBy: at(handleBy) }));
    if (random() < 0.08) {
      handleBy += 30 * DAY;
      push(testEvent('case.extended', petitionId, at(accepted + 20 * DAY), { ...unit, handleBy: at(handleBy) }));
    }
    const late = random() < 0.12 * (1.5 - q);
    const replied = late ? handleBy + random() * 10 * DAY : accepted + (3 + random() * 45) * DAY;
    if (late) red(handleBy + HOUR, 'handle-by', handleBy);
    push(testEvent('case.replied', petitionId, at(replied), { ...unit, repliedAt: at(replied), round: 1 }));
    if (random() < 0.75) {
      const rated = replied + (1 + random() * 8) * DAY;
      const r = random();
      const satisfaction = r < 0.55 + 0.35 * q ? 'satisfied' : r < 0.92 ? 'basically-satisfied' : 'dissatisfied';
      push(testEvent('feedback.visited', petitionId, at(rated - HOUR), { ...unit, visitedAt: at(rated - HOUR) }));
      push(testEvent('feedback.rated', petitionId, at(rated), { ...unit, satisfaction, ratedAt: at(rated), round: 1 }));
      if (satisfaction === 'dissatisfied' && random() < 0.5) {
        const reopened = rated + DAY;
        push(testEvent('case.reopened', petitionId, at(reopened), { ...unit, reopenedAt: at(reopened), handleBy: at(reopened + 30 * DAY), reason: 'dissatisfied' }));
        push(testEvent('case.replied', petitionId, at(reopened + 12 * DAY), { ...unit, repliedAt: at(reopened + 12 * DAY), round: 2 }));
      } else if (satisfaction !== 'dissatisfied') {
        push(testEvent('case.closed', petitionId, at(rated + DAY), { ...unit, closedAt: at(rated + DAY), reason: 'satisfied' }));
      }
    }
    out.push({ petitionId, events });
  }
  return out;
}
