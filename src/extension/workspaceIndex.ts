import * as vscode from 'vscode';
import type { EntityKind } from '../core';
import { articleGlob, isArticlePath } from './articleFiles';
import { Delayer } from './delayer';
import { Disposable } from './dispose';
import type { AnalysisEngine } from './engine';
import type { GlossarySource } from './glossary';
import { analyzeOptions } from './analyzeOptions';
import { readSettings } from './configuration';

/** Kinds the index maps: a place named in two articles says little about either. */
export const INDEXED_KINDS: readonly EntityKind[] = ['person', 'organization'];

/** Beyond this many files the index stops: a newsroom archive is not a working folder. */
export const MAX_INDEXED_FILES = 500;
/** Larger files are not articles (logs, data dumps): skipped. */
export const MAX_INDEXED_FILE_BYTES = 256 * 1024;
/** Saves, creations and deletions arrive in bursts: re-index once they settle. */
const UPDATE_DELAY_MS = 300;
/** The first article's own analysis goes first: the index starts a moment after activation. */
const START_DELAY_MS = 1000;

/** A name as the index keys it: kind and canonical name, case folded. */
export interface IndexedName {
  readonly kind: EntityKind;
  readonly name: string;
}

function keyOf({ kind, name }: IndexedName): string {
  return `${kind}:${name.toLocaleLowerCase('en-US')}`;
}

/**
 * The people and organizations each article of the open folders names, for "appears in N other
 * articles" in the hover, "Show Articles Naming This" and the Copydesk view's workspace mode. Built
 * lazily after activation with `workspace.findFiles` (which honours `files.exclude`), one file at a
 * time through the same engine as the editor (the worker thread where there is one), and kept up to
 * date as files are saved, created and deleted.
 */
