import { signDevToken } from '@sunshine/auth';
import { waitUntil } from '@sunshine/testing';
import { http, type RunningSystem } from './system';

/**
 * Steps the handling system tests share, over HTTP only: a petitioner's submission and progress
 * view, a leader's instruction that assigns it to chosen units, a unit's acceptance and its reply
 * by kind, the petitioner's online rating. Tokens are development tokens (libs/auth).
 */

/** Each step of a flow must complete within this. */
export const STEP = { timeoutMs: 15_000, intervalMs: 200 };
export const DAY_MS = 86_400_000;

export interface Receipt {
  petitionId: string;
  caseNumber: string;
  queryCode: string;
}

export interface Submission {
  subject: string;
  text: string;
  petitioner?: { name?: string; phone?: string };
  confidential?: boolean;
}

/** A written reply's parts per outcome (条例 art. 32–35): facts found, decision, basis, and the outcome's own part. */
export function replyBody(
  outcome: string,
  extra: { promisedBy?: string; nextCheckAt?: string; standardAnswerId?: string; text?: string } = {},
): Record<string, unknown> {
  const parts: Record<string, { facts: string; decision: string; basis?: string }> = {
    adopted: { facts: '您的建议经研究具有可行性。', decision: '建议予以采纳，已列入明年实施计划，感谢您的建议。', basis: '《沙湾区民生实事项目管理办法》第八条' },
    'partly-adopted': { facts: '您的建议经研究部分可行。', decision: '部分采纳，感谢您对我区工作的关心。', basis: '《沙湾区民生实事项目管理办法》第八条' },
    noted: { facts: '您的建议已收悉并登记。', decision: '作为今后工作的参考，感谢您的建议。', basis: '《信访工作条例》第三十二条' },
    answered: { facts: '您咨询的问题已查明。', decision: '现将有关政策答复如下。' },
    supported: { facts: '经现场核查，反映情况属实。', decision: '已责令有关单位立即整改并已整改完毕。', basis: '《信访工作条例》第三十二条' },
    scheduled: { facts: '经现场核查，反映情况属实，需要一定时间解决。', decision: '已安排施工队限期修复。', basis: '《沙湾区农村公路管理养护办法》第十二条' },
    explained: { facts: '经调查，问题成因复杂，短期内难以彻底解决。', decision: '已向您解释说明，将持续跟进办理。', basis: '《信访工作条例》第三十三条' },
    'not-supported': { facts: '经核实，有关做法符合规定。', decision: '您的诉求不予支持。', basis: '《信访工作条例》第三十二条' },
    'transferred-to-discipline': { facts: '您检举的问题线索已收悉。', decision: '已移交区纪委监委依规依纪依法处理。', basis: '《信访工作条例》第四十五条' },
  };
  const chosen = parts[outcome];
  if (!chosen) throw new Error(`no reply parts for outcome ${outcome}`);
  return { outcome, ...chosen, ...extra };
}

/** A day from now on the services' clock (real time + the system clock's offset). */
export function futureIso(system: RunningSystem, days: number): string {
  return new Date(Date.now() + system.clock.offsetMs() + days * DAY_MS).toISOString();
}

export class Workbench {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(readonly system: RunningSystem) {}

  private token(key: string, make: () => Promise<string>): Promise<string> {
    if (!this.tokens.has(key)) this.tokens.set(key, make());
    return this.tokens.get(key)!;
  }

  unit(unitId: string): Promise<string> {
    return this.token(`unit:${unitId}`, () => signDevToken({ roles: ['unit'], unitId }));
  }

  /** A leader's token naming them (`--leader <id>`); without an id, an unnamed leader. */
  leader(leaderId?: string): Promise<string> {
    return this.token(`leader:${leaderId ?? ''}`, () => signDevToken({ roles: ['leader'], ...(leaderId ? { leaderId } : {}) }));
  }

  jointOffice(): Promise<string> {
    return this.token('joint-office', () => signDevToken({ roles: ['joint-office'] }));
  }

  admin(): Promise<string> {
    return this.token('admin', () => signDevToken({ roles: ['admin'] }));
  }

  get url() {
    return this.system.url;
  }

