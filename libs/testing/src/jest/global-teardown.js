const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalTeardown() {
  if (globalThis.__SUNSHINE_STARTED_INFRA__) {
    execFileSync('bash', [path.resolve(__dirname, '../../../../deploy/local/infra.sh'), 'stop'], { stdio: 'inherit' });
  }
};
