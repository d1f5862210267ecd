import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT, startProcess, waitUntil, type RunningSystem, type StartedProcess } from '@sunshine/testing';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/**
 * Debian's chromium (and CJK fonts, so screenshots show Chinese), installed with apt-get when
 * missing — as root on Debian, like the PDF tests' poppler. Nothing is skipped when it is absent.
 */
export function ensureChromium(): string {
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || spawnSync('apt-get', ['--version']).error !== undefined) {
    throw new Error('chromium is missing and cannot be installed here: apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)');
  }
  const options = { stdio: 'ignore' as const, timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'update', '-qq'], options);
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], options);
  const installed = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!installed) throw new Error('apt-get installed chromium but no executable was found');
  return installed;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=zh-CN'] });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningConsole {
  url: string;
  process: StartedProcess;
  stop(): Promise<void>;
}

/** The console server (built app + proxy) in front of a running system, on a free loopback port. */
export async function startConsole(system: RunningSystem): Promise<RunningConsole> {
  if (!existsSync(join(REPO_ROOT, 'apps/console/dist-web/index.html'))) {
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-console.mjs'), '--quiet'], { stdio: 'inherit' });
  }
  const port = await freePort();
  const child = startProcess(process.execPath, ['--enable-source-maps', join(REPO_ROOT, 'apps/console/dist/main.js')], {
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    CONSOLE_INTAKE_URL: system.url.intake,
    CONSOLE_ROUTING_URL: system.url.routing,
    CONSOLE_HANDLING_URL: system.url.handling,
    CONSOLE_FEEDBACK_URL: system.url.feedback,
    CONSOLE_SUPERVISION_URL: system.url.supervision,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(
    async () => (await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) })).status,
    (status) => status === 200,
    { timeoutMs: 30_000, intervalMs: 200, message: 'the console answering' },
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${child.output().slice(-2000)}`);
  });
  return { url, process: child, stop: async () => void (await child.kill('SIGTERM')) };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core in the page, WCAG 2.0–2.2 A and AA rules: the serious and critical violations, with
 * where they are (an empty list is the pass).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Contexts are opened with bypassCSP: axe is injected as an inline script, which the console's CSP forbids.
  // The callbacks run in the page (browser globals), not in Node: reached through globalThis.
  if (!(await page.evaluate(() => 'axe' in globalThis))) {
    await page.addScriptTag({ path: join(REPO_ROOT, 'node_modules/axe-core/axe.min.js') });
  }
  const violations = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> }; document: unknown }).axe
      .run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * A screenshot of what a person sees, kept with the test's logs; with SCREENSHOTS_DIR set
 * (`npm run screenshots`) it is also written there (docs/screenshots/).
 */
export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  const file = join(dir, `${name}.png`);
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  const docs = process.env.SCREENSHOTS_DIR;
  // Only top-level names go to the documentation; `group/name` stays with the test's logs.
  if (docs && !name.includes('/')) {
    mkdirSync(docs, { recursive: true });
    copyFileSync(file, join(docs, `${name}.png`));
  }
  return file;
}
