import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', '.dist-*/', 'node_modules/', 'coverage/', '.desk/', '.desk-bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // core is pure: no clock, no IO (docs/architecture.md)
      'no-restricted-imports': [
        'error',
        {
          patterns: ['node:*', 'fs', 'path', 'child_process', '../store/*', '../cli/*', '../../store/*', '../../cli/*'],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core reads no clock: take "now" as a parameter',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core reads no clock: take "now" as a parameter',
        },
      ],
    },
  },
  {
    // the command line talks to the store through its front door, the repository object
    // (docs/architecture.md); the exceptions work before or without an opened helpdesk
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../store/*',
                '../../store/*',
                '../store/*/*',
                '../../store/*/*',
                '!../store/helpdesk.js',
                '!../../store/helpdesk.js',
                '!../../store/locate.js', // check and setup find the helpdesk without opening it
                '!../../store/open-checks.js', // kb search opens without loading the ticket modules
                '!../../store/check.js',
                '!../../store/setup.js',
                '!../../store/merge-driver.js', // run by git, outside any command
                '!../../store/git.js', // init and setup, before there is a helpdesk to open
                '!../../store/git-process.js',
                '!../../store/templates.js',
                '!../../store/clone-setup.js',
                '!../../store/code-repo.js', // a developer's code repository, not the helpdesk
                '!../../store/hook-files.js',
                '!../../store/sessions.js', // a person's running work session, outside the helpdesk
                '!../../store/customer-file.js',
                '!../../store/atomic-write.js', // report files written where the person says
                '!../../store/completion-values.js', // Tab: a quick read-only look, no helpdesk opened
              ],
              message: 'commands reach the store through the Helpdesk object (store/helpdesk.ts)',
            },
          ],
        },
      ],
    },
  },
  {
    // rendering turns what core computed into text, PDF and XML; it reads no files and runs no
    // commands, so a report or an invoice looks the same whoever calls it (docs/architecture.md)
    files: ['src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../store/*', '../../store/*', '../../../store/*', '../cli/*', '../../cli/*', '../../../cli/*'],
              message: 'render imports core (and kb, mail types), never store or cli',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'bin/*.js', 'scripts/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    // CommonJS (bin/package.json): the launcher requires the lean start (src/cli/lean/start.ts)
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // preloaded into desk processes by tests (node --require), so CommonJS
    files: ['test/helpers/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
