import * as vscode from 'vscode';
import { ArchiveIndex, articleNames, type EntityKind, type FoundFile, INDEXED_KINDS as ARCHIVE_KINDS, isArchivePath } from '../core';
import { analyzeOptions } from './analyzeOptions';
import { articleGlob, isArticlePath } from './articleFiles';
import { Delayer } from './delayer';
import { Disposable } from './dispose';
import type { AnalysisEngine } from './engine';
import type { GlossarySource } from './glossary';
import { readSettings } from './configuration';
import { contentHash, type IndexStore } from './indexStorage';

/** Kinds the index maps: a place named in two articles says little about either. */
export const INDEXED_KINDS: readonly EntityKind[] = ARCHIVE_KINDS;

/** Saves, creations and deletions arrive in bursts: re-index once they settle. */
const UPDATE_DELAY_MS = 300;
/** The first article's own analysis goes first: the index starts a moment after activation. */
const START_DELAY_MS = 1000;
/** Writing the stored index waits for a quiet moment: one write for a burst of saves. */
const SAVE_DELAY_MS = 2000;
/** During the first build, the stored index is written after every so many articles: a restart resumes there. */
const SAVE_EVERY = 500;
/** Files stat-ed or read at once: the file system answers in parallel, the engine analyses one by one. */
const IO_BATCH = 32;

/** A name as the index keys it: kind and canonical name (matched case folded, aliases too). */
export interface IndexedName {
  readonly kind: EntityKind;
  readonly name: string;
}

interface FolderIndex {
  readonly folder: vscode.WorkspaceFolder;
  index: ArchiveIndex;
  dirty: boolean;
}

/**
 * The people and organizations each article of the open folders names, for "appears in N other
 * articles" in the hover, "Show Articles Naming This" and the Copydesk view's workspace mode. One
 * archive index per workspace folder (src/core/archive, the format `copydesk index` writes), stored
 * in the extension's storage for the workspace: at start only new and changed files (size or time,
 * then content hash) are analysed again, through the same engine as the editor; afterwards files are
 * updated as they are saved, created and deleted. No cap on the number of files: `files.exclude`
 * (through `workspace.findFiles`) and the dot-folder rule of the CLI decide what is an article.
 */
