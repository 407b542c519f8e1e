// @ts-check
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const [jsRecommended, prettierOff, officeCore] = officeAddins.configs.recommended;
const reactRecommended = officeAddins.configs.react[0];

const engineFiles = ['src/engine/**/*.ts'];

// Rooms (docs/architecture.md): a folder whose index.ts is the only way in from outside it.
// Inside a room, files import each other directly ('./table'); from anywhere else in src/ an
// import that reaches past a room's index ('../engine/benchmark/table') is an error.
const ROOMS = ['plan', 'studies', 'core', 'benchmark', 'criteria', 'trend', 'formation-wish'];
const roomDoors = {
  group: ROOMS.flatMap((room) => [`**/${room}/*`, `${room}/*`]),
  message: 'Alleen via de index.ts van een kamer (docs/architecture.md): geen import diep in een andere kamer.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      'dist-*/**',
      'out/**',
      'coverage/**',
      'node_modules/**',
      'bench/results.json',
      'test-artifacts/**',
    ],
  },
  // eslint-plugin-office-addins' "react" preset, taken apart: it registers its own older copy of
  // @typescript-eslint, which flat config cannot hold next to typescript-eslint's.
  jsRecommended,
  prettierOff,
  reactRecommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs,ts,cts,mts,tsx}'],
    plugins: { 'office-addins': officeAddins, prettier: officeCore.plugins.prettier },
    settings: { react: { version: 'detect' } },
    rules: Object.fromEntries(Object.entries(officeCore.rules).filter(([rule]) => !rule.startsWith('office-addins/'))),
  },
  {
    // Office's rules (load before read, sync after load, no sync in loops) where Office.js is
    // used; elsewhere they misread other libraries' `.value` (ExcelJS) as proxy objects.
    files: ['src/excel/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}', 'test/excel/**/*.{ts,tsx}'],
    rules: Object.fromEntries(Object.entries(officeCore.rules).filter(([rule]) => rule.startsWith('office-addins/'))),
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
      // Office's rules only see a variable named `context`; keep it an error where it matters.
      'office-addins/no-context-sync-in-loop': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/core/iv3-data.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [roomDoors] }],
      // Small modules and functions (docs/architecture.md); the generated Iv3 list is data.
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 150 }],
    },
  },
  {
    // The same file size in tests, benches and scripts as in src/: a file over 400 lines holds
    // more than one topic. Fixture data (.json, .csv) is not linted. No function limit here:
    // a describe block's callback is long by nature.
    files: ['{test,bench,scripts}/**/*.{js,mjs,cjs,ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // The test helpers are code, not lists of cases: small functions as in src/.
    files: [
      'test/excel/fake/**/*.ts',
      'test/support/**/*.{ts,tsx}',
      'test/excel/fake-excel.ts',
      'test/excel/fake-rules.ts',
      'test/**/*-support.ts',
    ],
    rules: { 'max-lines-per-function': ['error', { max: 150 }] },
  },
  {
    // The engine is pure: no Office, Excel, DOM, Node or I/O (ARCHITECTURE.md).
    files: engineFiles,
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            roomDoors,
            {
              group: ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process', 'http', 'https', 'net'],
              message: 'De engine doet geen I/O.',
            },
            {
              group: [
                'exceljs',
                'react',
                'react-dom',
                '@fluentui/*',
                '@microsoft/*',
                '**/excel/**',
                '**/xlsx/**',
                '**/cli/**',
                '**/taskpane/**',
              ],
              message: 'De engine kent geen Excel, DOM of UI.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'Office',
          'Excel',
          'OfficeExtension',
          'document',
          'window',
          'navigator',
          'localStorage',
          'fetch',
          'process',
          'require',
          'Buffer',
          'setTimeout',
          'setInterval',
          'console',
        ].map((name) => ({
          name,
          message: `De engine is puur: geen ${name}.`,
        })),
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'bench/**', 'test/**', 'webpack.config.js', 'jest.config.js'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