  /** The petitioner's web submission (网上留言) → the receipt. */
  async submit(submission: Submission): Promise<Receipt> {
    const response = await http('POST', `${this.url.intake}/api/v1/petitions`, { body: submission });
    if (response.status !== 201) throw new Error(`submission refused: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** The petitioner's progress view, zh-CN by default. */
  async progress(receipt: Receipt, language: 'zh-CN' | 'en' = 'zh-CN'): Promise<any> {
    const response = await http('POST', `${this.url.intake}/api/v1/public/progress`, {
      body: { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode },
      headers: { 'accept-language': language },
    });
    if (response.status !== 200) throw new Error(`progress refused: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  progressUntil(receipt: Receipt, accept: (view: any) => boolean, what: string, language: 'zh-CN' | 'en' = 'zh-CN'): Promise<any> {
    return waitUntil(() => this.progress(receipt, language), accept, { ...STEP, message: what });
  }

  /**
   * Wait until the item waits for a leader, then instruct it (批示) to the units chosen: the test
   * decides who leads, who assists and which leader is in charge, not the classifier.
   */
  async instruct(
    petitionId: string,
    choice: { leadUnitId: string; assistingUnitIds?: string[]; leaderInCharge?: string; instruction?: string },
    leaderId = 'leader-deputy-head-2',
  ): Promise<void> {
    const token = await this.leader(leaderId);
    await waitUntil(
      async () => JSON.stringify((await http('GET', `${this.url.routing}/api/v1/instructions`, { token })).body),
      (queue) => queue.includes(petitionId),
      { ...STEP, message: `${petitionId} waiting for a leader` },
    );
    const response = await http('POST', `${this.url.routing}/api/v1/instructions/${petitionId}`, {
      token,
      body: { decision: 'approve', instruction: choice.instruction ?? '请按职责依法办理并按时答复群众。', ...choice },
    });
    if (response.status !== 200) throw new Error(`instruction refused: ${response.status} ${JSON.stringify(response.body)}`);
  }

  /** The case as someone sees it (status and body), no waiting. */
  async caseAs(petitionId: string, token: string): Promise<{ status: number; body: any }> {
    return http('GET', `${this.url.handling}/api/v1/cases/${petitionId}`, { token });
  }

  /** The case as its lead unit sees it, once it satisfies `accept` (by default: once it exists). */
  async caseUntil(petitionId: string, unitId: string, accept: (c: any) => boolean = () => true, what = 'the case'): Promise<any> {
    const token = await this.unit(unitId);
    return waitUntil(
      async () => {
        const response = await this.caseAs(petitionId, token);
        return response.status === 200 ? response.body : undefined;
      },
      (c) => c !== undefined && accept(c),
      { ...STEP, message: `${what} (${petitionId} at ${unitId})` },
    );
  }

  async accept(petitionId: string, unitId: string): Promise<any> {
    await this.caseUntil(petitionId, unitId, (c) => c.status === 'assigned', 'the case assigned');
    const response = await this.act(petitionId, unitId, 'accept', {});
    if (response.status !== 200 && response.status !== 201) throw new Error(`accept refused: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** A unit's command on a case (`reply`, `extension-requests`, `assist-opinions`, …). */
  async act(petitionId: string, unitId: string, action: string, body: unknown): Promise<{ status: number; body: any }> {
    return http('POST', `${this.url.handling}/api/v1/cases/${petitionId}/${action}`, { token: await this.unit(unitId), body });
  }

  /** Submit, have a leader assign it, and the lead unit accept it: a case ready for handling. */
  async acceptedCase(
    submission: Submission,
    choice: { leadUnitId: string; assistingUnitIds?: string[]; leaderInCharge?: string },
  ): Promise<{ receipt: Receipt; petitionId: string; view: any }> {
    const receipt = await this.submit(submission);
    await this.instruct(receipt.petitionId, choice);
    await this.accept(receipt.petitionId, choice.leadUnitId);
    const view = await this.caseUntil(receipt.petitionId, choice.leadUnitId, (c) => c.status === 'accepted', 'the case accepted');
    return { receipt, petitionId: receipt.petitionId, view };
  }

  /** The petitioner rates the reply online (feedback's public endpoint), once feedback knows it. */
  rate(receipt: Receipt, satisfaction: 'satisfied' | 'basically-satisfied' | 'dissatisfied', comment?: string): Promise<{ status: number; body: any }> {
    return waitUntil(
      () =>
        http('POST', `${this.url.feedback}/api/v1/public/ratings`, {
          // A dissatisfied rating names its reasons (feedback answers 400 RATING.REASONS_REQUIRED without).
          body: { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode, satisfaction, ...(comment ? { comment } : {}), ...(satisfaction === 'dissatisfied' ? { reasons: [comment ?? '问题没有解决'] } : {}) },
        }),
      (r) => r.status === 201,
      { ...STEP, message: `the rating (${satisfaction}) accepted` },
    );
  }
}
