// The editor as a user sees it, checked in the real VS Code by run-integration.js's UI check (issue 15):
// the breadcrumb at a cursor on a name, word wrap on a .news file, the Outline's words, and the
// activation time VS Code itself reports in its Running Extensions view. Each check takes a
// screenshot in test-results/ and returns its failures (strings); figures go to speed-vscode.json.
'use strict';

const fs = require('fs');
const path = require('path');
const { sleep } = require('./vscode-web');

/** Runs a command by its title from the Command Palette (F1), as a user would. */
async function runFromPalette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`>${title}`);
  await sleep(400);
  await page.keyboard.press('Enter');
}

/** Clicks inside the `occurrence`-th rendered `word` of the active editor (0 = first). False when not rendered. */
async function clickInWord(page, word, occurrence = 0) {
  const box = await page.evaluate(
    ([word, occurrence]) => {
      const editor = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines')].find((e) => e.offsetParent !== null);
      if (!editor) return null;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let from = 0;
        for (let i = n.textContent.indexOf(word, from); i >= 0; i = n.textContent.indexOf(word, from)) {
          from = i + 1;
          if (seen++ < occurrence) continue;
          const range = document.createRange();
          range.setStart(n, i + 1);
          range.setEnd(n, i + 3);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return null;
    },
    [word, occurrence],
  );
  if (!box) return false;
  await page.mouse.click(box.x, box.y);
  return true;
}

/** The breadcrumb bar of the active editor, its items' labels joined by ` › `. */
async function breadcrumbText(page) {
  const items = page.locator('.breadcrumbs-control .monaco-breadcrumb-item:visible');
  const labels = await items.allInnerTexts().catch(() => []);
  return labels.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' › ');
}

/**
 * With the cursor on the first `Tokayev` (inside `Kassym-Jomart Tokayev`, his first mention), the
 * breadcrumb names him, not the dateline's place (`Nur-Sultan`) whose mentions surround his. Also
 * reports what it names on a later `Tokayev`.
 */
async function checkBreadcrumb(page, results) {
  const failures = [];
  const wanted = 'Kassym-Jomart Tokayev';
  let crumb = '';
  const end = Date.now() + 20000;
  while (Date.now() < end && !crumb.includes(wanted)) {
    if (!(await clickInWord(page, 'Tokayev', 0))) break;
    await sleep(700);
    crumb = await breadcrumbText(page);
  }
  await page.screenshot({ path: path.join(results, 'breadcrumb.png') });
  if (crumb.includes(wanted) && !crumb.includes('Nur-Sultan')) say(`breadcrumb at the first Tokayev: "${crumb}": ok`);
  else failures.push(`breadcrumb at the first Tokayev: expected "${wanted}" (and not Nur-Sultan), saw ${JSON.stringify(crumb)}`);
  // A later, bare `Tokayev`: the entity's symbol covers only its first mention, so no other entity
  // may claim this cursor either.
  if (await clickInWord(page, 'Tokayev', 2)) {
    await sleep(1000);
    const later = await breadcrumbText(page);
    await page.screenshot({ path: path.join(results, 'breadcrumb-later-mention.png') });
    if (later.includes('Nur-Sultan')) failures.push(`breadcrumb at a later Tokayev names Nur-Sultan: ${JSON.stringify(later)}`);
    else say(`breadcrumb at a later Tokayev: "${later}" (no other entity claims it): ok`);
  }
  return failures;
}

/**
 * The Outline's rows under an entity: its name once, with kind, role and count; its mentions by line
 * with a snippet, in a journalist's words. Expects the Outline open on kazakhstan-unrest.txt.
 */
async function checkOutlineLabels(page, results) {
  const failures = [];
  const rows = page.locator('.outline-pane .monaco-list-row');
  // Expand Actors, then the first entity (the tree is virtual: only rendered rows exist).
  await page.locator('.outline-pane .monaco-list-row', { hasText: 'Actors' }).first().click({ timeout: 5000 }).catch(() => {});
  await page.keyboard.press('ArrowRight').catch(() => {});
  await sleep(400);
  const tokayev = page.locator('.outline-pane .monaco-list-row', { hasText: 'Kassym-Jomart Tokayev' }).first();
  await tokayev.click({ timeout: 5000 }).catch(() => {});
  await page.keyboard.press('ArrowRight').catch(() => {});
  await sleep(600);
  const texts = (await rows.allInnerTexts().catch(() => [])).map((t) => t.replace(/\s+/g, ' ').trim());
  await page.screenshot({ path: path.join(results, 'outline-labels.png') });
  const entityRows = texts.filter((t) => t.startsWith('Kassym-Jomart Tokayev'));
  const mentionRows = texts.filter((t) => /^line \d+: /.test(t));
  if (entityRows.length === 1 && /person · .*\d+ mentions/.test(entityRows[0])) say(`Outline: "${entityRows[0]}" once, with kind, role and count: ok`);
  else failures.push(`Outline: expected one row "Kassym-Jomart Tokayev … person · … N mentions", saw ${JSON.stringify(entityRows)}`);
  if (mentionRows.length > 0 && mentionRows.every((t) => /(full name|surname|short name|acronym|title)$/.test(t))) {
    say(`Outline: mentions by line with a snippet, e.g. "${mentionRows[0]}": ok`);
  } else failures.push(`Outline: expected mention rows "line N: … full name|surname|…", saw ${JSON.stringify(mentionRows.slice(0, 5))}`);
  const internal = texts.filter((t) => /\b(full|object|partial)$/.test(t));
  if (internal.length) failures.push(`Outline: internal words in ${JSON.stringify(internal.slice(0, 5))}`);
  return failures;
}

