#!/usr/bin/env node
// Runs the integration suite inside a real VS Code (code-server 4.100.3 = VS Code 1.100.3, Node
// extension host) driven by headless Debian Chromium, then a UI check of hover and outline as a user
// would see them. Needs `npm run build` first (dist/extension.js, dist/test/integration.js).
//
//   node scripts/run-integration.js [--no-ui] [--ui-only]
//   env: MOCHA_GREP=pattern        run only matching tests
//        COPYDESK_IT_TIMEOUT=300   overall time limit, seconds
//        COPYDESK_VERBOSE=1        also print the page's console
//        COPYDESK_EXTENSION_PATH, COPYDESK_TESTS_ENTRY   run another extension/test bundle
// Exit code: the tests' (0 = all passed), 1 when the UI check fails or anything else goes wrong.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { setup } = require('./vscode-setup');
const { freePort, startCodeServer, workbenchUrl, killGroup, killGroupSync, tail, sleep, CHROMIUM_ARGS } = require('./vscode-web');

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(ROOT, 'test-results');
const argv = process.argv.slice(2);
const RUN_TESTS = !argv.includes('--ui-only');
const RUN_UI = !argv.includes('--no-ui') && !process.env.COPYDESK_SKIP_UI;
const TIMEOUT_S = Number(process.env.COPYDESK_IT_TIMEOUT) || 300;
const VERBOSE = !!process.env.COPYDESK_VERBOSE;
const EXTENSION_PATH = path.resolve(process.env.COPYDESK_EXTENSION_PATH || ROOT);
const TESTS_ENTRY = path.resolve(process.env.COPYDESK_TESTS_ENTRY || path.join(ROOT, 'dist', 'test', 'integration.js'));

// The workbench's own console lines that reach codeAutomationLog too; harmless offline (shown with COPYDESK_VERBOSE=1).
const NOISE = [
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket \(renderer-/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /ENOTFOUND (open-vsx\.org|marketplace|update\.code)/,
  /^\s+at .*\/static\/out\/vs\//,
  /^\[lifecycle\] Long running operations during shutdown/,
  /systemExtensionsCache\.json' \(Canceled/,
  /^Creation of workbench contribution '.*' took \d+ms/,
  /^Failed snippets from folder '.*' Canceled/,
];

let server = null;
let browser = null;
let tmp = null;

function say(msg) {
  console.log(`[integration] ${msg}`);
}

async function cleanup() {
  if (browser) await browser.close().catch(() => {});
  browser = null;
  if (server) {
    await server.kill();
    try {
      fs.copyFileSync(server.logFile, path.join(RESULTS, 'code-server.log'));
    } catch {
      // no log
    }
  }
  // code-server.log is kept in test-results/; COPYDESK_KEEP_TMP=1 keeps the workspace and user data too.
  if (tmp && !process.env.COPYDESK_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  else if (tmp) say(`kept ${tmp}`);
  tmp = null;
}

process.on('exit', () => killGroupSync(server && server.child));
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    say(`${sig}: stopping`);
    process.exitCode = 130;
    cleanup().finally(() => process.exit(130));
  });
}

async function newPage(onConsole) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (msg) => {
    if (onConsole) onConsole(msg);
    if (VERBOSE) console.log(`  [page ${msg.type()}] ${msg.text()}`);
  });
  page.on('pageerror', (err) => VERBOSE && console.log(`  [page error] ${err.message}`));
  return page;
}

