import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@sunshine/testing';

/**
 * A second, independent XLSX reader for system tests: Python's openpyxl (not exceljs, which wrote
 * the file). Installed into `.data/python` with pip when missing; nothing is skipped.
 */
const TARGET = join(REPO_ROOT, '.data', 'python');

function ensureOpenpyxl(): void {
  const probe = spawnSync('python3', ['-c', 'import openpyxl'], { env: { ...process.env, PYTHONPATH: TARGET } });
  if (probe.status === 0) return;
  if (!existsSync(TARGET) || probe.status !== 0) {
    execFileSync('python3', ['-m', 'pip', 'install', '--quiet', '--target', TARGET, 'openpyxl'], { stdio: 'ignore', timeout: 300_000 });
  }
}

const READER = `
import sys, io, json, openpyxl
wb = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()), read_only=True, data_only=True)
out = {}
for ws in wb.worksheets:
    out[ws.title] = [[(c if isinstance(c, (int, float, str)) or c is None else str(c)) for c in row] for row in ws.iter_rows(values_only=True)]
print(json.dumps(out, ensure_ascii=False))
`;

/** Every sheet's rows (cell values; dates as text), read by openpyxl. */
export function readXlsxWithOpenpyxl(xlsx: Buffer): Record<string, (string | number | null)[][]> {
  ensureOpenpyxl();
  const out = execFileSync('python3', ['-c', READER], { input: xlsx, env: { ...process.env, PYTHONPATH: TARGET }, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8'));
}