/** A .news file with one long paragraph wraps: its one line renders as several view lines. */
async function checkWordWrap(page, workspace, results) {
  const failures = [];
  const name = 'wrap-check.news';
  const paragraph = fs.readFileSync(path.join(workspace, 'kazakhstan-unrest.txt'), 'utf8').split('\n').filter(Boolean).slice(0, 4).join(' ');
  fs.writeFileSync(path.join(workspace, name), `${paragraph}\n`);
  // Opened from the Explorer as a user would (it lists the new file once its watcher sees it).
  await page.keyboard.press('Escape');
  const item = page.getByRole('treeitem', { name });
  await item.waitFor({ state: 'visible', timeout: 30000 }).catch(() => {});
  await item.click({ timeout: 5000 }).catch(() => {});
  let viewLines = 0;
  const end = Date.now() + 15000;
  while (Date.now() < end && viewLines < 2) {
    await sleep(400);
    viewLines = await page.evaluate(() => {
      const editor = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines')].find((e) => e.offsetParent !== null);
      return editor ? [...editor.querySelectorAll('.view-line')].filter((l) => l.textContent.trim() !== '').length : 0;
    });
  }
  await page.screenshot({ path: path.join(results, 'wordwrap-news.png') });
  if (viewLines >= 3) say(`word wrap: the one-line paragraph of ${name} renders as ${viewLines} lines: ok`);
  else failures.push(`word wrap on ${name}: its one long line renders as ${viewLines} view line(s); expected it wrapped`);
  return failures;
}

/**
 * Copydesk's activation time as VS Code reports it: Developer: Show Running Extensions lists each
 * activated extension with the time its activation took (module load and activate()). Merged into
 * test-results/speed-vscode.json under `key`: `activation` for the development build the UI check
 * loads, `activationInstalled` for the packaged VSIX (minified, no source map) a user installs.
 */
async function readActivationTime(page, results, key = 'activation') {
  const failures = [];
  await runFromPalette(page, 'Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Copydesk' }).first();
  let text = '';
  const end = Date.now() + 20000;
  while (Date.now() < end && !/\d+\s*ms/.test(text)) {
    await sleep(500);
    text = await row.innerText({ timeout: 1000 }).catch(() => '');
  }
  await page.screenshot({ path: path.join(results, key === 'activation' ? 'running-extensions.png' : `running-extensions-${key}.png`) });
  const title = await row.locator('[title*="ctivat"]').first().getAttribute('title', { timeout: 1000 }).catch(() => null);
  const match = /(\d+)\s*ms/.exec(text);
  if (!match) {
    failures.push(`Running Extensions: no activation time for Copydesk; row ${JSON.stringify(text.slice(0, 200))}`);
    return failures;
  }
  const activationMs = Number(match[1]);
  say(`Running Extensions: Copydesk activation (${key}) ${activationMs} ms (${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 160))})`);
  const file = path.join(results, 'speed-vscode.json');
  let all = {};
  try {
    all = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // no figures yet in this run
  }
  all[key] = {
    ms: activationMs,
    targetMs: 150,
    shown: text.replace(/\s+/g, ' ').trim().slice(0, 300),
    detail: title,
    method:
      key === 'activation'
        ? 'VS Code\'s Developer: Show Running Extensions view (its activation time for Copydesk: loading dist/extension.js and running activate()), read from the page by the UI check (development build)'
        : 'the same view, for Copydesk installed from the packaged VSIX (minified dist/extension.js), read by the VSIX check after its tests',
    date: new Date().toISOString(),
  };
  fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  return failures;
}

function say(msg) {
  console.log(`[integration] UI check: ${msg}`);
}

module.exports = { runFromPalette, checkBreadcrumb, checkOutlineLabels, checkWordWrap, readActivationTime };
