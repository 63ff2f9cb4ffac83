#!/usr/bin/env node
// Shows Copydesk running in a real VS Code (1.100.3, served by code-server) in your browser.
// On a fresh machine it does its own set-up: the Debian packages (apt-get when root), the cached
// VS Code in .vscode-test/cs, and `npm run build`. Then it serves a fresh copy of test/fixtures/
// on 127.0.0.1:$PORT (default 8080) with Copydesk loaded in development mode and
// kazakhstan-unrest.txt open, prints the URL to open, and runs until Ctrl+C.
//   node scripts/demo.js [--no-build]        (npm run demo)
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { setup } = require('./vscode-setup');
const { freePort, startCodeServer, workbenchUrl, killGroup, killGroupSync } = require('./vscode-web');

const ROOT = path.resolve(__dirname, '..');
const DEMO = path.join(ROOT, '.vscode-test', 'demo');
const OPEN_FILE = 'kazakhstan-unrest.txt';

let server = null;
let stopping = false;

async function main() {
  const { codeServer } = setup();
  if (!process.argv.includes('--no-build')) {
    console.log('[demo] npm run build');
    const res = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (res.status !== 0) throw new Error('`npm run build` failed');
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js not found: `npm run build` first');

  const wanted = Number(process.env.PORT || 8080);
  const port = await freePort(wanted).catch((e) => {
    throw new Error(`port ${wanted} on 127.0.0.1 is not free (${e.code || e.message}): set PORT=another`);
  });

  // A fresh copy each time: the demo may be edited freely, the project's fixtures stay as they are.
  const workspace = path.join(DEMO, 'articles');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });

  server = await startCodeServer({ codeServer, port, folder: workspace, dir: path.join(DEMO, 'code-server') });
  // VS Code's web payload: the extension in development mode, and one file opened at start (the
  // payload's `openFile` takes a single file; the other articles are in the Explorer).
  const url = workbenchUrl(server.authority, {
    folder: workspace,
    extensionDevelopmentPath: ROOT,
    openFile: path.join(workspace, OPEN_FILE),
  });
  console.log(`
[demo] Copydesk in VS Code 1.100.3 (code-server), articles in ${path.relative(ROOT, workspace)}/
[demo] Open this URL in a browser on this machine (exactly as printed: the payload names 127.0.0.1:${port}):

  ${url}

[demo] Try: hover "Tokayev", open the Outline, Problems (Ctrl+Shift+M) in city-council-budget.md.
[demo] Without the payload (plain VS Code, no Copydesk): http://${server.authority}/
[demo] code-server log: ${path.relative(ROOT, server.logFile)}. Ctrl+C to stop.`);
  await new Promise((resolve) => server.child.on('exit', resolve));
  if (stopping) return new Promise(() => {}); // the signal handler exits
  throw new Error(`code-server exited; see ${server.logFile}`);
}

process.on('exit', () => killGroupSync(server && server.child));
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[demo] ${sig}: stopping code-server`);
    killGroup(server && server.child).finally(() => process.exit(0));
  });
}

main().catch((err) => {
  console.error(`[demo] FAILED: ${err && err.message ? err.message : err}`);
  killGroup(server && server.child).finally(() => process.exit(1));
});
