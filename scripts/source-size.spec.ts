import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// A source file past 500 lines holds several concerns; lint warns from 400 (max-lines), this fails at 500.
const root = join(__dirname, '..');
const LIMIT = 500;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

function sourceRoots(): string[] {
  const consoleApp = join(root, 'apps', 'console');
  return ['services', 'libs'].flatMap((group) =>
    readdirSync(join(root, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, group, entry.name, 'src'))
      .filter((src) => readdirSync(join(src, '..')).includes('src')),
  ).concat([join(consoleApp, 'src'), join(consoleApp, 'web', 'src')]);
}

describe('source size', () => {
  it(`no file under services/*/src, libs/*/src or the console's sources is longer than ${LIMIT} lines`, () => {
    const long = sourceRoots()
      .flatMap((src) => [...sourceFiles(src)])
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > LIMIT)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
