// How fast the editor answers, measured in the real VS Code: the time from an edit to the Problems
// panel's updated diagnostics, on a 1,000-word and a 10,000-word article, with `copydesk.debounceMs`
// at 0 (so the figure is the extension's own work: analysis in the worker thread, publication, and
// VS Code's round trips, not the user's quiet time). Written to test-results/speed-vscode.json; the
// README reports them. Activation time is read from VS Code's Running Extensions view by the
// harness's UI check (scripts/run-integration.js), which merges it into the same file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { until, workspaceFolder } from './util';

const SAMPLES = 20;
/** Untimed edits first: the worker's and the host's code paths compile on the first runs. */
const WARMUP = 3;
const TARGETS_MS: Record<number, number> = { 1000: 100, 10000: 250 };
const ARTICLES = ['kazakhstan-unrest.txt', 'kazakhstan-followup.txt', 'plant-closure.txt', 'city-council-budget.md'];

function words(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** The fixture articles' bodies, joined (blank line between) until `target` words: a long article of real sentences. */
function longArticle(target: number): string {
  const bodies = ARTICLES.map((name) =>
    fs.readFileSync(path.join(workspaceFolder().uri.fsPath, name), 'utf8').replace(/^---[\s\S]*?---\n/, ''),
  );
  const parts: string[] = [];
  for (let i = 0, count = 0; count < target; i++) {
    const body = bodies[i % bodies.length];
    parts.push(body.trim());
    count += words(body);
  }
  return `${parts.join('\n\n')}\n`;
}

function median(samples: readonly number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * The time at which `published()` first holds, checked every millisecond. Not
 * `languages.onDidChangeDiagnostics`: the extension host fires that event 50 ms after the last change
 * (a debounce of its own), while the diagnostics reach the Problems panel and the editor at once.
 */
function whenPublished(published: () => boolean, timeoutMs = 30_000): Promise<number> {
  const end = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (published()) resolve(performance.now());
      else if (performance.now() > end) reject(new Error(`no updated diagnostics after ${timeoutMs} ms`));
      else setTimeout(check, 1);
    };
    check();
  });
}

const copydeskDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');

/** Merges `entry` into test-results/speed-vscode.json (the UI check adds activation to the same file). */
function record(key: string, entry: unknown): void {
  const dir = process.env.COPYDESK_TEST_RESULTS;
  if (!dir) return;
  const file = path.join(dir, 'speed-vscode.json');
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // first figure of this run
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...all, [key]: entry }, null, 2)}\n`);
}

describe('speed in the real VS Code', function () {
  this.timeout(240_000);
  const setDebounce = (value: number | undefined) =>
    vscode.workspace.getConfiguration('copydesk').update('debounceMs', value, vscode.ConfigurationTarget.Workspace);
  before(() => setDebounce(0));
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setDebounce(undefined);
  });

  for (const size of [1000, 10000]) {
    it(`edit to updated diagnostics, ${size.toLocaleString('en-US')} words (median of ${SAMPLES}, debounce 0)`, async () => {
      // Untitled, as a new article being typed: a file on disk would also be analysed by the
      // workspace index, in the same worker thread, while the edits are timed.
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: longArticle(size) });
      const { uri } = document;
      try {
        const editor = await vscode.window.showTextDocument(document);
        const first = await until('the first diagnostics of the long article', () => {
          const diagnostics = copydeskDiagnostics(uri);
          return diagnostics.length > 0 ? diagnostics : undefined;
        }, 60_000);
        // A finding in the second half, not at the start of its line: each edit puts a space before
        // it (then takes it away), so its range shifts by one and the published set shows the new version.
        const half = document.lineCount / 2;
        const anchor = first.find((d) => d.range.start.line >= half && d.range.start.character > 0) ?? first.find((d) => d.range.start.character > 0);
        assert.ok(anchor, 'a finding not at the start of its line');
        const line = anchor.range.start.line;
        const column = anchor.range.start.character;

        const samples: number[] = [];
        for (let i = 0; i < WARMUP + SAMPLES; i++) {
          const adding = i % 2 === 0;
          const expectedColumn = adding ? column + 1 : column;
          // Published for the edited version: the finding has moved with the edit.
          const moved = () =>
            copydeskDiagnostics(uri).some((d) => d.message === anchor.message && d.range.start.line === line && d.range.start.character === expectedColumn);
          const started = performance.now();
          const applied = await editor.edit((edit) =>
            adding ? edit.insert(new vscode.Position(line, 0), ' ') : edit.delete(new vscode.Range(line, 0, line, 1)),
          );
          assert.ok(applied, 'the edit applied');
          const ended = await whenPublished(moved);
          if (i >= WARMUP) samples.push(ended - started);
        }
        const result = {
          words: words(document.getText()),
          medianMs: Math.round(median(samples) * 10) / 10,
          maxMs: Math.round(Math.max(...samples) * 10) / 10,
          targetMs: TARGETS_MS[size],
          samplesMs: samples.map((ms) => Math.round(ms * 10) / 10),
          method: `untitled plaintext document; editor.edit() of one character (a space inserted, then deleted, at the start of line ${line + 1}) until languages.getDiagnostics() shows a finding of that line moved with it (checked every ms), copydesk.debounceMs 0, ${WARMUP} untimed edits first, analysis in the worker thread`,
          date: new Date().toISOString(),
          machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}`,
          vscode: vscode.version,
        };
        record(`editToDiagnostics${size}`, result);
        console.log(`      edit to diagnostics, ${result.words} words: median ${result.medianMs} ms, max ${result.maxMs} ms (target ${result.targetMs} ms)`);
      } finally {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });
  }
});
