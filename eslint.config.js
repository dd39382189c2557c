// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering (the dependency rule, enforced here and by per-folder tsconfigs):
 *   shared/   pure core: no platform, no UI, no storage library, no Node
 *   renderer/ may import shared/ and itself; never electron or Node
 *   electron/ may import shared/ and itself; never renderer code or UI libraries
 *   server/   the city hub (Node): imports shared/ and itself only
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'crypto', 'stream', 'worker_threads', 'buffer', 'process'];
const UI_AND_PLATFORM = ['electron', 'electron/*', 'react', 'react/*', 'react-dom', 'react-dom/*', 'dexie', 'maplibre-gl', 'maplibre-gl/*', 'react-i18next', 'i18next'];

/** @param {string[]} group @param {string} message */
const banned = (group, message) => ({ group, message });

export const layeringRules = {
  shared: {
    'no-restricted-imports': ['error', {
      patterns: [
        banned(NODE_BUILTINS, 'shared/ is the pure core: it runs in the browser, a worker, Node and Electron. No Node built-ins.'),
        banned(UI_AND_PLATFORM, 'shared/ is the pure core: no Electron, React, Dexie, MapLibre or i18n here.'),
        banned(['**/renderer/**', '**/electron/**', '**/server/**'], 'shared/ must not import an outer layer.'),
      ],
    }],
    'no-restricted-globals': ['error',
      ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname', '__filename']
        .map((name) => ({ name, message: `shared/ must not use the platform global ${name}.` })),
    ],
  },
  renderer: {
    'no-restricted-imports': ['error', {
      patterns: [
        banned(NODE_BUILTINS, 'renderer/ runs in a sandboxed page: no Node built-ins. Use the bridge.'),
        banned(['electron', 'electron/*'], 'renderer/ reaches the main process only through renderer/src/bridge/bridge.ts.'),
        banned(['**/electron/**', '**/server/**', '**/scripts/**'], 'renderer/ imports shared/ and itself only.'),
      ],
    }],
  },
  cli: {
    'no-restricted-imports': ['error', {
      patterns: [
        banned(['**/renderer/**', '**/electron/**', '**/server/**'], 'cli/ imports shared/ and itself only.'),
        banned(UI_AND_PLATFORM, 'cli/ holds no UI, Electron or browser storage code.'),
      ],
    }],
  },
  server: {
    'no-restricted-imports': ['error', {
      patterns: [
        banned(['**/renderer/**', '**/electron/**', '**/cli/**', '**/scripts/**'], 'server/ imports shared/ and itself only.'),
        banned(UI_AND_PLATFORM, 'server/ holds no UI, Electron or browser storage code.'),
      ],
    }],
  },
  electron: {
    'no-restricted-imports': ['error', {
      patterns: [
        banned(['**/renderer/**', '**/server/**'], 'electron/ imports shared/ and itself only.'),
        banned(['react', 'react/*', 'react-dom', 'react-dom/*', 'dexie', 'maplibre-gl', 'maplibre-gl/*'], 'electron/ holds no UI or browser storage code.'),
      ],
    }],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist-renderer/', 'dist-electron/', 'release/', '.tsbuild/', 'assets/public/', 'tests/layering/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/*.bench.ts'],
    rules: layeringRules.shared,
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...layeringRules.renderer, 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    languageOptions: { globals: globals.node },
    rules: layeringRules.electron,
  },
  {
    files: ['cli/**/*.ts'],
    ignores: ['cli/**/*.test.ts'],
    languageOptions: { globals: globals.node },
    rules: layeringRules.cli,
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts'],
    languageOptions: { globals: globals.node },
    rules: layeringRules.server,
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'renderer/vite.config.ts', '**/*.test.{ts,tsx}', 'eslint.config.js', 'vitest.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
