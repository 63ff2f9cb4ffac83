// Lint: TypeScript recommended rules, plus the boundary that matters most: src/core never imports
// `vscode` nor Node-only modules, so it runs in the extension host, a worker, the CLI and a browser.
import tseslint from 'typescript-eslint';

const nodeOnlyPaths = (message) =>
  nodeOnly.flatMap((m) => [
    { name: m, message },
    { name: `node:${m}`, message },
  ]);

// The engine's public surface is src/core/index.ts: code outside src/core imports `../core`, never a
// file inside it, so that dist/core.js users reach everything the extension and the CLI use.
const coreInternals = {
  regex: '(^|/)core/.+',
  message: 'Import the engine from src/core/index.ts (`../core`), not from its internals; export what you need there.',
};

const nodeOnly = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'net', 'http', 'https', 'crypto', 'url', 'util'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'esbuild.js', 'scripts/**/*.js', 'eslint.config.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core is plain TypeScript: adapt in src/extension instead.' },
            ...nodeOnly.flatMap((m) => [
              { name: m, message: 'src/core must run outside Node (browser, worker): no Node-only modules.' },
              { name: `node:${m}`, message: 'src/core must run outside Node (browser, worker): no Node-only modules.' },
            ]),
          ],
        },
      ],
    },
  },
  {
    files: ['src/extension/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [coreInternals] }],
    },
  },
  {
    // The extension also runs in VS Code for the Web (dist/web/extension.js): only the worker thread's
    // side of the platform may use Node (esbuild.js swaps platform/node.ts for platform/web.ts there).
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/analysisWorker.ts', 'src/extension/worker.ts', 'src/extension/platform/node.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeOnlyPaths('src/extension runs in the web worker extension host too: keep Node behind src/extension/platform/node.ts.'),
          ],
          // This block replaces the one above for these files: the engine's boundary again.
          patterns: [coreInternals],
        },
      ],
    },
  },
);
