#!/usr/bin/env node
// Runs the integration suite inside a real VS Code (code-server 4.100.3 = VS Code 1.100.3, Node
// extension host) driven by headless Debian Chromium, then a UI check of hover and outline as a user
// would see them. Needs `npm run build` first (dist/extension.js, dist/test/integration.js).
//
// It then checks the two other ways users run Copydesk: the browser bundle in VS Code's web worker
// extension host (payload extensionDevelopmentKind=web: open the article, hover Tokayev), and the
// packaged VSIX (`npm run package`), installed with `code-server --install-extension` into a fresh
// extensions folder and exercised by the same suite's activation, hover and diagnostics tests.
//
//   node scripts/run-integration.js [--no-ui] [--ui-only] [--no-web] [--no-vsix] [--vsix-only] [--web-only]
//   env: MOCHA_GREP=pattern|@tag   run only matching tests (a run that runs none fails)
//        COPYDESK_UPDATE_SCREENSHOTS=1   also copy hover.png and outline.png to docs/images/ (README)
//        COPYDESK_IT_TIMEOUT=1200  overall time limit, seconds
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
const { checkBreadcrumb, checkOutlineLabels, checkWordWrap, readActivationTime } = require('./ui-editor-checks');

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(ROOT, 'test-results');
const argv = process.argv.slice(2);
const ONLY = ['--ui-only', '--web-only', '--vsix-only'].find((flag) => argv.includes(flag));
const RUN_TESTS = !ONLY;
const RUN_UI = (!ONLY || ONLY === '--ui-only') && !argv.includes('--no-ui') && !process.env.COPYDESK_SKIP_UI;
const RUN_WEB = (!ONLY || ONLY === '--web-only') && !argv.includes('--no-web');
const RUN_VSIX = (!ONLY || ONLY === '--vsix-only') && !argv.includes('--no-vsix');
const UPDATE_SCREENSHOTS = process.env.COPYDESK_UPDATE_SCREENSHOTS === '1';
const VSIX = path.join(ROOT, 'copydesk.vsix');
/**
 * The suite's tests the VSIX check runs, chosen by the tag in their titles (test/integration/runVerdict.ts),
 * never by title text: activation (from the installed folder), hover, diagnostics, index. The phase names
 * how many it expects: the run fails when fewer ran (a tag dropped in a rename), or none.
 */
