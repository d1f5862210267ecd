import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readXlsxWithOpenpyxl, REPO_ROOT, startServices, testNamespace, type RunningSystem } from '@sunshine/testing';
import { launchChromium, screenshot, seriousViolations, startConsole, type RunningConsole } from './support/browser';
import { eventually, isFocused, signIn } from './support/console-ui';

/**
 * Issue 13's flow through the console only — no API call from the test: a petitioner submits on
 * a phone → a leader instructs → the unit accepts and replies by kind → the petitioner is
 * dissatisfied → the case is reopened and replied again → the petitioner is satisfied → the
 * supervisor sees it on the dashboard → the organization department downloads the appraisal.
 * axe-core checks every page visited (0 serious or critical violations).
 */

const UNIT = { id: 'education-bureau', name: '区教育局' };
const SUBJECT = `孩子就近入学难（浏览器测试 ${Date.now().toString(36)}）`;
const TEXT = '我家住嘉州花园，孩子今年上小学，按划片应在附近的实验小学就读，但学校说学位已满，让我们去五公里外的学校，每天接送非常困难，请教育部门核实学位分配情况并妥善安排。';
const PHONE = { width: 390, height: 844 };
/** A 1×1 JPEG: the photo the petitioner attaches as evidence. */
const PHOTO = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AN//Z',
  'base64',
);
const CALL = {
  phone: '139 0813 2211',
  subject: `杨柳村3组停水三天（浏览器测试 ${Date.now().toString(36)}）`,
  summary: '来电人反映：嘉农镇杨柳村3组自本周一起停水，至今已三天，村里老人多，生活用水困难，希望尽快恢复供水并说明停水原因。',
};