/** Phase 1: the mocha suite in the extension host. Resolves with its exit code. */
async function runSuite(workspace) {
  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  const page = await newPage();
  // VS Code calls these in the page: the extension host's console (mocha's output) and the result.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    for (const line of text.replace(/\n$/, '').split('\n')) {
      if (!VERBOSE && NOISE.some((re) => re.test(line))) continue;
      console.log(type === 'error' ? `  ! ${line}` : `  ${line}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  const url = workbenchUrl(server.authority, { folder: workspace, extensionDevelopmentPath: EXTENSION_PATH, extensionTestsPath: TESTS_ENTRY });
  say(`suite: ${path.relative(ROOT, TESTS_ENTRY)} in VS Code, workspace ${workspace}`);
  await page.goto(url);
  const code = await done;
  await page.close().catch(() => {});
  return code;
}

/** A row labelled `name` (or `name` followed by a count or description). */
function hasRow(rows, name) {
  return rows.some((r) => r === name || r.startsWith(`${name} `));
}

/** Phase 2: open the article as a user would, hover `Tokayev`, open the Outline. Returns failures. */
async function uiCheck(workspace) {
  const failures = [];
  const page = await newPage();
  const url = workbenchUrl(server.authority, { folder: workspace, extensionDevelopmentPath: EXTENSION_PATH });
  say('UI check: open kazakhstan-unrest.txt, hover Tokayev, Outline');
  await page.goto(url);

  const item = page.getByRole('treeitem', { name: 'kazakhstan-unrest.txt' });
  await item.waitFor({ state: 'visible', timeout: 60000 });
  await item.click();
  const line = page.locator('.monaco-editor .view-line', { hasText: 'Tokayev' }).first();
  await line.waitFor({ state: 'visible', timeout: 30000 });
  await sleep(1500); // let the extension activate and analyse the document

  // Click in the middle of the first rendered `Tokayev`: that puts the cursor inside the word.
  const box = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.monaco-editor .view-lines'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent.indexOf('Tokayev');
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i + 2);
      range.setEnd(n, i + 4);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  if (!box) throw new Error('UI check: `Tokayev` is not rendered in the editor');
  await page.mouse.click(box.x, box.y);

  let hover = '';
  const hoverEnd = Date.now() + 20000;
  for (let attempt = 0; Date.now() < hoverEnd && !hover.includes('Kassym-Jomart Tokayev'); attempt++) {
    if (attempt % 10 === 0) {
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    await sleep(300);
    const content = page.locator('.monaco-hover-content:visible');
    hover = (await content.count()) ? await content.first().innerText({ timeout: 500 }).catch(() => '') : '';
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.waitForTimeout(800); // let the hover's fade-in finish so the picture is legible
  await page.screenshot({ path: path.join(RESULTS, 'hover.png') });
  if (hover.includes('Kassym-Jomart Tokayev')) say('UI check: hover on Tokayev shows "Kassym-Jomart Tokayev": ok');
  else failures.push(`hover on Tokayev: expected "Kassym-Jomart Tokayev", saw ${hover ? JSON.stringify(hover.slice(0, 300)) : 'no hover'}`);
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill('>Explorer: Focus on Outline View');
  await sleep(300);
  await page.keyboard.press('Enter');
  // The list is virtual: rows below an expanded `Actors` are not in the page at all. Collapse All
  // (the Outline's title button) leaves the top-level rows.
  const rowLabels = page.locator('.outline-pane .monaco-list-row .label-name');
  const collapseAll = page.locator('.pane-header', { hasText: 'Outline' }).getByRole('button', { name: 'Collapse All' });
  let rows = [];
  let collapsed = false;
  const outlineEnd = Date.now() + 20000;
  while (Date.now() < outlineEnd && !(hasRow(rows, 'Actors') && hasRow(rows, 'Events'))) {
    await sleep(300);
    rows = (await rowLabels.allInnerTexts().catch(() => [])).map((t) => t.trim());
    if (rows.length && !collapsed && (await collapseAll.count())) {
      collapsed = await collapseAll.first().click({ timeout: 2000 }).then(() => true, () => false);
    }
  }
  // Open the Events group so the picture shows the timeline, then take it.
  await page.locator('.outline-pane .monaco-list-row', { hasText: 'Events' }).first().click({ timeout: 2000 }).catch(() => {});
  await page.keyboard.press('ArrowRight').catch(() => {});
  await sleep(500);
  await page.screenshot({ path: path.join(RESULTS, 'outline.png') });
  const missing = ['Actors', 'Events'].filter((r) => !hasRow(rows, r));
  if (missing.length === 0) say('UI check: Outline shows Actors and Events: ok');
  else failures.push(`Outline: expected rows Actors and Events, missing ${missing.join(', ')}; rows seen: ${JSON.stringify(rows.slice(0, 12))}`);
  await page.close().catch(() => {});
  say(`UI check: screenshots in ${path.relative(ROOT, RESULTS)}/hover.png, outline.png`);
  return failures;
}

async function main() {
  const t0 = Date.now();
  const { codeServer, chromium: chromiumPath } = setup();
  if (RUN_TESTS && !fs.existsSync(TESTS_ENTRY)) throw new Error(`${path.relative(ROOT, TESTS_ENTRY)} not found: run \`npm run build\` first`);
  if (EXTENSION_PATH === ROOT && !fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    say('warning: dist/extension.js not found (run `npm run build`): the extension cannot activate');
  }

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-it-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
  fs.mkdirSync(RESULTS, { recursive: true });

  const port = await freePort();
  server = await startCodeServer({
    codeServer,
    port,
    folder: workspace,
    dir: path.join(tmp, 'code-server'),
    // Reaches the extension host, so the tests can find these.
    env: { COPYDESK_FIXTURES: workspace, COPYDESK_TEST_RESULTS: RESULTS, MOCHA_GREP: process.env.MOCHA_GREP || '' },
  });
  say(`code-server (VS Code 1.100.3) on ${server.authority}, pid group ${server.child.pid}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const { chromium } = require('playwright-core');
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });

  let code = 0;
  if (RUN_TESTS) {
    const t1 = Date.now();
    code = await runSuite(workspace);
    say(`suite finished with exit code ${code} in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  }
  if (RUN_UI) {
    const t2 = Date.now();
    const failures = await uiCheck(workspace);
    for (const f of failures) say(`UI check FAILED: ${f}`);
    say(`UI check ${failures.length ? 'failed' : 'passed'} in ${((Date.now() - t2) / 1000).toFixed(1)} s`);
    if (failures.length && code === 0) code = 1;
  }
  say(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return code;
}

const watchdog = setTimeout(() => {
  console.error(`[integration] TIMEOUT: no result after ${TIMEOUT_S} s (set COPYDESK_IT_TIMEOUT to change).`);
  if (server) console.error(`[integration] last lines of ${server.logFile}:\n${tail(server.logFile)}`);
  process.exitCode = 1;
  cleanup().finally(() => process.exit(1));
}, TIMEOUT_S * 1000);

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    console.error(`[integration] FAILED: ${err && err.stack ? err.stack : err}`);
    if (server) console.error(`[integration] code-server log: ${server.logFile}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    clearTimeout(watchdog);
    await cleanup();
    process.exit(process.exitCode);
  });