const VSIX_TAG = '@vsix';
const VSIX_TESTS = 4;
// 20 minutes: the suite alone takes about 7 on a 2-core machine shared with other work.
const TIMEOUT_S = Number(process.env.COPYDESK_IT_TIMEOUT) || 1200;
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
async function runSuite(workspace, extensionDevelopmentPath = EXTENSION_PATH) {
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
  const url = workbenchUrl(server.authority, { folder: workspace, extensionDevelopmentPath, extensionTestsPath: TESTS_ENTRY });
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

/**
 * Opens kazakhstan-unrest.txt from the Explorer, clicks into the first `Tokayev` and shows the hover
 * (Ctrl+K Ctrl+I) until it says every one of `expected` or 30 s pass; takes `screenshot`. Returns the
 * hover's text ('' when none showed).
 */
async function hoverTokayev(page, screenshot, expected = ['Kassym-Jomart Tokayev']) {
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
  const hoverEnd = Date.now() + 30000;
  for (let attempt = 0; Date.now() < hoverEnd && !expected.every((text) => hover.includes(text)); attempt++) {
    if (attempt % 10 === 0) {
      // Shown again from scratch: an open hover does not update when the workspace index fills in.
      if (attempt > 0) await page.keyboard.press('Escape');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    await sleep(300);
    const content = page.locator('.monaco-hover-content:visible');
    hover = (await content.count()) ? await content.first().innerText({ timeout: 500 }).catch(() => '') : '';
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.waitForTimeout(800); // let the hover's fade-in finish so the picture is legible
  await page.screenshot({ path: path.join(RESULTS, screenshot) });
  return hover;
}

/** Runs a command by its title from the Command Palette (F1), as a user would. */
async function runFromPalette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`>${title}`);
  await sleep(300);
  await page.keyboard.press('Enter');
}

/**
 * Phase 2: open the article as a user would: hover `Tokayev`, the status bar, the breadcrumb at a
 * cursor, the Outline and its words, the activation time VS Code reports, word wrap on a .news file.
 * Returns failures.
 */
async function uiCheck(workspace) {
  // The reference article's dateline has no year: say which, as a reporter would in settings, so
  // the screenshots show the story's own dates (2022) rather than the fixture copy's file year.
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'copydesk.referenceDate': '2022-01-09' }, null, 2));
  const failures = [];
  const page = await newPage();
  const url = workbenchUrl(server.authority, { folder: workspace, extensionDevelopmentPath: EXTENSION_PATH });
  say('UI check: open kazakhstan-unrest.txt, hover Tokayev, status bar, Outline');
  await page.goto(url);

  // Let the window finish starting before the article opens (and Copydesk activates): at start-up the
  // extension host loads VS Code's own extensions at once, and the activation time VS Code reports
  // for Copydesk (read below from Running Extensions) would mostly measure their contention.
  await page.locator('.explorer-folders-view').first().waitFor({ state: 'visible', timeout: 60000 }).catch(() => {});
  await sleep(8000);
  const expected = ['Kassym-Jomart Tokayev', 'Appears in 1 other article of the workspace'];
  const hover = await hoverTokayev(page, 'hover.png', expected);
  for (const text of expected) {
    if (hover.includes(text)) say(`UI check: hover on Tokayev shows "${text}": ok`);
    else failures.push(`hover on Tokayev: expected "${text}", saw ${hover ? JSON.stringify(hover.slice(0, 300)) : 'no hover'}`);
  }
  await page.keyboard.press('Escape');

  // The status bar item of the active article: `$(person) N $(warning) M` (codicons render as icons).
  const status = page.locator('.statusbar-item[id$="copydesk.article"]');
  const statusText = await status
    .first()
    .innerText({ timeout: 10000 })
    .then((t) => t.replace(/\s+/g, ' ').trim(), () => '');
  const statusIcons = await status.locator('.codicon-person, .codicon-warning').count().catch(() => 0);
  if (/^\d+ \d+$/.test(statusText) && statusIcons === 2) say(`UI check: status bar shows the article's counts (${statusText}): ok`);
  else failures.push(`status bar: expected "$(person) N $(warning) M", saw ${JSON.stringify(statusText)} with ${statusIcons} icons`);
  await page.keyboard.press('Escape');

  failures.push(...(await checkBreadcrumb(page, RESULTS)));

  await runFromPalette(page, 'Explorer: Focus on Outline View');
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
  // The Outline sorts by position unless told otherwise: the events must still read in date order.
  const eventRows = (await rowLabels.allInnerTexts().catch(() => [])).map((t) => t.trim());
  const afterEvents = eventRows.slice(eventRows.findIndex((r) => r.startsWith('Events')) + 1);
  const dated = afterEvents.map((r) => /^(\d{4}-\d{2}-\d{2})/.exec(r)).filter(Boolean).map((m) => m[1]);
  if (dated.length >= 2 && dated.every((d, i) => i === 0 || dated[i - 1] <= d) && /^\d{4}-/.test(afterEvents[0] || '')) {
    say(`UI check: Outline lists events in date order (${dated.slice(0, 3).join(', ')}, …): ok`);
  } else failures.push(`Outline: events not in date order: ${JSON.stringify(afterEvents.slice(0, 8))}`);
  const missing = ['Actors', 'Events'].filter((r) => !hasRow(rows, r));
  if (missing.length === 0) say('UI check: Outline shows Actors and Events: ok');
  else failures.push(`Outline: expected rows Actors and Events, missing ${missing.join(', ')}; rows seen: ${JSON.stringify(rows.slice(0, 12))}`);
  failures.push(...(await checkOutlineLabels(page, RESULTS)));
  failures.push(...(await readActivationTime(page, RESULTS)));
  failures.push(...(await checkWordWrap(page, workspace, RESULTS)));
  await page.close().catch(() => {});
  say(`UI check: screenshots in ${path.relative(ROOT, RESULTS)}/: hover.png, outline.png, breadcrumb.png, outline-labels.png, running-extensions.png, wordwrap-news.png`);
  if (UPDATE_SCREENSHOTS && failures.length === 0) {
    const docs = path.join(ROOT, 'docs', 'images');
    fs.mkdirSync(docs, { recursive: true });
    for (const name of ['hover.png', 'outline.png']) fs.copyFileSync(path.join(RESULTS, name), path.join(docs, name));
    say('UI check: copied hover.png and outline.png to docs/images/ (COPYDESK_UPDATE_SCREENSHOTS=1)');
  }
  return failures;
}