export class WorkspaceIndex extends Disposable {
  /** Article URI → the names it gives. */
  private readonly articles = new Map<string, { readonly uri: vscode.Uri; readonly names: readonly IndexedName[] }>();
  /** Name key → the URIs of the articles naming it. */
  private readonly byName = new Map<string, { readonly name: IndexedName; readonly uris: Set<string> }>();
  private readonly pending = new Set<string>();
  private readonly updateDelayer = this.register(new Delayer());
  private watcher: vscode.Disposable | undefined;
  private generation = 0;
  private running: Promise<void> | undefined;
  private started = false;
  private readyResolve!: () => void;
  /** Resolves once the first full pass has finished. */
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));

  private readonly didChange = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.didChange.event;

  constructor(
    private readonly engine: AnalysisEngine,
    private readonly log: vscode.LogOutputChannel,
    private readonly glossaries?: GlossarySource,
    startDelayMs = START_DELAY_MS,
  ) {
    super();
    this.register({ dispose: () => this.watcher?.dispose() });
    const startTimer = setTimeout(() => this.start(), startDelayMs);
    this.register({ dispose: () => clearTimeout(startTimer) });
    this.register(vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document.uri)));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.started && e.affectsConfiguration('copydesk.languages')) this.rebuild();
      }),
    );
  }

  /** Articles naming `name`, sorted by path (the index may still be building). */
  articlesNaming(name: IndexedName): vscode.Uri[] {
    const entry = this.byName.get(keyOf(name));
    if (!entry) return [];
    return [...entry.uris].sort().map((uri) => this.articles.get(uri)?.uri ?? vscode.Uri.parse(uri));
  }

  /** Every indexed name with the articles that give it, most widely named first. */
  names(): { readonly name: IndexedName; readonly uris: readonly vscode.Uri[] }[] {
    return [...this.byName.values()]
      .map(({ name }) => ({ name, uris: this.articlesNaming(name) }))
      .sort((a, b) => b.uris.length - a.uris.length || a.name.name.localeCompare(b.name.name));
  }

  get size(): number {
    return this.articles.size;
  }

  /** Starts the first pass (once); later calls wait for the pass running. */
  start(): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.rebuild();
    }
    return this.ready;
  }

  private rebuild(): void {
    if (this.isDisposed) return;
    const generation = ++this.generation;
    this.watcher?.dispose();
    this.watcher = undefined;
    const glob = articleGlob(readSettings().languages);
    if (glob && vscode.workspace.workspaceFolders?.length) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob, false, false, true);
      watcher.onDidCreate((uri) => this.schedule(uri));
      watcher.onDidChange((uri) => this.schedule(uri));
      // Deleting a folder reports the folder alone, which an article glob does not match: watch
      // every deletion, and drop the articles at or under it.
      const deletions = vscode.workspace.createFileSystemWatcher('**', true, true, false);
      deletions.onDidDelete((uri) => this.remove(uri));
      this.watcher = vscode.Disposable.from(watcher, deletions);
    }
    const running = Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Copydesk: indexing articles' }, (progress) =>
        this.indexAll(generation, glob, progress),
      ),
    );
    this.running = running;
    void running.finally(() => {
      if (generation === this.generation) this.readyResolve();
    });
  }

  private async indexAll(generation: number, glob: string | undefined, progress: vscode.Progress<{ message?: string }>): Promise<void> {
    this.articles.clear();
    this.byName.clear();
    if (!glob || !vscode.workspace.workspaceFolders?.length) {
      this.didChange.fire();
      return;
    }
    const started = Date.now();
    // No exclude argument: `files.exclude` (and search.exclude's defaults) apply.
    const uris = await vscode.workspace.findFiles(glob, undefined, MAX_INDEXED_FILES);
    for (const [i, uri] of uris.entries()) {
      if (generation !== this.generation || this.isDisposed) return;
      progress.report({ message: `${i + 1}/${uris.length}` });
      await this.indexOne(uri);
    }
    if (uris.length >= MAX_INDEXED_FILES) this.log.info(`Workspace index: stopped at ${MAX_INDEXED_FILES} files.`);
    this.log.info(`Workspace index: ${this.articles.size} articles, ${this.byName.size} names, in ${Date.now() - started} ms`);
    this.didChange.fire();
  }

  private schedule(uri: vscode.Uri): void {
    if (!this.started || this.isDisposed) return;
    const glob = articleGlob(readSettings().languages);
    if (!glob || !vscode.workspace.getWorkspaceFolder(uri)) return;
    this.pending.add(uri.toString());
    this.updateDelayer.trigger(() => void this.flush(), UPDATE_DELAY_MS);
  }

  private async flush(): Promise<void> {
    await this.running;
    const uris = [...this.pending].map((uri) => vscode.Uri.parse(uri));
    this.pending.clear();
    const languages = readSettings().languages;
    for (const uri of uris) {
      if (this.isDisposed) return;
      if (isArticlePath(uri.path, languages)) await this.indexOne(uri);
    }
    if (uris.length > 0) this.didChange.fire();
  }

  private remove(uri: vscode.Uri): void {
    const key = uri.toString();
    const under = key.endsWith('/') ? key : `${key}/`;
    let dropped = false;
    for (const article of [...this.articles.keys()]) {
      if (article === key || article.startsWith(under)) dropped = this.drop(article) || dropped;
    }
    if (dropped) this.didChange.fire();
  }

  private drop(key: string): boolean {
    const article = this.articles.get(key);
    if (!article) return false;
    this.articles.delete(key);
    for (const name of article.names) {
      const entry = this.byName.get(keyOf(name));
      entry?.uris.delete(key);
      if (entry && entry.uris.size === 0) this.byName.delete(keyOf(name));
    }
    return true;
  }

  /** Reads and analyses one file; a file that cannot be read or is too large is left out. */
  private async indexOne(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    this.drop(key);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_INDEXED_FILE_BYTES || (stat.type & vscode.FileType.File) === 0) return;
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
      const settings = readSettings(uri);
      const glossary = await this.glossaries?.glossaryFor(uri).catch(() => undefined);
      const options = analyzeOptions(settings, new Date(stat.mtime).getFullYear(), glossary);
      const engineKey = `index:${key}`;
      const analysis = await this.engine.analyze(engineKey, text, options).finally(() => this.engine.forget(engineKey));
      if (!analysis) return;
      const names: IndexedName[] = [];
      for (const entity of analysis.entities) {
        if (!INDEXED_KINDS.includes(entity.kind)) continue;
        const name = { kind: entity.kind, name: entity.name };
        if (names.some((seen) => keyOf(seen) === keyOf(name))) continue;
        names.push(name);
        let entry = this.byName.get(keyOf(name));
        if (!entry) {
          entry = { name, uris: new Set() };
          this.byName.set(keyOf(name), entry);
        }
        entry.uris.add(key);
      }
      this.articles.set(key, { uri, names });
    } catch (error) {
      this.log.warn(`Workspace index: skipped ${uri.toString(true)}:`, error);
    }
  }
}
