// Lint: TypeScript rules plus Nx's module boundaries, so that a service can import libraries
// but never another service, and libraries never import services.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const SERVICES = ['intake', 'routing', 'handling', 'feedback', 'supervision'];

/** Services use libraries, never each other; libraries never use services; tests may use the testing library. */
function boundaries({ tests }) {
  const testing = tests ? ['type:testing'] : [];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', ...testing] },
      { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', ...testing] },
      { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', ...testing] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:testing'] },
      { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', ...testing] },
      ...SERVICES.map((name) => ({ sourceTag: `scope:${name}`, onlyDependOnLibsWithTags: [`scope:${name}`, 'scope:shared'] })),
    ],
  };
}

/**
 * Files with a role in the framework (docs/service-conventions.md): everything else under a service's
 * src/ or the contracts library is a plain domain file (`<name>.ts`) and must not import Nest or the database.
 */
const ROLE_FILES = [
  '**/*.module.ts',
  '**/*.controller.ts',
  '**/*.service.ts',
  '**/*.consumer.ts',
  '**/*.schema.ts',
  '**/*.repository.ts',
  '**/*.dto.ts',
  '**/*.provider.ts',
  '**/*.filter.ts',
  '**/*.guard.ts',
  '**/*.pipe.ts',
  '**/*.interceptor.ts',
  '**/*.decorator.ts',
  '**/*.spec.ts',
  '**/src/main.ts',
  '**/src/service.ts',
  '**/src/config.ts',
  '**/src/app.module.ts',
  '**/dto/**',
  '**/health/**',
  '**/eval/**',
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-web/**', '**/node_modules/**', '.data/**', 'bench/results/**', 'coverage/**', '.nx/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    // Type-aware rules read the types through tsconfig.json (the project service finds it per file).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries({ tests: false })],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      // A promise nobody awaits loses its error (an unhandled rejection) and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'no-console': 'off',
    },
  },
  {
    // The console's single-page app: React's rules of hooks, browser globals, types through its own tsconfig.
    files: ['apps/console/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Plain domain logic stays framework-free, so it is unit-tested without Nest or a database.
    files: ['services/*/src/**/*.ts', 'libs/contracts/src/**/*.ts'],
    ignores: ROLE_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'mongoose', 'mongodb'],
              message: 'A domain file (<name>.ts) imports no Nest, Mongoose or MongoDB; put that part in a role file (docs/service-conventions.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // Decision record 0007: services reach MongoDB only through SafeCollection, whose filters are
    // sanitised; the driver's collection (`model.collection`, `connection.collection(...)`,
    // `connection.db`) would skip that.
    files: ['services/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name=/^(collection|db)$/]:not([object.type='ThisExpression'])",
          message: 'Use safeCollection(model) or safeCollection(connection, name) from @sunshine/platform (docs/decisions/0007-persistence-idiom.md).',
        },
      ],
    },
  },
  {
    // Long files hide several concerns; a warning to split before the hard limit (500, scripts/source-size.spec.ts).
    // The only warning in this config: lint runs without --max-warnings=0 so that it shows but does not fail.
    files: ['services/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    rules: { 'max-lines': ['warn', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    // Tests may use the testing library and reach into objects to observe behaviour.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.sys-spec.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': ['error', boundaries({ tests: true })],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