/**
 * A copy of the extension as VS Code for the Web sees one: the manifest without `main`, so that its
 * only entry is `browser` (dist/web/extension.js) and VS Code deduces the extension kind `web`.
 * (VS Code 1.100's web workbench parses the payload's `extensionDevelopmentKind` but its extension
 * service never reads it, so the manifest is the way to choose the web worker host.)
 */
function webOnlyCopy(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_PATH, 'package.json'), 'utf8'));
  delete manifest.main;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const entry of ['dist/web', 'syntaxes', 'language-configuration.json', 'media', 'images', 'README.md', 'LICENSE']) {
    const from = path.join(EXTENSION_PATH, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true });
  }
  return dir;
}

/**
 * Phase 3: the browser bundle (package.json `browser`, dist/web/extension.js) in VS Code's web
 * worker extension host, from a copy of the extension whose only entry is `browser`. The web entry
 * says where it runs in the Copydesk output channel (and on the console). Then the same hover as a
 * user would see it.
 */
async function webCheck(workspace) {
  const failures = [];
  const marker = 'Copydesk activated in the web worker extension host';
  let activatedInWorker = false;
  const page = await newPage((msg) => {
    if (msg.text().includes(marker)) activatedInWorker = true;
  });
  const extensionDevelopmentPath = webOnlyCopy(path.join(tmp, 'web-extension'));
  const url = workbenchUrl(server.authority, { folder: workspace, extensionDevelopmentPath, extensionDevelopmentKind: 'web' });
  say('web check: dist/web/extension.js in the web worker extension host; open kazakhstan-unrest.txt, hover Tokayev');
  await page.goto(url);
  const hover = await hoverTokayev(page, 'web-hover.png');
  await page.keyboard.press('Escape');
  // Which host runs it: the web entry's first line in the Copydesk output channel (and, where the
  // browser forwards the worker's console, the page's console).
  await runFromPalette(page, 'Copydesk: Show Output');
  const panel = page.locator('.part.panel');
  const end = Date.now() + 15000;
  let output = '';
  while (!activatedInWorker && Date.now() < end) {
    await sleep(300);
    output = await panel.innerText({ timeout: 1000 }).catch(() => '');
    if (output.includes('web worker extension host, analysis in-thread')) activatedInWorker = true;
  }
  await page.screenshot({ path: path.join(RESULTS, 'web-output.png') });
  if (activatedInWorker) say('web check: Copydesk says it runs in the web worker extension host: ok');
  else failures.push(`web worker extension host: neither the console nor the Copydesk output said "${marker}"; output: ${JSON.stringify(output.slice(-300))}`);
  if (hover.includes('Kassym-Jomart Tokayev')) say('web check: hover on Tokayev shows "Kassym-Jomart Tokayev": ok');
  else failures.push(`web hover on Tokayev: expected "Kassym-Jomart Tokayev", saw ${hover ? JSON.stringify(hover.slice(0, 300)) : 'no hover'}`);
  await page.close().catch(() => {});
  return failures;
}

/**
 * Phase 4: the VSIX as users install it. `npm run package` (vsce, after the production build), then
 * `code-server --install-extension` into a fresh extensions folder, a second code-server on that
 * folder, and the suite's activation, hover, diagnostics and index tests against the installed copy
 * (the activation test checks the extension's path). VS Code runs tests only for an extension under
 * development, so a placeholder extension with no code takes that role.
 */
