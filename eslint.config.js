// ESLint flat config. The boundary rules here are the architecture, enforced:
// only the Electron edge imports `electron`, and the renderer imports neither Node nor Electron.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const ELECTRON_EDGE = ['main/index.ts', 'main/electron/**', 'preload/**', 'e2e/electron.spec.ts'];
const electronBan = {
  name: 'electron',
  message: 'Only main/index.ts, main/electron/ and preload/ may import electron (see ARCHITECTURE.md).',
};
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [electronBan] }],
    },
  },
  {
    files: ELECTRON_EDGE,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronBan,
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs in a browser sandbox: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['**/main/core/**', '**/main/electron/**', '**/main/server/**', '**/main/node/**'], message: 'The renderer may only import main/contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronBan, ...nodeBuiltins.map((name) => ({ name, message: 'The contract is shared with the renderer: pure TypeScript + zod.' }))] },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
