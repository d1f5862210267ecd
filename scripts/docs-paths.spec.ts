/**
 * Docs that cannot drift: every repository path a Markdown file names in `single backticks` must exist.
 *
 * Which files: every tracked Markdown file (`git ls-files '*.md'`), except node_modules and
 * bench/results (benchmark reports quote the paths of the machine they ran on).
 *
 * What counts as a path: the text of an inline code span that contains a `/` or ends in a file
 * extension this repository uses (.ts .js .mjs .md .json .jsonl .yml .yaml .sh .txt .env .eml .py),
 * and has no spaces. Left out, each because it is not a file of this repository:
 *   - placeholders and patterns: `<name>`, `{petitionId}`, `*`, `…`, `$VAR`/`${x}`, `?query=`;
 *   - URLs (`://`) and HTTP routes (`/api/v1/cases`, `/docs`: they start with `/`);
 *   - npm package names (`@sunshine/platform`, `@swc/jest`: they start with `@`);
 *   - the home directory (`~/.cache/...`: outside the repository);
 *   - `host:port`, `image:tag` (`apache/kafka:4.1.1`) and MIME types (`application/json`);
 *     a trailing `:12` line reference is stripped first, so `file.ts:12` is still checked;
 *   - paths inside another project's source tree, listed per Markdown file in FOREIGN below.
 * Fenced code blocks are checked too (a backticked path in a code sample is still a claim), except
 * blocks fenced as ```text, ```console or ```output, which quote what a command printed.
 *
 * Where a path may live (the first that exists wins):
 *   1. `../shared/...` — the shared folder beside the project (it exists in CI);
 *   2. from the repository root;
 *   3. from the Markdown file's own folder;
 *   4. for a Markdown file under services/<name>/ or libs/<name>/: from that package's root, and
 *      from its src/ (canvases say `dedup/` or `src/config.ts` about their own service);
 *   5. a bare name without an inner `/` (`case.spec.ts`, `taxonomy.json`, `dedup/`): any file or
 *      folder of that name inside the package (or anywhere in the repository, for Markdown outside
 *      a package). Bare names are ambiguous by nature, so this is the lenient rule; a path with a
 *      folder in it must resolve exactly, which is what catches a moved file.
 * A path that git ignores (`.data/`, `dist/`, `bench/results/x.json`) is produced at run time and
 * passes without existing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const root = join(__dirname, '..');

const EXTENSIONS = /\.(ts|js|mjs|md|json|jsonl|ya?ml|sh|txt|env|eml|py)$/;

/**
 * Paths that name files of another project's source tree, per Markdown file. Each entry says why.
 */
const FOREIGN: Record<string, RegExp> = {
  // FerretDB's own source tree (Go module), which the patch changes; not files of this repository.
  'deploy/local/ferretdb/README.md': /^(\.\/cmd\/|internal\/|build\/version\/)|\.go$/,
  // Open311 GeoReport v2 resource names (`requests.json` is a URL of the API, not a file here).
  'services/intake/src/open311/README.md': /^(requests|services|discovery)\.(json|xml)$/,
};

function git(args: string[], input?: string): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
}

function markdownFiles(): string[] {
  return git(['ls-files', '*.md'])
    .split('\n')
    .filter((f) => f && !f.split('/').includes('node_modules') && !f.startsWith('bench/results/'));
}

interface Mention {
  file: string;
  line: number;
  path: string;
}

/** The candidate path inside an inline code span, or undefined when it is not a repository path. */
function candidatePath(span: string): string | undefined {
  const text = span.trim().replace(/:\d+(:\d+)?$/, '').replace(/#[\w-]*$/, '');
  if (!text.includes('/') && !EXTENSIONS.test(text)) return undefined;
  if (/[\s<>{}*…$?=:|,()[\]'"]/.test(text)) return undefined;
  if (text.startsWith('/') || text.startsWith('@') || text.startsWith('~')) return undefined;
  if (/^(application|multipart|text|image)\//.test(text)) return undefined;
  // A bare extension (`.eml`) names a kind of file, not a file.
  if (/^\.[a-z]+$/.test(text)) return undefined;
  return text;
}

function mentions(file: string): Mention[] {
  const found: Mention[] = [];
  let fence: string | undefined;
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const opening = /^\s*(```+|~~~+)\s*(\w*)/.exec(text);
      if (opening) {
        fence = fence === undefined ? opening[2] || 'plain' : undefined;
        return;
      }
      if (fence === 'text' || fence === 'console' || fence === 'output') return;
      for (const match of text.matchAll(/(?<!`)`([^`\n]+)`(?!`)/g)) {
        const path = candidatePath(match[1]);
        if (path && !FOREIGN[file]?.test(path)) found.push({ file, line: index + 1, path });
      }
    });
  return found;
}

/** The package folder (services/<name> or libs/<name>) a Markdown file belongs to, if any. */
function packageOf(file: string): string | undefined {
  return /^((?:services|libs)\/[^/]+)\//.exec(file)?.[1];
}

let tracked: string[] | undefined;
/** Every tracked file and every folder that holds one, as repository-relative paths. */
function trackedEntries(): string[] {
  if (!tracked) {
    const files = git(['ls-files']).split('\n').filter(Boolean);
    const folders = new Set<string>();
    for (const f of files) for (let d = dirname(f); d !== '.'; d = dirname(d)) folders.add(d);
    tracked = [...files, ...folders];
  }
  return tracked;
}

function resolves(mention: Mention): boolean {
  const { file, path } = mention;
  const clean = path.replace(/\/$/, '');
  if (clean.startsWith('../shared/')) return existsSync(join(root, clean));
  const pkg = packageOf(file);
  const bases = [root, join(root, dirname(file))];
  if (pkg) bases.push(join(root, pkg), join(root, pkg, 'src'));
  if (bases.some((base) => existsSync(join(base, clean)))) return true;
  if (!clean.includes('/')) {
    const scope = pkg ? `${pkg}/` : '';
    return trackedEntries().some((entry) => entry.startsWith(scope) && basename(entry) === clean);
  }
  return false;
}

/** Of the given repository-relative paths, those git ignores (produced at run time). */
function ignoredByGit(paths: string[]): Set<string> {
  if (paths.length === 0) return new Set();
  let output = '';
  try {
    output = git(['check-ignore', '--no-index', '--stdin'], paths.join('\n') + '\n');
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? ''; // exits 1 when nothing is ignored
  }
  return new Set(output.split('\n').filter(Boolean));
}

describe('paths named in the docs', () => {
  const all = markdownFiles().flatMap(mentions);

  it('are found in the Markdown files (the check is looking at something)', () => {
    // Tells a broken extractor from a clean tree: the docs name about ninety paths today.
    expect(all.length).toBeGreaterThan(50);
  });

  it('all exist in the repository', () => {
    const unresolved = all.filter((m) => !resolves(m));
    const ignored = ignoredByGit(unresolved.map((m) => m.path));
    const missing = unresolved.filter((m) => !ignored.has(m.path));
    expect(missing.map((m) => `${m.file}:${m.line} \`${m.path}\``)).toEqual([]);
  });
});