async function vsixCheck(codeServer) {
  const { execFileSync } = require('child_process');
  say('VSIX check: npm run package');
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  say(`VSIX check: ${path.relative(ROOT, VSIX)} is ${(fs.statSync(VSIX).size / 1024).toFixed(0)} KB`);
  const dir = path.join(tmp, 'code-server-vsix');
  const extensions = path.join(dir, 'extensions');
  fs.mkdirSync(extensions, { recursive: true });
  const out = execFileSync(process.execPath, [codeServer, '--extensions-dir', extensions, '--user-data-dir', path.join(dir, 'user-data'), '--install-extension', VSIX], { encoding: 'utf8' });
  if (!/copydesk/i.test(out)) throw new Error(`code-server --install-extension said: ${out}`);
  say(`VSIX check: installed: ${out.trim().split('\n').pop()}`);
  const placeholder = path.join(dir, 'placeholder-extension');
  fs.mkdirSync(placeholder, { recursive: true });
  fs.writeFileSync(path.join(placeholder, 'package.json'), JSON.stringify({ name: 'vsix-check', publisher: 'copydesk-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } }));

  await server.kill();
  // A fresh copy of the fixtures: the first suite's tests may have left files behind.
  const workspace = path.join(tmp, 'workspace-vsix');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
  const port = await freePort();
  server = await startCodeServer({
    codeServer,
    port,
    folder: workspace,
    dir,
    env: { COPYDESK_FIXTURES: workspace, COPYDESK_TEST_RESULTS: RESULTS, MOCHA_GREP: VSIX_TAG, COPYDESK_EXPECT_TESTS: String(VSIX_TESTS), COPYDESK_EXPECT_INSTALLED_IN: extensions },
  });
  const code = await runSuite(workspace, placeholder);
  if (code !== 0) return code;
  const failures = await installedActivation(workspace);
  for (const f of failures) say(`VSIX check FAILED: ${f}`);
  return failures.length ? 1 : 0;
}

/**
 * Copydesk's activation as a user gets it: the packaged bundle installed from the VSIX, in a window
 * with no extension under development, opening the reference article once the window has settled
 * (as the UI check does). Returns failures.
 */
async function installedActivation(workspace) {
  const page = await newPage();
  try {
    await page.goto(workbenchUrl(server.authority, { folder: workspace }));
    await page.locator('.explorer-folders-view').first().waitFor({ state: 'visible', timeout: 60000 }).catch(() => {});
    await sleep(8000);
    const item = page.getByRole('treeitem', { name: 'kazakhstan-unrest.txt' });
    await item.waitFor({ state: 'visible', timeout: 60000 });
    await item.click();
    await page.locator('.monaco-editor .view-line', { hasText: 'Tokayev' }).first().waitFor({ state: 'visible', timeout: 30000 });
    await sleep(1500);
    return await readActivationTime(page, RESULTS, 'activationInstalled');
  } finally {
    await page.close().catch(() => {});
  }
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
  // The UI and web checks count the articles naming Tokayev: a fresh copy of the fixtures each,
  // whatever the suite's tests left behind.
  const freshWorkspace = (name) => {
    const dir = path.join(tmp, name, 'workspace'); // the window's title shows the folder's name
    fs.cpSync(path.join(ROOT, 'test', 'fixtures'), dir, { recursive: true });
    return dir;
  };
  if (RUN_UI) {
    const t2 = Date.now();
    const failures = await uiCheck(RUN_TESTS ? freshWorkspace('ui') : workspace);
    for (const f of failures) say(`UI check FAILED: ${f}`);
    say(`UI check ${failures.length ? 'failed' : 'passed'} in ${((Date.now() - t2) / 1000).toFixed(1)} s`);
    if (failures.length && code === 0) code = 1;
  }
  if (RUN_WEB) {
    const t3 = Date.now();
    const failures = await webCheck(RUN_TESTS || RUN_UI ? freshWorkspace('web') : workspace);
    for (const f of failures) say(`web check FAILED: ${f}`);
    say(`web check ${failures.length ? 'failed' : 'passed'} in ${((Date.now() - t3) / 1000).toFixed(1)} s`);
    if (failures.length && code === 0) code = 1;
  }
  if (RUN_VSIX) {
    const t4 = Date.now();
    const vsixCode = await vsixCheck(codeServer);
    say(`VSIX check ${vsixCode === 0 ? 'passed' : `failed (exit code ${vsixCode})`} in ${((Date.now() - t4) / 1000).toFixed(1)} s`);
    if (vsixCode !== 0 && code === 0) code = vsixCode;
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
