// Nothing crashes, nothing is lost, nothing is stale: long scripted editing sessions in the real
// VS Code, hundreds of documents opened and closed, language changes and closing during analysis,
// a 5 MB document and broken settings. The expectation is always the engine's own analysis of the
// final text (analyzeArticle with the options the extension passes), never a fixed list.
// Times are printed with the prefix `robustness:`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyzeArticle } from '../../src/core/analyze';
import { type Glossary, parseGlossary } from '../../src/core/glossary';
import { ruleOf, until, withReferenceDate, workspaceFolder } from './helpers';
import { mulberry32 } from '../random';

const REFERENCE_DATE = '2022-01-09';

interface DebugState {
  pending: string[];
  tickets: number;
  published: string[];
  cacheEntries: number;
  truncationReported: number;
  truncated: string[];
  limitStatus: string;
  notices: string[];
  engine?: { queues: number; running: number; inWorker: boolean };
}

const debugState = () => vscode.commands.executeCommand<DebugState>('copydesk._debugState');
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Like `until`, polling every few milliseconds: for editors that appear within one round trip. */
async function soon<T>(what: string, probe: () => T | undefined, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (let value = probe(); ; value = probe()) {
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(5);
  }
}


/** The shared articles and corpus texts joined, repeated until the article has `words` words. */
function longArticle(words: number): string {
  const extension = vscode.extensions.getExtension('copydesk.copydesk');
  assert.ok(extension, 'Copydesk is installed');
  const shared = path.join(extension.extensionPath, '..', 'shared');
  const parts = fs
    .readFileSync(path.join(shared, 'corpus', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const articles = path.join(shared, 'articles');
  for (const name of fs.readdirSync(articles).sort()) parts.push(fs.readFileSync(path.join(articles, name), 'utf8'));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const part = parts[i % parts.length];
    out.push(part);
    count += part.split(/\s+/).filter(Boolean).length;
  }
  return out.join('\n\n');
}

let glossary: Glossary | undefined;
async function workspaceGlossary(): Promise<Glossary | undefined> {
  if (glossary) return glossary;
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, '.copydesk', 'glossary.json');
  glossary = parseGlossary(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))).glossary;
  return glossary;
}

function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The findings the extension must show for `text` of an untitled document: `rule start-end` keys. */
async function expectedKeys(text: string): Promise<string[]> {
  const analysis = analyzeArticle(text, {
    referenceDate: REFERENCE_DATE,
    datelineYear: new Date().getFullYear(),
    today: localIsoDay(new Date()),
    glossary: await workspaceGlossary(),
  });
  return analysis.findings.map((f) => `${f.rule} ${f.start}-${f.end}`).sort();
}

/** Offsets of (line, character) positions in `text` (an older version than the document's, maybe). */
function offsetIn(text: string): (position: vscode.Position) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (position) => (starts[position.line] ?? text.length) + position.character;
}

function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

function actualKeys(diagnostics: readonly vscode.Diagnostic[], text: string): string[] {
  const offset = offsetIn(text);
  return diagnostics.map((d) => `${ruleOf(d)} ${offset(d.range.start)}-${offset(d.range.end)}`).sort();
}

/** Waits until Copydesk's diagnostics are exactly the engine's findings on the final text, and stay so. */
async function settles(document: vscode.TextDocument, what: string): Promise<number> {
  const started = Date.now();
  const text = document.getText();
  const expected = (await expectedKeys(text)).join('|');
  const matches = () => actualKeys(copydeskDiagnostics(document.uri), text).join('|') === expected;
  try {
    await until(`${what}: diagnostics equal to a fresh analysis of the final text`, () => (matches() ? true : undefined), 30000);
  } catch (error) {
    const actual = actualKeys(copydeskDiagnostics(document.uri), text);
    const want = expected.split('|');
    const missing = want.filter((k) => !actual.includes(k));
    const extra = actual.filter((k) => !want.includes(k));
    const rules = (keys: string[]) => keys.reduce<Record<string, number>>((n, k) => ({ ...n, [k.split(' ')[0]]: (n[k.split(' ')[0]] ?? 0) + 1 }), {});
    throw new Error(
      `${String(error)}\n${actual.length} shown, ${want.length} expected; missing by rule ${JSON.stringify(rules(missing))}, extra by rule ${JSON.stringify(rules(extra))}` +
        `\nstate ${JSON.stringify(await debugState())}\nmissing ${JSON.stringify(missing.slice(0, 10))}\nextra ${JSON.stringify(extra.slice(0, 10))}`);
  }
  const settledMs = Date.now() - started;
  await sleep(800); // a late publication of an older version would land now
  assert.ok(matches(), `${what}: the diagnostics stayed equal to the analysis of the final text`);
  assert.equal(document.getText(), text, `${what}: nothing edited the document meanwhile`);
  assert.ok(!(await debugState()).pending.includes(document.uri.toString()), `${what}: no diagnostics update left pending`);
  return settledMs;
}

