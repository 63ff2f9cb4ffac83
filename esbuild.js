// Bundles the outputs of Copydesk: the extension (vscode external), its analysis worker, the CLI, and the core alone
// (dist/core.js, CommonJS, exporting analyzeArticle) for other Node code, the benchmark and the eval; and the
// extension again for VS Code for the Web (dist/web/extension.js, the manifest's `browser` entry), where
// src/extension/platform/node.ts is swapped for platform/web.ts: no worker thread, analysis in the host's thread.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The engine's files (src/core/**) are free of side effects bar their own exports' set-up: marked so,
 * esbuild drops a core module none of whose exports a bundle uses. The extension host imports small
 * helpers (glossary parsing, rename edits, rule ids) from the engine's one public surface,
 * src/core/index.ts; without this the re-exported analyzer would come along and load compromise's
 * lexicon at activation (~0.7 s) although the host analyses in its worker thread.
 */
const coreHasNoSideEffects = {
  name: 'copydesk-core-side-effect-free',
  setup(build) {
    const core = path.join(__dirname, 'src', 'core') + path.sep;
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      if (result.errors.length > 0 || !result.path.startsWith(core)) return undefined;
      return { path: result.path, sideEffects: false };
    });
  },
};

/**
 * Every `import * as vscode from 'vscode'` of the extension reads one namespace object. Left to
 * itself esbuild turns each importing file's into its own `__toESM(require('vscode'))`, which copies
 * every key of VS Code's API (some 300) onto a new object with a getter each: 23 files did so while
 * the bundle loaded, the larger part of its load time in VS Code's extension host. Routed through
 * this one ES module (`export *` of the real `vscode`), the copy is made once.
 */
const vscodeOnce = {
  name: 'copydesk-vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /^vscode$/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js', resolveDir: __dirname }));
  },
};

/**
 * In the extension's bundles js-yaml (104 KB, almost half of dist/extension.js) is set up on first
 * use: only a YAML glossary needs it, and bundled as is it was initialised with the bundle, at every
 * activation. The glossary parser (src/core/glossary/parse.ts) reads `load` and `YAMLException` through
 * this CommonJS stand-in, whose `require` of the real package esbuild wraps to run on the first call.
 */
const lazyYaml = {
  name: 'copydesk-lazy-js-yaml',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, (args) => (args.namespace === 'lazy-js-yaml' ? undefined : { path: 'js-yaml', namespace: 'lazy-js-yaml' }));
    build.onLoad({ filter: /^js-yaml$/, namespace: 'lazy-js-yaml' }, () => ({
      contents: [
        'let yaml;',
        "const real = () => (yaml ??= require('js-yaml'));",
        'module.exports = { load: (...args) => real().load(...args), get YAMLException() { return real().YAMLException; } };',
      ].join('\n'),
      loader: 'js',
      resolveDir: __dirname,
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // esbuild's tables wrongly list Node 20 without `\p{…}` outside a character class, and rewrite each
  // such literal as `new RegExp(…)`, rebuilt on every call (a tenth of an edit's analysis was spent so).
  supported: { 'regexp-unicode-property-escapes': true },
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [coreHasNoSideEffects, vscodeOnce],
};

/** The web bundle's platform: every import of `./platform/node` resolves to `./platform/web`. */
const webPlatform = {
  name: 'copydesk-web-platform',
  setup(build) {
    build.onResolve({ filter: /\/platform\/node$/ }, (args) => ({ path: path.join(args.resolveDir, args.path.replace(/node$/, 'web.ts')) }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  entryPoints: ['src/extension/extension.ts'],
  outfile: 'dist/web/extension.js',
  external: ['vscode'],
  plugins: [coreHasNoSideEffects, vscodeOnce, lazyYaml, webPlatform],
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

const builds = [
  web,
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [...common.plugins, lazyYaml] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: { COPYDESK_VERSION: JSON.stringify(require('./package.json').version) } },
  // The CLI's batch worker threads (src/cli/pool.ts starts them): analysis on every core.
  { ...common, entryPoints: ['src/cli/batchWorker.ts'], outfile: 'dist/cli-worker.js' },
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  // The analysis worker the extension starts (src/extension/analysisWorker.ts): the engine off the host's thread.
  { ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' },
];

// The integration tests (not with --production): test/integration/index.ts plus every
// test/integration/**/*.test.ts, found here at build time (no run-time glob), into dist/test/integration.js.
function integrationTests() {
  const dir = path.join(__dirname, 'test', 'integration');
  if (!fs.existsSync(path.join(dir, 'index.ts'))) return [];
  const files = fs.readdirSync(dir, { recursive: true }).map((f) => f.split(path.sep).join('/')).filter((f) => f.endsWith('.test.ts')).sort();
  const lines = ["const index = require('./index.ts');"];
  for (const f of files) lines.push(`index.registerSuite(${JSON.stringify(f)}, () => require(${JSON.stringify('./' + f)}));`);
  lines.push('module.exports = index;');
  const stdin = { contents: lines.join('\n'), resolveDir: dir, sourcefile: 'integration-entry.js', loader: 'js' };
  return [{ ...common, stdin, outfile: 'dist/test/integration.js', external: ['vscode', 'mocha'] }];
}
if (!production) builds.push(...integrationTests());

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
