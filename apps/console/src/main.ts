import { join } from 'node:path';
import { consoleConfigFromEnv } from './config';
import { createConsoleServer } from './console-server';

// `node apps/console/dist/main.js`: the console at http://127.0.0.1:3000 (PORT, HOST), the five
// services behind /api/<service>/ (CONSOLE_<SERVICE>_URL), OIDC from OIDC_AUTHORITY/OIDC_CLIENT_ID.
const config = consoleConfigFromEnv(process.env, join(__dirname, '..'));
const server = createConsoleServer(config).listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: `console listening on http://${config.host}:${port}` })}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
