// ESLint 9 flat config: a few rules that carry meaning, not a style guide (formatting is left
// to the author). The layering is checked by dependency-cruiser (.dependency-cruiser.cjs);
// `npm run lint` runs both.
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default [
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'src/graphql/generated/**',
      'test/generated/**',
      'console/dist/**',
      'console/build/**',
      'console/src/generated/**',
      '**/*.d.ts',
    ],
  },
  {
    // console/: the web console's sources (React, TSX), under the same rules as the server's.
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'migrations/**/*.ts', 'scripts/**/*.ts', 'console/**/*.{ts,tsx,mts}'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module', ecmaVersion: 2022 },
    plugins: { '@typescript-eslint': tseslint.plugin, 'simple-import-sort': simpleImportSort },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `unknown` and a check, or a real type: `any` switches the compiler off where it matters.
      '@typescript-eslint/no-explicit-any': 'error',
      // `require()` returns `any` and hides the dependency from the compiler and the layering check.
      '@typescript-eslint/no-require-imports': 'error',
      // One order everywhere, fixed by `eslint --fix`: side effects (reflect-metadata) first, then
      // node:, packages, our modules; one block without blank lines, as the code is written.
      'simple-import-sort/imports': ['error', { groups: [['^\\u0000', '^node:', '^@?\\w', '^', '^\\.']] }],
    },
  },
  {
    // Tests read GraphQL responses whose shape the query decides: test/support's gql() returns
    // `data: any` and the files index into it. Typing them is its own piece of work; until then
    // `any` is allowed in test/ only.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // STYLE.md 12: one concept per file, a few hundred lines at most.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
];
