import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The boundary rule needs Nx's project graph; scripts/test.mjs computes it before the tests.
const root = join(__dirname, '..');
const eslintBin = join(root, 'node_modules/eslint/bin/eslint.js');

function boundaryErrors(code: string, file: string): string[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', join(root, file), '--format', 'json'], {
      cwd: root,
      input: code,
      env: { ...process.env, NX_DAEMON: 'false' },
      encoding: 'utf8',
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout; // eslint exits 1 when it finds errors
  }
  const [result] = JSON.parse(output) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  it('refuse a service importing another service', () => {
    const errors = boundaryErrors(
      "import { AppModule } from '../../routing/src/app.module';\nexport const x = AppModule;\n",
      'services/intake/src/x.ts',
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuse a library importing a service', () => {
    const errors = boundaryErrors("import { SERVICE } from '@sunshine/intake';\nexport const x = SERVICE;\n", 'libs/messaging/src/x.ts');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('let a service import the shared libraries', () => {
    const errors = boundaryErrors(
      "import { Topics } from '@sunshine/contracts';\nimport { Clock } from '@sunshine/platform';\nexport const x = [Topics, Clock];\n",
      'services/intake/src/x.ts',
    );
    expect(errors).toEqual([]);
  });
});
