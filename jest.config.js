// One Jest run, four tiers. Unit tests sit next to the code; integration tests of a library or a
// service live in its test/ folder and talk to the real Kafka and FerretDB started by
// scripts/test.mjs; system tests start the services as processes.
const swc = JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@sunshine/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts' },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
};

module.exports = {
  // Integration and system tests wait on real brokers and databases; system specs set their own.
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{libs,services,apps}/*/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,services,apps}/*/test/**/*.int-spec.ts'],
      // Routing runs the sentence-embedding model (onnxruntime) in-process: its typed arrays must be the process's own.
      testEnvironment: '<rootDir>/libs/testing/src/jest/native-typed-arrays-environment.js',
      globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.js',
    },
    {
      ...shared,
      displayName: 'system',
      testMatch: ['<rootDir>/test/system/**/*.sys-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.js',
    },
    {
      // The console in headless Chromium (Debian's chromium driven by playwright-core) on the running system.
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.js',
    },
  ],
};
