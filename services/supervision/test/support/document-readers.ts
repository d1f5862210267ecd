import { execFileSync, spawnSync } from 'node:child_process';

/**
 * Independent readers of the documents supervision renders, for tests: poppler's `pdftotext` for
 * PDFs (installed with apt-get when missing, as root on Debian — nothing is skipped) and Python's
 * standard library (zipfile + ElementTree, not exceljs) for XLSX.
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

/** The text of a PDF, in reading order (`pdftotext -layout`). */
export function pdfText(pdf: Buffer): string {
  ensurePdftotext();
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

/** The fonts a PDF uses and whether each is embedded (`pdffonts`). */
export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean }[] {
  ensurePdftotext();
  const out = execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8');
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' };
    });
}

const XLSX_READER = `
import sys, zipfile, json, xml.etree.ElementTree as ET, io
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
out = {}
for sheet in ET.fromstring(z.read('xl/workbook.xml')).find('m:sheets', ns):
    target = rels[sheet.get('{%s}id' % ns['r'])].lstrip('/')
    path = target if target.startswith('xl/') else 'xl/' + target
    rows = []
    for row in ET.fromstring(z.read(path)).iter('{%s}row' % ns['m']):
        cells = []
        for c in row.findall('m:c', ns):
            v = c.find('m:v', ns); t = c.get('t')
            if t == 's': cells.append(shared[int(v.text)])
            elif t == 'inlineStr': cells.append(''.join(x.text or '' for x in c.iter('{%s}t' % ns['m'])))
            elif v is not None: cells.append(float(v.text) if t != 'str' else v.text)
            else: cells.append(None)
        rows.append(cells)
    out[sheet.get('name')] = rows
print(json.dumps(out, ensure_ascii=False))
`;

/** Every sheet's rows of cell values (strings and numbers), read without exceljs. */
export function xlsxCells(xlsx: Buffer): Record<string, (string | number | null)[][]> {
  return JSON.parse(execFileSync('python3', ['-c', XLSX_READER], { input: xlsx, maxBuffer: 64 * 1024 * 1024 }).toString('utf8')) as Record<
    string,
    (string | number | null)[][]
  >;
}
