// Package boundaries are lint errors, not review comments (see ../shared/DESIGN.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks',
  'process', 'readline', 'stream', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

/** Imports core/ may never make: platforms, UI, storage and Node. */
export const coreForbiddenImports = {
  paths: [
    ...['electron', 'react', 'react-dom', 'dexie', 'zustand', '@xyflow/react', 'papaparse-node']
      .map((name) => ({ name, message: 'core/ is pure TypeScript: no platform, UI or storage imports.' })),
    ...nodeBuiltins.map((name) => ({ name, message: 'core/ may not use Node built-ins.' })),
  ],
  patterns: [
    { group: ['node:*'], message: 'core/ may not use Node built-ins.' },
    { group: ['react/*', 'react-dom/*', 'electron/*', 'dexie/*'], message: 'core/ is pure TypeScript.' },
    { group: ['**/renderer/**', '**/electron/**'], message: 'core/ imports nothing outside itself.' },
  ],
};

const rendererForbiddenImports = {
  paths: [
    { name: 'electron', message: 'The renderer reaches the host only through HostApi.' },
    ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs in a browser: no Node built-ins.' })),
  ],
  patterns: [
    { group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' },
    { group: ['**/electron/**'], message: 'The renderer reaches the host only through HostApi (core/api/host-api).' },
  ],
};

const hostForbiddenImports = {
  paths: [{ name: 'electron', message: 'electron/host is plain Node: no Electron imports.' }],
  patterns: [{ group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'electron/host stands alone.' }],
};

const mainForbiddenImports = {
  patterns: [{ group: ['**/renderer/**'], message: 'main wires electron/host to IPC; it never imports the renderer.' }],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'coverage/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'process',
          'setTimeout', 'setInterval', 'setImmediate', 'require', 'Buffer', 'XMLHttpRequest', 'navigator']
          .map((name) => ({ name, message: `core/ is deterministic and platform-free: ${name} is passed in, never reached for.` })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core/ takes its clock as a parameter.' },
        { object: 'Math', property: 'random', message: 'core/ takes its random source as a parameter.' },
        { object: 'performance', property: 'now', message: 'core/ takes its clock as a parameter.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core/ takes its clock as a parameter: new Date() reads the wall clock.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', rendererForbiddenImports] },
  },
  {
    files: ['electron/host/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', hostForbiddenImports] },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', mainForbiddenImports] },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.{js,ts,mjs}', 'electron/host/cli/*.mjs', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
