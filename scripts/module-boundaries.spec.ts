import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

type Case = { code: string; file: string };
type Verdict = { ruleId: string | null; message: string }[];

// Lints every case in ONE child process: type-aware rules load the TypeScript program once (seconds),
// not once per case. ESLint runs outside Jest because Jest's vm cannot import eslint.config.mjs.
// The boundary rule needs Nx's project graph; scripts/test.mjs computes it before the tests.
const LINT_CASES = `
const { ESLint } = require('eslint');
const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
(async () => {
  const verdicts = [];
  for (const { code, file } of cases) {
    const [result] = await eslint.lintText(code, { filePath: file });
    verdicts.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
  }
  process.stdout.write(JSON.stringify(verdicts));
})().catch((error) => { console.error(error); process.exit(1); });
`;

function lintAll(cases: Case[]): Verdict[] {
  const output = execFileSync(process.execPath, ['-e', LINT_CASES], {
    cwd: root,
    input: JSON.stringify(cases.map(({ code, file }) => ({ code, file: join(root, file) }))),
    env: { ...process.env, NX_DAEMON: 'false' },
    encoding: 'utf8',
  });
  return JSON.parse(output) as Verdict[];
}

// Type-aware linting resolves each file through tsconfig.json, so the code is linted under the name of a
// file that exists (the text is ours); a made-up name would be a parsing error, not a verdict.
const CASES = {
  serviceImportsService: { code: "import { AppModule } from '../../routing/src/app.module';\nexport const x = AppModule;\n", file: 'services/intake/src/main.ts' },
  libraryImportsService: { code: "import { SERVICE } from '@sunshine/intake';\nexport const x = SERVICE;\n", file: 'libs/messaging/src/index.ts' },
  serviceImportsLibraries: {
    code: "import { Topics } from '@sunshine/contracts';\nimport { Clock } from '@sunshine/platform';\nexport const x = [Topics, Clock];\n",
    file: 'services/intake/src/main.ts',
  },
  ...Object.fromEntries(
    ['@nestjs/common', 'mongoose', 'mongodb', '@nestjs/mongoose'].map((library) => [
      `domainImports ${library}`,
      { code: `import * as x from '${library}';\nexport const y = x;\n`, file: 'services/handling/src/cases/case.ts' },
    ]),
  ),
  roleFileImportsNest: { code: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n", file: 'services/handling/src/cases/case.repository.ts' },
} satisfies Record<string, Case>;

let verdicts: Record<string, Verdict>;
beforeAll(() => {
  const names = Object.keys(CASES);
  const results = lintAll(Object.values(CASES));
  verdicts = Object.fromEntries(names.map((name, i) => [name, results[i]]));
}, 60_000);

const errorsOf = (name: string, rule: string) => verdicts[name].filter((m) => m.ruleId === rule).map((m) => m.message);
const boundaryErrors = (name: string) => errorsOf(name, '@nx/enforce-module-boundaries');
const domainImportErrors = (name: string) => errorsOf(name, 'no-restricted-imports');

describe('module boundaries', () => {
  it('lint every case (a parsing error would pass the refusals vacuously)', () => {
    expect(Object.values(verdicts).flatMap((messages) => messages.filter((m) => m.ruleId === null))).toEqual([]);
  });

  it('refuse a service importing another service', () => {
    expect(boundaryErrors('serviceImportsService').length).toBeGreaterThan(0);
  });

  it('refuse a library importing a service', () => {
    expect(boundaryErrors('libraryImportsService').length).toBeGreaterThan(0);
  });

  it('let a service import the shared libraries', () => {
    expect(boundaryErrors('serviceImportsLibraries')).toEqual([]);
  });
});

describe('domain files', () => {
  it('refuse Nest, Mongoose or MongoDB in a plain domain file', () => {
    for (const library of ['@nestjs/common', 'mongoose', 'mongodb', '@nestjs/mongoose']) expect(domainImportErrors(`domainImports ${library}`)).toHaveLength(1);
  });

  it('let a role file import Nest', () => {
    expect(domainImportErrors('roleFileImportsNest')).toEqual([]);
  });
});
