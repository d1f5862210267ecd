import { randomUUID } from 'node:crypto';
import { waitUntil } from '@sunshine/testing';
import { http, type RunningSystem } from './system';

/** What a petitioner keeps from registration: enough to follow the case on the progress page. */
export interface Receipt {
  petitionId: string;
  caseNumber: string;
  queryCode: string;
}

const WAIT = { timeoutMs: 30_000 };

/** A petition through the web channel (网上留言). */
export async function submitPetition(system: RunningSystem, body: { subject: string; text: string; petitioner?: Record<string, string> }): Promise<Receipt> {
  const response = await http('POST', `${system.url.intake}/api/v1/petitions`, { body });
  if (response.status !== 201) throw new Error(`the petition was not registered: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A letter to a leader's mailbox (书记信箱 `secretary`, 区长信箱 `head`), as the mail gateway posts it. */
export async function mailboxLetter(
  system: RunningSystem,
  channelToken: string,
  mailbox: 'secretary' | 'head',
  letter: { name: string; address: string; subject: string; body: string },
): Promise<Receipt> {
  const response = await http('POST', `${system.url.intake}/api/v1/channels/mailboxes/${mailbox}/messages`, {
    token: channelToken,
    body: {
      messageId: `<${randomUUID()}@mail.example.cn>`,
      from: { name: letter.name, address: letter.address },
      subject: letter.subject,
      body: letter.body,
      receivedAt: new Date().toISOString(),
    },
  });
  if (response.status !== 201) throw new Error(`the letter was not registered: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The items in a caller's instruction queue (待批示), as they see it. */
export async function instructionQueue(system: RunningSystem, token: string): Promise<any[]> {
  const response = await http('GET', `${system.url.routing}/api/v1/instructions`, { token });
  if (response.status !== 200) throw new Error(`the instruction queue answered ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.items;
}

/** Waits until the petition waits in this caller's queue; answers the item. */
export async function waitInQueue(system: RunningSystem, token: string, petitionId: string): Promise<any> {
  const items = await waitUntil(
    () => instructionQueue(system, token),
    (list) => list.some((item) => item.petitionId === petitionId),
    { ...WAIT, message: `petition ${petitionId} waiting in the leader's queue` },
  );
  return items.find((item) => item.petitionId === petitionId);
}

/** A leader's instruction (批示): the decision on a waiting item, or an instruction on an assigned case. */
export function instruct(system: RunningSystem, leaderToken: string, petitionId: string, body: Record<string, unknown>) {
  return http('POST', `${system.url.routing}/api/v1/instructions/${petitionId}`, { token: leaderToken, body });
}

/** Waits until the caller sees the case in handling and `accept` holds for it; answers the case view. */
export async function waitForCase(system: RunningSystem, token: string, petitionId: string, accept: (view: any) => boolean = () => true, message = 'the case'): Promise<any> {
  const response = await waitUntil(
    () => http('GET', `${system.url.handling}/api/v1/cases/${petitionId}`, { token }),
    (r) => r.status === 200 && accept(r.body),
    { ...WAIT, message },
  );
  return response.body;
}

/** The petitioner's progress view (办理进度查询) in one language. */
export async function progressView(system: RunningSystem, receipt: Receipt, language: 'zh-CN' | 'en'): Promise<any> {
  const response = await http('POST', `${system.url.intake}/api/v1/public/progress`, {
    body: { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode },
    headers: { 'accept-language': language },
  });
  if (response.status !== 200) throw new Error(`the progress view answered ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Supervision's timeline of a case (办理全程记录). */
export async function timeline(system: RunningSystem, token: string, petitionId: string): Promise<{ status: number; body: any }> {
  return http('GET', `${system.url.supervision}/api/v1/timeline/${petitionId}`, { token });
}

/** A date as the progress page writes it (Asia/Shanghai): 2027年3月5日 / 5 Mar 2027. */
export function progressDate(iso: string, language: 'zh-CN' | 'en'): string {
  return language === 'zh-CN'
    ? new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(new Date(iso))
    : new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', dateStyle: 'medium' }).format(new Date(iso));
}
