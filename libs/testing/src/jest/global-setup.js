// Jest global setup for the integration and system tiers: the real infrastructure must be up.
// `npm test` starts it beforehand; a bare `npx jest` starts it here and stops it afterwards.
const { execFileSync } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');

const root = path.resolve(__dirname, '../../../..');

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

module.exports = async function globalSetup() {
  const kafkaPort = Number(process.env.KAFKA_PORT ?? 9092);
  const mongoPort = Number(process.env.MONGO_PORT ?? 27017);
  if (!(await portOpen(kafkaPort)) || !(await portOpen(mongoPort))) {
    execFileSync('bash', [path.join(root, 'deploy/local/infra.sh'), 'start'], { stdio: 'inherit' });
    globalThis.__SUNSHINE_STARTED_INFRA__ = true;
  }
  execFileSync(process.execPath, [path.join(root, 'scripts/wait-for-infra.mjs')], { stdio: 'inherit' });
};
