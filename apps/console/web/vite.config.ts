import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The console's single-page app. `npm run build` writes it to apps/console/dist-web, which the
// console server (apps/console/src) serves at :3000 with the services behind /api/<service>/.
// `npx vite apps/console/web` serves it with hot reload, forwarding /api, /auth and /config.json
// to a running console server.
const consoleServer = process.env.CONSOLE_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: __dirname,
  plugins: [react()],
  // Pure vocabulary files of the contracts library (labels in both languages), never its Node parts.
  resolve: { alias: { '@contracts': resolve(__dirname, '../../../libs/contracts/src') } },
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    // The size check (scripts/check-size.mjs) reads which chunks each entry loads first.
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': consoleServer, '/auth': consoleServer, '/config.json': consoleServer },
  },
});