export class WorkspaceIndex extends Disposable {
  private readonly folders = new Map<string, FolderIndex>();
  private readonly pending = new Set<string>();
  private readonly updateDelayer = this.register(new Delayer());
  private readonly saveDelayer = this.register(new Delayer());
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
    private readonly store: IndexStore,
    /** Written into the stored index: an index made by another version of the engine is rebuilt. */
    private readonly engineId: string,
    private readonly glossaries?: GlossarySource,
    startDelayMs = START_DELAY_MS,
  ) {
    super();
    this.register({ dispose: () => this.watcher?.dispose() });
    const startTimer = setTimeout(() => this.start(), startDelayMs);
    this.register({ dispose: () => clearTimeout(startTimer) });
    // Written on the way out too: what was indexed since the last write is not lost.
    this.register({ dispose: () => void this.saveAll() });
    this.register(vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document.uri)));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.started && e.affectsConfiguration('copydesk.languages')) this.rebuild();
      }),
    );
  }

  /** Articles naming `name` (its canonical name or an alias, of its kind), sorted by path (the index may still be building). */
  articlesNaming(name: IndexedName): vscode.Uri[] {
    if (!INDEXED_KINDS.includes(name.kind)) return [];
    const kind = name.kind as (typeof ARCHIVE_KINDS)[number];
    const uris: vscode.Uri[] = [];
    for (const { folder, index } of this.folders.values()) {
      for (const hit of index.who(name.name, kind)) uris.push(uriOf(folder, hit.path));
    }
    return uris.sort((a, b) => compareText(a.toString(), b.toString()));
  }

  /** Every indexed name with the articles that give it, most widely named first. */
  names(): { readonly name: IndexedName; readonly uris: readonly vscode.Uri[] }[] {
    const merged = new Map<string, { name: IndexedName; uris: vscode.Uri[] }>();
    for (const { folder, index } of this.folders.values()) {
      for (const entry of index.names()) {
        const key = `${entry.kind}:${entry.name.toLocaleLowerCase('en-US')}`;
        let names = merged.get(key);
        if (!names) merged.set(key, (names = { name: { kind: entry.kind, name: entry.name }, uris: [] }));
        names.uris.push(...entry.paths.map((path) => uriOf(folder, path)));
      }
    }
    return [...merged.values()].sort((a, b) => b.uris.length - a.uris.length || a.name.name.localeCompare(b.name.name));
  }

  get size(): number {
    let size = 0;
    for (const { index } of this.folders.values()) size += index.size;
    return size;
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
    this.folders.clear();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!glob || folders.length === 0) {
      this.didChange.fire();
      return;
    }
    const languages = readSettings().languages;
    for (const folder of folders) {
      const started = Date.now();
      const stale = () => generation !== this.generation || this.isDisposed;
      const stored = await this.store.load(folder.uri);
      const entry: FolderIndex = { folder, index: ArchiveIndex.fromJSON(stored.base, this.engineId, stored.journal), dirty: false };
      if (stale()) return;
      this.folders.set(folder.uri.toString(), entry);
      const loaded = entry.index.size;
      // No exclude argument: `files.exclude` applies. No limit: an archive is as large as it is.
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob));
      const found: FoundFile[] = [];
      for (let i = 0; i < uris.length; i += IO_BATCH) {
        if (stale()) return;
        const batch = uris.slice(i, i + IO_BATCH).flatMap((uri) => {
          const path = relativePath(folder, uri);
          return path !== undefined && isArchivePath(path) && isArticlePath(path, languages) ? [{ uri, path }] : [];
        });
        found.push(...(await Promise.all(batch.map(({ uri, path }) => this.statOf(uri, path)))));
        progress.report({ message: `${found.length}/${uris.length} files checked` });
      }
      const plan = entry.index.plan(found);
      for (const path of plan.removed) entry.index.remove(path);
      entry.dirty = plan.removed.length > 0;
      let analysed = 0;
      for (let i = 0; i < plan.check.length; i++) {
        if (stale()) return;
        progress.report({ message: `${i + 1}/${plan.check.length} new or changed articles` });
        if (await this.indexOne(entry, uriOf(folder, plan.check[i].path))) analysed++;
        if ((i + 1) % SAVE_EVERY === 0) await this.save(entry);
      }
      await this.save(entry);
      this.log.info(
        `Workspace index of ${folder.name}: ${entry.index.size} articles (${loaded} stored, ${analysed} analysed, ` +
          `${plan.removed.length} removed) in ${Date.now() - started} ms`,
      );
      this.didChange.fire();
    }
  }

  private async statOf(uri: vscode.Uri, path: string): Promise<FoundFile> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      return { path, size: stat.size, mtime: stat.mtime };
    } catch {
      return { path };
    }
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
    let changed = false;
    for (const uri of uris) {
      if (this.isDisposed) return;
      const entry = this.folderOf(uri);
      const path = entry && relativePath(entry.folder, uri);
      if (!entry || path === undefined || !isArchivePath(path) || !isArticlePath(path, languages)) continue;
      changed = (await this.indexOne(entry, uri)) || changed;
    }
    if (changed) {
      this.didChange.fire();
      this.saveDelayer.trigger(() => void this.saveAll(), SAVE_DELAY_MS);
    }
  }

  private remove(uri: vscode.Uri): void {
    const entry = this.folderOf(uri);
    const path = entry && relativePath(entry.folder, uri);
    if (!entry || path === undefined) return;
    if (entry.index.removeUnder(path) > 0) {
      entry.dirty = true;
      this.didChange.fire();
      this.saveDelayer.trigger(() => void this.saveAll(), SAVE_DELAY_MS);
    }
  }

  /**
   * Brings one file's entry up to date: unchanged content (same hash) keeps its names; otherwise the
   * file is analysed. Returns whether the names may have changed. A file that cannot be read, is
   * no file, or is beyond `copydesk.maxFileSize` is left out.
   */
  private async indexOne(entry: FolderIndex, uri: vscode.Uri): Promise<boolean> {
    const path = relativePath(entry.folder, uri);
    if (path === undefined) return false;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const settings = readSettings(uri);
      if ((stat.type & vscode.FileType.File) === 0 || stat.size > settings.maxFileSize) {
        entry.dirty = entry.index.remove(path) || entry.dirty;
        return false;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      const hash = await contentHash(bytes);
      const known = entry.index.get(path);
      if (known?.hash === hash) {
        entry.index.touch(path, stat.size, stat.mtime);
        entry.dirty = true;
        return false;
      }
      const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      const glossary = await this.glossaries?.glossaryFor(uri).catch(() => undefined);
      const options = analyzeOptions(settings, new Date(stat.mtime).getFullYear(), glossary);
      const engineKey = `index:${uri.toString()}`;
      const analysis = await this.engine.analyze(engineKey, text, options).finally(() => this.engine.forget(engineKey));
      if (!analysis) return false;
      entry.index.set(path, { hash, size: stat.size, mtime: stat.mtime, names: articleNames(text, analysis) });
      entry.dirty = true;
      return true;
    } catch (error) {
      if (entry.index.remove(path)) entry.dirty = true;
      this.log.warn(`Workspace index: skipped ${uri.toString(true)}:`, error);
      return true;
    }
  }

  private folderOf(uri: vscode.Uri): FolderIndex | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && this.folders.get(folder.uri.toString());
  }

  private async saveAll(): Promise<void> {
    for (const entry of this.folders.values()) await this.save(entry);
  }

  private async save(entry: FolderIndex): Promise<void> {
    if (!entry.dirty) return;
    entry.dirty = false;
    try {
      await this.store.save(entry.folder.uri, entry.index);
    } catch (error) {
      entry.dirty = true;
      this.log.warn('Workspace index: could not store the index:', error);
    }
  }
}

/** The path of `uri` under `folder`, `/`-separated (the archive index's key), or undefined outside it. */
function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return undefined;
  if (uri.path === folder.uri.path) return '';
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

function uriOf(folder: vscode.WorkspaceFolder, path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...path.split('/'));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
