#!/usr/bin/env node
// Shows Copydesk running in a real VS Code (1.100.3, served by code-server) in your browser.
// On a fresh machine it does its own set-up: the Debian packages (apt-get when root), the cached
// VS Code in .vscode-test/cs, and `npm run build`. Then it serves the demo workspace (.demo/articles,
// made from test/fixtures/ on the first run and kept afterwards, so an article saved there is still
// there after a restart) on 127.0.0.1:$PORT (default 8080) with Copydesk loaded in development mode
// and kazakhstan-unrest.txt open, prints the URL and the workspace's path, and runs until Ctrl+C.
//   node scripts/demo.js [--no-build]        (npm run demo)
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { setup } = require('./vscode-setup');
const { freePort, startCodeServer, workbenchUrl, killGroup, killGroupSync } = require('./vscode-web');

const ROOT = path.resolve(__dirname, '..');
// In the project (git ignores it), not in .vscode-test: that folder holds the shared VS Code install.
const DEMO = path.join(ROOT, '.demo');
const OPEN_FILE = 'kazakhstan-unrest.txt';

/**
 * The day each sample article was published, given to its copy as file time. A dateline without a
 * year (`Nur-Sultan, Jan 9`) takes the year the file was last written, as a saved article in a
 * newsroom would: a copy made today would move the Kazakhstan story to this year, where its
 * `Nur-Sultan` is out of date (the glossary: renamed Astana on Sept. 17, 2022) and its weekdays fall
 * on other days. Articles that carry a full date (front matter `date:`, a dateline with its year)
 * get that date, read from the article by the engine itself (dist/core.js).
 */
const PUBLISHED = {
  'kazakhstan-unrest.txt': '2022-01-09',
  'kazakhstan-followup.txt': '2022-01-12',
  // A made-up story: the year in which its `Monday` falls the day before its June 3 dateline.
  'plant-closure.txt': '2025-06-03',
};

/** The article's own full date: front matter `date:` or a dateline with a year; undefined otherwise. */
function ownDate(core, text) {
  const analysis = core.analyzeArticle(text, { datelineYear: 1, today: '0001-01-01' });
  const { value, source } = analysis.referenceDate;
  // With a made-up year 1 for a dateline without one, only a date the article gives in full is its own.
  // A year taken from the dateline's weekday is no year the article gives either (yearAssumed).
  return source === 'front-matter' || (source === 'dateline' && !value.startsWith('0001-') && !analysis.referenceDate.yearAssumed) ? value : undefined;
}

/**
 * The demo workspace: created from test/fixtures/ on the first run, kept afterwards. A sample file
 * missing from it (new in the fixtures, or deleted) is copied again, with its article's date as file
 * time; files already there, edited or not, are left as they are.
 */
function prepareWorkspace(workspace) {
  const core = require(path.join(ROOT, 'dist', 'core.js'));
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  const created = !fs.existsSync(workspace);
  const copied = [];
  for (const file of fs.readdirSync(fixtures, { recursive: true }).map(String)) {
    const from = path.join(fixtures, file);
    const to = path.join(workspace, file);
    if (fs.statSync(from).isDirectory() || fs.existsSync(to)) continue;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
    const date = PUBLISHED[path.basename(file)] || (/\.(txt|md|news|story)$/.test(file) ? ownDate(core, fs.readFileSync(from, 'utf8')) : undefined);
    // Noon UTC: the same calendar day in every time zone the editor may run in.
    if (date) fs.utimesSync(to, new Date(`${date}T12:00:00Z`), new Date(`${date}T12:00:00Z`));
    copied.push(date ? `${file} (${date})` : file);
  }
  return { created, copied };
}

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

  // Kept across restarts: the demo may be edited and saved freely, the project's fixtures stay as they are.
  const workspace = path.join(DEMO, 'articles');
  const { created, copied } = prepareWorkspace(workspace);
  if (created) console.log(`[demo] created the demo workspace ${workspace} from test/fixtures/`);
  else console.log(`[demo] the demo workspace ${workspace} is kept from the last run (delete it for fresh copies)`);
  for (const file of copied) console.log(`[demo]   copied ${file}`);

  server = await startCodeServer({ codeServer, port, folder: workspace, dir: path.join(DEMO, 'code-server') });
  // VS Code's web payload: the extension in development mode, and one file opened at start (the
  // payload's `openFile` takes a single file; the other articles are in the Explorer).
  const url = workbenchUrl(server.authority, {
    folder: workspace,
    extensionDevelopmentPath: ROOT,
    openFile: path.join(workspace, OPEN_FILE),
  });
  console.log(`
[demo] Copydesk in VS Code 1.100.3 (code-server). Workspace: ${workspace}
[demo] (kept across restarts: what you save there stays; delete the folder to start again from test/fixtures/)
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
