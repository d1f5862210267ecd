import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where openpyxl is installed for the tests (once, on demand; CI has PyPI). */
const PYTHON_PACKAGES = resolve(__dirname, '../../../.data/python');

const READ_SCRIPT = `
import json, sys
sys.path.insert(0, sys.argv[1])
from openpyxl import load_workbook
wb = load_workbook(sys.argv[2], read_only=False)
out = []
for ws in wb.worksheets:
    out.append({
        "title": ws.title,
        "frozen": ws.freeze_panes,
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        "rows": [[("" if c is None else c) for c in row] for row in ws.iter_rows(values_only=True)],
    })
print(json.dumps(out, ensure_ascii=False, default=str))
`;

export interface OpenpyxlSheet {
  title: string;
  /** The top-left cell of the scrolling area, e.g. `A2` for a frozen header row. */
  frozen: string | null;
  widths: Record<string, number>;
  rows: (string | number | boolean)[][];
}

/** Install openpyxl into `.data/python` unless it is there. */
export function ensureOpenpyxl(): void {
  if (existsSync(join(PYTHON_PACKAGES, 'openpyxl'))) return;
  mkdirSync(PYTHON_PACKAGES, { recursive: true });
  execFileSync('python3', ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--target', PYTHON_PACKAGES, 'openpyxl'], { stdio: 'inherit', timeout: 300_000 });
}

/**
 * Read an XLSX file with an independent reader — Python's openpyxl — and return each sheet's
 * rows as JSON: a workbook one library writes and only that library reads back proves little.
 */
export function readXlsxWithOpenpyxl(buffer: Buffer): OpenpyxlSheet[] {
  ensureOpenpyxl();
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
  try {
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, buffer);
    const output = execFileSync('python3', ['-c', READ_SCRIPT, PYTHON_PACKAGES, file], { encoding: 'utf8', timeout: 60_000 });
    return JSON.parse(output) as OpenpyxlSheet[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
