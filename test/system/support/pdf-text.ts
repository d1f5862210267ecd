import { execFileSync, spawnSync } from 'node:child_process';

/**
 * An independent reader of the PDFs the services render, for system tests: poppler's
 * `pdftotext` (installed with apt-get when missing, as root on Debian — nothing is skipped).
 */
function ensurePdftotext(): void {
  if (spawnSync('pdftotext', ['-v']).error === undefined) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || spawnSync('apt-get', ['--version']).error !== undefined) {
    throw new Error('pdftotext (poppler-utils) is missing and cannot be installed here: apt-get install poppler-utils');
  }
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'update', '-qq'], { stdio: 'ignore', timeout: 300_000 });
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '-qq', 'poppler-utils'], { stdio: 'ignore', timeout: 300_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** The text of a PDF in reading order (`pdftotext -layout`). */
export function pdfText(pdf: Buffer): string {
  ensurePdftotext();
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}