/**
 * A new untitled document with `content`, made the way a person makes one (File > New): unlike
 * `openTextDocument`, no extension holds it, so it really closes when its editor does.
 */
async function openUntitled(content: string): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
  const editor = await soon('the new untitled editor', () => {
    const active = vscode.window.activeTextEditor;
    return active?.document.isUntitled && active.document.getText() === '' ? active : undefined;
  });
  assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content)), 'the content was inserted');
  return editor;
}

/** A workspace file opened the way a person opens it (no extension holds a reference to it). */
async function openFile(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
  return soon(`${uri.path} in the active editor`, () =>
    vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined,
  );
}

/** Closes the active editor without asking to save (untitled documents are dirty). */
async function discardActive(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

const SNIPPETS = [' Tokayev', ' Okafour', ' Tokaev', ' on Saturday', ' Jan. 9', ' January 9, 2022', ' Tuesday, Oct. 20', ' the President', ' said', ', ', '. ', '\n', ' CSTO', ' Karim Masimov', ' yesterday', ' e'];

/**
 * One scripted edit: insertion, deletion, replacement, or undo/redo. Returns false when the edit
 * was refused (VS Code may refuse an edit racing another; the session goes on).
 */
async function randomEdit(editor: vscode.TextEditor, next: () => number, state: { undone: number }): Promise<boolean> {
  const document = editor.document;
  const pick = next();
  if (pick < 0.1) {
    if (state.undone > 0 && next() < 0.5) {
      state.undone--;
      await vscode.commands.executeCommand('redo');
    } else {
      state.undone++;
      await vscode.commands.executeCommand('undo');
    }
    return true;
  }
  state.undone = 0;
  const length = document.getText().length;
  const at = Math.floor(next() * length);
  const snippet = SNIPPETS[Math.floor(next() * SNIPPETS.length)];
  const start = document.positionAt(at);
  return editor.edit((edit) => {
    if (pick < 0.55) edit.insert(start, snippet);
    else if (pick < 0.8) edit.delete(new vscode.Range(start, document.positionAt(Math.min(length, at + 1 + Math.floor(next() * 30)))));
    else edit.replace(new vscode.Range(start, document.positionAt(Math.min(length, at + 1 + Math.floor(next() * 20)))), snippet);
  });
}

/** Short random pauses: mostly none, some a keystroke long, a few longer than the debounce. */
function pause(next: () => number): Promise<void> | undefined {
  const p = next();
  if (p < 0.7) return undefined;
  if (p < 0.99) return sleep(Math.floor(next() * 25));
  return sleep(300 + Math.floor(next() * 300));
}

describe('robustness', function () {
  this.timeout(180000);
  withReferenceDate(REFERENCE_DATE);
  // VS Code guesses the language of untitled text as it grows; these documents stay plain text.
  const detection = () => vscode.workspace.getConfiguration('workbench.editor');
  before(async () => {
    // Run alone (MOCHA_GREP), a test here may come first: its debug-state command needs Copydesk active.
    await vscode.extensions.getExtension('copydesk.copydesk')?.activate();
    await detection().update('languageDetection', false, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await detection().update('languageDetection', undefined, vscode.ConfigurationTarget.Global);
  });

  it('a 10,000-word article: 1,000 scripted edits with undo/redo, then 200 typed characters, end with the diagnostics of the final text', async () => {
    const article = longArticle(10000);
    const editor = await openUntitled(article);
    const document = editor.document;
    await until('the first diagnostics of the long article', () => (copydeskDiagnostics(document.uri).length > 0 ? true : undefined), 30000);

    const next = mulberry32(20260125);
    const state = { undone: 0 };
    const started = Date.now();
    let refused = 0;
    for (let i = 0; i < 1000; i++) {
      if (!(await randomEdit(editor, next, state))) refused++;
      await pause(next);
    }
    const editMs = Date.now() - started;
    console.log(`    robustness: 1,000 edits (${refused} refused) in ${editMs} ms`);
    assert.ok(refused < 50, `${refused} of 1,000 edits refused`);
    assert.equal(document.languageId, 'plaintext');
    const settleMs = await settles(document, 'after 1,000 edits');
    console.log(`    robustness: 1,000 edits (${refused} refused) in ${editMs} ms, diagnostics settled ${settleMs} ms later`);

    // Typing: one character at a time through the `type` command, as the keyboard does.
    const typed =
      ' Yesterday Aleksandr Okafour, the president of the CSTO, told reporters in Almaty on Tuesday, Jan. 12, that troops would leave by Jan. 13; Tokayev said on Saturday that the peacekeeping mission was over. ';
    assert.ok(typed.length >= 200, `${typed.length} characters to type`);
    const where = document.positionAt(Math.floor(document.getText().length / 2));
    editor.selection = new vscode.Selection(where, where);
    const before = document.getText();
    const typingStarted = Date.now();
    for (const character of typed.slice(0, 200)) {
      await vscode.commands.executeCommand('type', { text: character });
      await sleep(Math.floor(next() * 20));
    }
    const typeMs = Date.now() - typingStarted;
    const offset = document.offsetAt(where);
    assert.equal(document.getText(), before.slice(0, offset) + typed.slice(0, 200) + before.slice(offset), 'the 200 characters were typed in place');
    const typedSettleMs = await settles(document, 'after typing 200 characters');
    console.log(`    robustness: 200 characters typed in ${typeMs} ms, diagnostics settled ${typedSettleMs} ms later`);
    console.log(`    robustness: soak total ${Date.now() - started} ms`);
    await discardActive();
  });

  // 200 cycles, not 500: with Debian's Chromium 156.0.8078.108 the workbench page itself (not the
  // extension) spends about 0.4 s of CPU per open/close and grows past 2.5 GB, so 500 cycles ran past
  // the suite's time limit even on the code that passed CI with 500 before (checked on 2026-11-29).
  it('200 documents opened and closed leave no diagnostics on closed documents and nothing kept for them', async function () {
    this.timeout(300000);
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, 'cycles');
    const files: vscode.Uri[] = [];
    const snippet = (i: number) =>
      `ALMATY, Kazakhstan (AP) — President Kassym-Jomart Tokayev said on Saturday, Jan. ${(i % 9) + 1}, that Okafor met Okafour.\n`;
    for (let i = 0; i < 20; i++) {
      const uri = vscode.Uri.joinPath(folder, `article-${i}.txt`);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(snippet(i).repeat(3)));
      files.push(uri);
    }
    const closed = new Set<string>();
    let closeEvents = 0;
    const seen = new Set<string>();
    const listener = vscode.workspace.onDidCloseTextDocument((document) => {
      closeEvents++;
      closed.add(document.uri.toString());
    });
    const CYCLES = 200;
    const next = mulberry32(500);
    const started = Date.now();
    try {
      for (let i = 0; i < CYCLES; i++) {
        if (i % 2 === 0) {
          const editor = await openFile(files[(i / 2) % files.length]);
          seen.add(editor.document.uri.toString());
        } else {
          const editor = await openUntitled(snippet(i));
          seen.add(editor.document.uri.toString());
        }
        const p = next();
        if (p > 0.98) await sleep(300 + Math.floor(next() * 200)); // analysis running, or published, when it closes
        else if (p > 0.8) await sleep(Math.floor(next() * 20));
        await discardActive();
      }
    } finally {
      listener.dispose();
    }
    const cycleMs = Date.now() - started;
    await sleep(1500);
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const gone = [...seen].filter((uri) => !open.has(uri));
    // Untitled names are reused once free (Untitled-1 again), so count the events, not the names.
    assert.ok(closeEvents >= CYCLES * 0.8, `documents were closed (${closeEvents} close events, ${gone.length} distinct documents not open now)`);
    const withDiagnostics = gone.filter((uri) => copydeskDiagnostics(vscode.Uri.parse(uri)).length > 0);
    assert.deepEqual(withDiagnostics, [], 'no Copydesk diagnostics remain on closed documents');
    const state = await until('nothing pending', async () => {
      const s = await debugState();
      return s.pending.length === 0 ? s : undefined;
    });
    const enabled = vscode.workspace.getConfiguration('copydesk').get<string[]>('languages') ?? [];
    const enabledOpen = vscode.workspace.textDocuments.filter((d) => enabled.includes(d.languageId)).length;
    assert.deepEqual(
      state.published.filter((uri) => !open.has(uri)),
      [],
      'the diagnostic collection holds only open documents',
    );
    assert.ok(state.tickets <= enabledOpen, `update tickets (${state.tickets}) only for open documents (${enabledOpen})`);
    assert.ok(state.cacheEntries <= enabledOpen, `cached analyses (${state.cacheEntries}) only for open documents (${enabledOpen})`);
    assert.ok((state.engine?.queues ?? 0) <= enabledOpen, `worker queues (${state.engine?.queues}) only for open documents (${enabledOpen})`);
    assert.equal(state.engine?.running ?? 0, 0, 'no analysis left running');
    console.log(
      `    robustness: ${CYCLES} open/close cycles in ${cycleMs} ms; ${closeEvents} documents closed, ${open.size} open after; ` +
        `state ${JSON.stringify({ ...state, notices: state.notices.length })}`,
    );
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('never shows diagnostics of a stale version: rapid edits, undo/redo, language changes', async () => {
    const article = fs.readFileSync(path.join(workspaceFolder().uri.fsPath, 'kazakhstan-unrest.txt'), 'utf8');
    const editor = await openUntitled(article);
    const document = editor.document;
    const uri = document.uri.toString();
    await settles(document, 'the article opened');

    // Every version's text and when it was replaced; every publication with the time it was seen.
    const versions = new Map<number, { text: string; replacedAt?: number }>([[document.version, { text: document.getText() }]]);
    const published: { at: number; diagnostics: vscode.Diagnostic[]; language: string }[] = [];
    let lastVersion = document.version;
    const listeners = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() !== uri) return;
        const previous = versions.get(lastVersion);
        if (previous) previous.replacedAt = Date.now();
        lastVersion = e.document.version;
        versions.set(lastVersion, { text: e.document.getText() });
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (!e.uris.some((u) => u.toString() === uri)) return;
        published.push({ at: Date.now(), diagnostics: copydeskDiagnostics(document.uri), language: document.languageId });
      }),
    ];
    const next = mulberry32(3);
    const state = { undone: 0 };
    try {
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 60; i++) {
          await randomEdit(editor, next, state);
          if (next() < 0.15) await sleep(200 + Math.floor(next() * 300));
          else await sleep(Math.floor(next() * 30));
        }
        // A disabled language clears the diagnostics at once; back to plain text analyses again.
        await vscode.languages.setTextDocumentLanguage(document, 'json');
        await until('no diagnostics once the document is JSON', () => (copydeskDiagnostics(document.uri).length === 0 ? true : undefined), 5000);
        await sleep(600);
        assert.equal(copydeskDiagnostics(document.uri).length, 0, 'no late diagnostics on the JSON document');
        await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
        await until('diagnostics again on plain text', () => (copydeskDiagnostics(document.uri).length > 0 ? true : undefined), 10000);
      }
      await settles(document, 'after rapid edits and language changes');
    } finally {
      for (const listener of listeners) listener.dispose();
    }

    // Each publication is the analysis of a version that was current shortly before it was seen
    // (VS Code batches diagnostics events for 50 ms), and versions only move forward.
    const SLACK_MS = 400;
    const keysOf = new Map<number, Promise<string>>();
    const expectedOf = (version: number) => {
      let keys = keysOf.get(version);
      if (!keys) keysOf.set(version, (keys = expectedKeys(versions.get(version)?.text ?? '').then((k) => k.join('|'))));
      return keys;
    };
    let floor = 0;
    let checked = 0;
    for (const event of published) {
      if (event.diagnostics.length === 0) continue; // cleared: language change (checked above) or no findings
      const candidates = [...versions.entries()]
        .filter(([version, v]) => version >= floor && (v.replacedAt === undefined || v.replacedAt >= event.at - SLACK_MS))
        .map(([version]) => version)
        .sort((a, b) => b - a);
      let match: number | undefined;
      for (const version of candidates) {
        const text = versions.get(version)?.text ?? '';
        if (actualKeys(event.diagnostics, text).join('|') === (await expectedOf(version))) {
          match = version;
          break;
        }
      }
      assert.ok(match !== undefined, `diagnostics seen at ${event.at} belong to a current version (candidates ${candidates.join(', ')})`);
      floor = match;
      checked++;
    }
    assert.ok(checked >= 3, `${checked} publications checked`);
    console.log(`    robustness: ${versions.size} versions, ${published.length} diagnostics events, ${checked} publications matched a current version`);
    await discardActive();
  });

  it('closing a document while it is analysed leaves no diagnostics and nothing kept for it', async () => {
    const article = longArticle(10000);
    const next = mulberry32(7);
    const uris: vscode.Uri[] = [];
    for (let i = 0; i < 6; i++) {
      const editor = await openUntitled(article);
      uris.push(editor.document.uri);
      // The debounce (300 ms) has passed and the worker is on the article (about a second) when it closes.
      await sleep(300 + Math.floor(next() * 900));
      await discardActive();
    }
    await sleep(3000);
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const uri of uris) {
      if (open.has(uri.toString())) continue;
      assert.equal(copydeskDiagnostics(uri).length, 0, `no diagnostics on the closed ${uri.toString()}`);
    }
    const state = await debugState();
    assert.deepEqual(state.published.filter((uri) => !open.has(uri)), [], 'diagnostics only on open documents');
    assert.equal(state.engine?.running ?? 0, 0, 'no analysis left running');
    assert.ok(state.cacheEntries <= open.size, `cached analyses (${state.cacheEntries}) only for open documents`);
  });

  it('a 5 MB document: the first part is analysed, one message and a status bar note, the editor stays responsive', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'five-megabytes.txt');
    let big = longArticle(10000);
    while (big.length < 5_000_000) big += `\n\n${big}`;
    big = big.slice(0, 5_000_000);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(big));
    const noticesBefore = (await debugState()).notices.length;
    try {
      const started = Date.now();
      const editor = await openFile(uri);
      const document = editor.document;
      const openMs = Date.now() - started;

      // Two measures until the first diagnostics appear. The extension host's own stalls, from a 10 ms
      // ticker: Copydesk's code runs there, so this is what it controls. And round trips of a cheap
      // built-in command, which also wait on the workbench page (a browser tab here, rendering 5 MB):
      // on a loaded machine one of them can be slow for reasons that are not Copydesk's, so the test
      // holds the typical trip (the 90th percentile) to the limit and logs the worst.
      const samples: number[] = [];
      let stall = 0;
      let lastTick = Date.now();
      const ticker = setInterval(() => {
        const now = Date.now();
        stall = Math.max(stall, now - lastTick - 10);
        lastTick = now;
      }, 10);
      try {
        while (copydeskDiagnostics(uri).length === 0 && Date.now() - started < 60000) {
          const t0 = Date.now();
          await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
          samples.push(Date.now() - t0);
          await sleep(50);
        }
      } finally {
        clearInterval(ticker);
      }
      const analysedMs = Date.now() - started;

      assert.ok(copydeskDiagnostics(uri).length > 0, 'the first part of the 5 MB document was analysed');
      const maxFileSize = 1_000_000;
      const beyond = copydeskDiagnostics(uri).filter((d) => document.offsetAt(d.range.end) > maxFileSize);
      assert.deepEqual(beyond, [], 'findings only in the first 1,000,000 characters');
      samples.sort((a, b) => a - b);
      const worst = samples[samples.length - 1] ?? 0;
      const median = samples[Math.floor(samples.length / 2)] ?? 0;
      const p90 = samples[Math.floor(samples.length * 0.9)] ?? 0;
      console.log(
        `    robustness: 5 MB opened in ${openMs} ms, analysed (first 1,000,000 characters) after ${analysedMs} ms; ` +
          `${samples.length} command round trips meanwhile: median ${median} ms, 90th percentile ${p90} ms, worst ${worst} ms; ` +
          `longest extension host stall ${stall} ms`,
      );
      assert.ok(samples.length >= 3, `${samples.length} round trips measured while the analysis ran`);
      // Publishing a 1,000,000-character analysis (diagnostics, outline, semantic tokens) takes the host
      // 50-270 ms on a quiet 2-core machine and up to ~550 ms with a compiler running beside it: the
      // bound is what a user would call a freeze, not that machine's figure.
      assert.ok(stall < 1000, `the extension host never stalls a second while the analysis runs (longest ${stall} ms)`);
      assert.ok(p90 < 500, `a command's round trip stays under 500 ms while the analysis runs (90th percentile ${p90} ms)`);

      // The Outline of such a document lists a readable part (documentSymbols.ts OUTLINE_LIMITS), and says so.
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      const eventsGroup = symbols.find((symbol) => symbol.name === 'Events');
      assert.ok(eventsGroup, 'the Outline has an Events group');
      assert.equal(eventsGroup.children.length, 500, 'the Outline lists the first 500 events');
      assert.match(eventsGroup.detail, /^by date · the first 500 of [\d,]+$/);
      const actors = symbols.find((symbol) => symbol.name === 'Actors');
      const mentionChildren = (actors?.children ?? []).reduce((n, entity) => n + entity.children.length, 0);
      assert.ok(mentionChildren > 0 && mentionChildren <= 1000, `${mentionChildren} mentions listed in the Outline`);

      let state = await debugState();
      const sizeMessages = () => state.notices.slice(noticesBefore).filter((m) => m.includes('five-megabytes.txt'));
      assert.deepEqual(sizeMessages(), [
        'Copydesk checks only the first 1,000,000 of 5,000,000 characters of five-megabytes.txt (setting copydesk.maxFileSize).',
      ]);
      assert.ok(state.truncated.includes(uri.toString()), 'the document is noted as analysed in part');
      assert.equal(state.limitStatus, '$(warning) Copydesk: first part only');

      // An edit re-analyses it: still one message.
      const version = document.version;
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Okafour. '));
      await until('the edited 5 MB document analysed again', async () => {
        state = await debugState();
        return document.version > version && !state.pending.includes(uri.toString()) && state.cacheEntries > 0 ? true : undefined;
      });
      await sleep(500);
      state = await debugState();
      assert.equal(sizeMessages().length, 1, 'the size message is shown once per document');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
  });

  it('broken settings: one message naming the bad keys, the defaults used, analysis still runs', async () => {
    // Both bad values in one write of settings.json, as a person would save them.
    const settingsUri = vscode.Uri.joinPath(workspaceFolder().uri, '.vscode', 'settings.json');
    const original = await vscode.workspace.fs.readFile(settingsUri).then(
      (bytes) => new TextDecoder().decode(bytes),
      () => undefined,
    );
    const settings = { ...(JSON.parse(original ?? '{}') as Record<string, unknown>) };
    settings['copydesk.rules'] = { 'names.speling': 'off', 'names.spelling': 'loud' };
    settings['copydesk.debounceMs'] = 'fast';
    const noticesBefore = (await debugState()).notices.length;
    await vscode.workspace.fs.writeFile(settingsUri, new TextEncoder().encode(JSON.stringify(settings, null, 2)));
    try {
      await until('the broken settings read', () =>
        vscode.workspace.getConfiguration('copydesk').get('debounceMs') === 'fast' ? true : undefined,
      );
      const article = fs.readFileSync(path.join(workspaceFolder().uri.fsPath, 'kazakhstan-unrest.txt'), 'utf8');
      const editor = await openUntitled(article);
      await settles(editor.document, 'with broken settings');
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Okafour. '));
      await settles(editor.document, 'with broken settings, after an edit');
      const messages = (await debugState()).notices.slice(noticesBefore).filter((m) => m.includes('invalid settings'));
      assert.equal(messages.length, 1, `one message: ${JSON.stringify(messages)}`);
      assert.match(messages[0], /copydesk\.rules: unknown rule id "names\.speling"/);
      assert.match(messages[0], /copydesk\.rules\.names\.spelling: "loud" is not one of/);
      assert.match(messages[0], /copydesk\.debounceMs: "fast" is not a number/);
      await discardActive();
    } finally {
      if (original === undefined) await vscode.workspace.fs.delete(settingsUri, { useTrash: false });
      else await vscode.workspace.fs.writeFile(settingsUri, new TextEncoder().encode(original));
    }
  });
});