describe('the console, through the browser only', () => {
  let system: RunningSystem;
  let web: RunningConsole;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const shots = () => join(REPO_ROOT, '.data', 'test-logs', system.namespace, 'screens');
  const receipt = { caseNumber: '', queryCode: '' };
  let petitioner: Page;
  let unit: Page;

  /** Every page a person reaches is checked by axe-core, and kept as a screenshot. */
  async function check(page: Page, name: string) {
    await page.waitForLoadState('networkidle').catch(() => undefined);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
    await screenshot(page, shots(), name);
  }

  const signedIn: Record<string, Page> = {};
  async function staff(who: Parameters<typeof signIn>[2]) {
    const session = await signIn(browser, web.url, who);
    contexts.push(session.context);
    signedIn[who.role] = session.page;
    return session.page;
  }

  beforeAll(async () => {
    system = await startServices(testNamespace('console'), undefined, { routing: { ROUTING_INSTRUCTION_POLICY: 'all' } });
    web = await startConsole(system);
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await web?.stop();
    await system?.stop();
  });

  it('a petitioner submits on a phone and keeps the receipt', async () => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce', bypassCSP: true });
    contexts.push(context);
    petitioner = await context.newPage();
    await petitioner.goto(web.url);
    await expect(petitioner.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('我要信访');
    await check(petitioner, 'petitioner-submit-phone');
    await petitioner.getByLabel('主题').fill(SUBJECT);
    await petitioner.getByLabel('内容', { exact: true }).fill(TEXT);
    await petitioner.getByLabel('姓名').fill('王小明');
    await petitioner.getByLabel('联系电话').fill('138 1234 5678');
    await petitioner.locator('input[type="file"]').setInputFiles({ name: '学校通知.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await petitioner.getByRole('button', { name: '提交', exact: true }).click();
    receipt.caseNumber = (await petitioner.getByTestId('case-number').textContent())!.trim();
    receipt.queryCode = (await petitioner.getByTestId('query-code').textContent())!.trim();
    expect(receipt.caseNumber).toMatch(/^SW-\d{4}-\d{6}$/);
    expect(receipt.queryCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await check(petitioner, 'petitioner-receipt-phone');
  }, 120_000);

  it('a leader sees it waiting for instruction and assigns it to the education bureau', async () => {
    const leader = await staff({ role: '区领导', leader: '区长' });
    const item = leader.getByTestId('instruction-item').filter({ hasText: SUBJECT });
    await eventually(leader, () => item.waitFor({ timeout: 3000 }), { what: 'the petition in the leader’s queue' });
    await check(leader, 'leader-instruction-queue');
    await item.getByRole('button', { name: '填写批示' }).click();
    await item.getByLabel('主办单位').click();
    await leader.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: UNIT.name }).first().click();
    await item.getByLabel('批示意见').fill('请区教育局核实学位情况，按期办结并答复群众。');
    await item.getByRole('button', { name: '提交批示' }).click();
    await leader.getByText(`已批示：${receipt.caseNumber}`).waitFor();
    await item.waitFor({ state: 'detached' });
  }, 180_000);

  it('the unit accepts the case and replies by kind', async () => {
    unit = await staff({ role: '责任单位工作人员', unit: UNIT.name });
    const link = unit.getByTestId('case-table').getByRole('link', { name: receipt.caseNumber });
    await eventually(unit, () => link.waitFor({ timeout: 3000 }), { what: 'the assigned case on the workbench' });
    await check(unit, 'unit-workbench');
    await link.click();
    await unit.getByRole('heading', { level: 1, name: `案件 ${receipt.caseNumber}` }).waitFor();
    // The petitioner's photo is there as evidence, named without the file name they gave it, and downloads as sent.
    const photo = unit.getByRole('button', { name: '下载附件 附件 1（JPEG，1 KB）' });
    const [download] = await Promise.all([unit.waitForEvent('download'), photo.click()]);
    expect(readFileSync((await download.path())!)).toEqual(PHOTO);
    await expect(unit.locator('main').textContent()).resolves.not.toContain('学校通知');
    await unit.getByRole('button', { name: '受理', exact: true }).click();
    await unit.getByText('已受理').first().waitFor();
    await reply(1, '经核实，该片区小学今年学位确实紧张，已协调实验小学增加一个班。');
    await check(unit, 'unit-case-replied');
  }, 180_000);

  async function reply(round: number, facts: string) {
    const form = unit.getByTestId('reply-form');
    await eventually(unit, () => unit.getByRole('heading', { name: `答复（第 ${round} 轮）` }).waitFor({ timeout: 3000 }), { what: `the reply form of round ${round}` });
    await form.getByLabel('查明的事实').fill(facts);
    await form.getByLabel('处理意见').fill('已安排孩子在实验小学就读，请于下周一到学校办理入学手续。');
    await form.getByLabel('处理依据').fill('《中华人民共和国义务教育法》第十二条，区义务教育招生入学工作方案。');
    await form.getByRole('button', { name: '提交答复' }).click();
    await unit.getByText('答复已提交').first().waitFor();
  }

  async function rate(satisfaction: '满意' | '不满意', round: number) {
    await petitioner.goto(`${web.url}/progress`);
    await eventually(petitioner, async () => {
      await expect(petitioner.getByTestId('progress-status').textContent({ timeout: 3000 })).resolves.toBe('已答复');
      await petitioner.getByText(`第 ${round} 次答复`).waitFor({ timeout: 3000 });
    }, { what: `reply ${round} on the progress page` });
    await check(petitioner, `petitioner-progress-replied-${round}-phone`);
    // Feedback may hear of the reply a moment after intake: the petitioner tries again, as a person would.
    await eventually(petitioner, async () => {
      await petitioner.getByText(satisfaction, { exact: true }).click();
      if (satisfaction === '不满意') await petitioner.getByLabel('问题没有解决').check();
      await petitioner.getByRole('button', { name: '提交评价' }).click();
      await petitioner.getByText('感谢您的评价').waitFor({ timeout: 3000 });
    }, { reload: false, what: `the ${satisfaction} rating accepted` });
  }

  it('the petitioner is dissatisfied; the case comes back to the unit, is replied again, and the petitioner is satisfied', async () => {
    await rate('不满意', 1);
    await unit.reload();
    await eventually(unit, () => unit.getByText('本案重新办理（群众不满意）').waitFor({ timeout: 3000 }), { what: 'the reopened case' });
    await check(unit, 'unit-case-reopened');
    await reply(2, '复查发现孩子户籍地址在划片范围内，已直接安排入学。');
    await rate('满意', 2);
    await eventually(petitioner, () => expect(petitioner.getByTestId('progress-status').textContent({ timeout: 3000 })).resolves.toMatch(/^已办结/), {
      what: 'the case concluded on the progress page',
    });
    await check(petitioner, 'petitioner-progress-concluded-phone');
  }, 240_000);

  it('the supervisor sees the unit’s rated case on the dashboard', async () => {
    const supervisor = await staff({ role: '督查室' });
    const row = supervisor.locator(`[data-testid="unit-satisfaction-row"][data-unit-id="${UNIT.id}"]`);
    await eventually(supervisor, () => row.waitFor({ timeout: 5000 }), { what: 'the unit on the supervisor’s dashboard' });
    await expect(row.textContent()).resolves.toMatch(new RegExp(`^${UNIT.name}：参评 1 件，满意 1 件，满意率 100%`));
    await check(supervisor, 'supervisor-dashboard');
  }, 120_000);

  it('the organization department downloads the appraisal with the unit in it', async () => {
    const org = await staff({ role: '组织部' });
    await org.getByRole('link', { name: '考核评价' }).click();
    await org.getByTestId('appraisal-table').getByText(UNIT.name).first().waitFor();
    await check(org, 'organization-appraisal');
    const [download] = await Promise.all([org.waitForEvent('download'), org.getByRole('button', { name: '下载 XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^appraisal-\d{4}-(Q[1-4]|Y)?.*\.xlsx$/);
    const file = join(shots(), download.suggestedFilename());
    await download.saveAs(file);
    const sheets = readXlsxWithOpenpyxl(readFileSync(file));
    expect(JSON.stringify(sheets)).toContain(UNIT.name);
  }, 120_000);

  it('a hotline operator types two calls with the keyboard, sees the first as a hint on the second, finds the repeat and undoes its link', async () => {
    const operator = await staff({ role: '登记员 / 话务员' });
    await operator.getByRole('heading', { level: 1, name: '来电登记' }).waitFor();
    const first = await registerCall(operator);
    // Routing has decided the first call once the registrar can find it as a new matter.
    await operator.goto(`${web.url}/staff/operator/find?caseNumber=${first}`);
    await eventually(operator, () => expect(operator.getByTestId('found-status').textContent({ timeout: 3000 })).resolves.toBe('待领导批示'), {
      what: 'the first call routed',
    });
    await expect(operator.getByTestId('found-decision').textContent()).resolves.toBe('新信访');
    await check(operator, 'operator-find');

    await operator.getByRole('navigation').getByRole('link', { name: '来电登记' }).click();
    const second = await registerCall(operator, async () => {
      // The same caller again, in the same words: the first call is the hint, before 登记 is pressed.
      const hint = operator.getByTestId('duplicate-hints').locator(`[data-testid="duplicate-hint"][data-case-number="${first}"]`);
      await hint.waitFor({ timeout: 15_000 });
      await expect(operator.getByTestId('duplicate-hints-status').textContent()).resolves.toMatch(/^找到 \d+ 件相似信访件$/);
      await expect(hint.textContent()).resolves.toContain(CALL.subject);
      await check(operator, 'operator-call-entry');
    });
    expect(second).not.toBe(first);

    await operator.getByRole('link', { name: '查看此件' }).click();
    await eventually(operator, () => expect(operator.getByTestId('found-status').textContent({ timeout: 3000 })).resolves.toBe('已判重并案'), {
      what: 'the second call linked as a repeat',
    });
    await expect(operator.getByTestId('found-decision').textContent()).resolves.toBe('重复信访');
    await expect(operator.getByTestId('found-linked-to').textContent()).resolves.toBe(first);
    await operator.getByRole('button', { name: '撤销判重' }).click();
    const dialog = operator.getByRole('dialog');
    await dialog.getByLabel('撤销理由').fill('来电人说明这次反映的是另一处供水管网的问题。');
    await check(operator, 'operator-undo-link');
    await dialog.getByRole('button', { name: '确认撤销' }).click();
    await operator.getByText(/^已撤销判重，此件已重新分流/).waitFor();
    // The find result is read again: routed afresh, the undo on record with its reason.
    await operator.getByTestId('found-status').filter({ hasText: /^待领导批示$/ }).waitFor();
    await operator.getByTestId('found-petition').getByText(/来电人说明这次反映的是另一处供水管网的问题。$/).waitFor();
  }, 240_000);

  /** One call through the keyboard only: Tab between fields, Ctrl+Enter to register; the receipt's case number. */
  async function registerCall(operator: Page, beforeRegistering?: () => Promise<void>): Promise<string> {
    const number = operator.getByLabel('来电号码');
    await expect(isFocused(number)).resolves.toBe(true);
    await operator.keyboard.type(CALL.phone);
    await operator.keyboard.press('Tab');
    await operator.keyboard.press('Tab');
    await expect(isFocused(operator.getByLabel('主题'))).resolves.toBe(true);
    await operator.keyboard.type(CALL.subject);
    await operator.keyboard.press('Tab');
    await operator.keyboard.type(CALL.summary);
    await beforeRegistering?.();
    await operator.getByLabel('来电摘要').focus();
    await operator.keyboard.press('Control+Enter');
    const caseNumber = (await operator.getByTestId('call-case-number').textContent())!.trim();
    expect(caseNumber).toMatch(/^SW-\d{4}-\d{6}$/);
    await expect(operator.getByTestId('call-read-out').textContent()).resolves.toContain(caseNumber);
    return caseNumber;
  }

  it('every page of every role, the sign-in page and the English console have no serious or critical accessibility violation', async () => {
    const signInPage = await (await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce', bypassCSP: true })).newPage();
    contexts.push(signInPage.context());
    await signInPage.goto(`${web.url}/signin`);
    await signInPage.getByLabel('角色').waitFor();
    await check(signInPage, 'staff-sign-in');
    const visited: string[] = [];
    for (const [role, page] of Object.entries(signedIn)) {
      const links = await page.getByRole('navigation').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of links) {
        await page.goto(`${web.url}${href}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor().catch((error: Error) => {
          throw new Error(`${role} ${href}: no page heading — ${error.message}`);
        });
        const name = `${role}${href.replace(/\//g, '-')}`.replace(/[^\w\u4e00-\u9fa5-]+/g, '-');
        await check(page, `all-pages/${name}`);
        visited.push(`${role} ${href}`);
      }
    }
    expect(visited.length).toBeGreaterThanOrEqual(18);
    // The same pages in English (one role each is enough to catch untranslated layout breaks).
    const org = signedIn['组织部'];
    await org.getByText('English', { exact: true }).click();
    await org.goto(`${web.url}/staff/organization`);
    await org.getByRole('heading', { level: 1, name: 'Appraisal' }).waitFor();
    await check(org, 'organization-appraisal-en');
    await petitioner.getByText('English', { exact: true }).click();
    await petitioner.goto(web.url);
    await petitioner.getByRole('heading', { level: 1, name: 'Submit a petition' }).waitFor();
    await check(petitioner, 'petitioner-submit-phone-en');
  }, 300_000);
});
