import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** How a person uses the console's controls, in one place (Ant Design's select opens a listbox). */
export async function chooseOption(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  const item = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first();
  await item.waitFor({ state: 'visible' });
  await item.click();
}

export interface StaffSignIn {
  /** The role as the sign-in page names it, e.g. 区领导, 责任单位工作人员. */
  role: string;
  unit?: string;
  leader?: string;
  name?: string;
}

/** A fresh browser context (its own session) signed in through the sign-in page, like a person does. */
export async function signIn(browser: Browser, baseUrl: string, who: StaffSignIn, viewport = { width: 1366, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true, reducedMotion: 'reduce', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/signin`);
  await chooseOption(page, page.getByLabel('角色'), who.role);
  if (who.unit) await chooseOption(page, page.getByLabel('所在单位'), who.unit);
  if (who.leader) await chooseOption(page, page.getByLabel('领导', { exact: true }), who.leader);
  if (who.name) await page.getByLabel('姓名（可选）').fill(who.name);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/staff'));
  return { context, page };
}

/** Reload until the check passes: queues are polled, a person would press refresh and wait. */
export async function eventually<T>(page: Page, check: () => Promise<T>, { timeoutMs = 60_000, reload = true, what = 'the page to show it' } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      if (reload) await page.reload();
      else await page.waitForTimeout(1000);
    }
  }
  throw new Error(`waited ${timeoutMs} ms for ${what}: ${(lastError as Error)?.message ?? lastError}`);
}

/** Whether the element has the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement);
}
