#!/usr/bin/env node
// Runs the same integration suite (dist/test/integration.js, from `npm run build`) in desktop VS Code
// through @vscode/test-electron. It downloads VS Code from update.code.visualstudio.com into
// .vscode-test/, so it needs that site (the offline route is scripts/run-integration.js). On a Linux
// machine without a display run it under `xvfb-run -a`.
//   env: VSCODE_VERSION (default 1.100.3, the engine the extension targets; or `stable`, `insiders`)
//        MOCHA_GREP=pattern   run only matching tests
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const TESTS_ENTRY = path.join(ROOT, 'dist', 'test', 'integration.js');
const RESULTS = path.join(ROOT, 'test-results');

async function main() {
  if (!fs.existsSync(TESTS_ENTRY)) throw new Error('dist/test/integration.js not found: run `npm run build` first');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('[desktop] no DISPLAY: if VS Code fails to start, run this under `xvfb-run -a`');
  }
  const { runTests } = require('@vscode/test-electron');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-desktop-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: TESTS_ENTRY,
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(tmp, 'user-data'),
      ],
      extensionTestsEnv: {
        COPYDESK_FIXTURES: workspace,
        COPYDESK_TEST_RESULTS: RESULTS,
        MOCHA_GREP: process.env.MOCHA_GREP || '',
      },
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[desktop] FAILED: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
