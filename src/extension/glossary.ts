import * as vscode from 'vscode';
import { type Glossary, type GlossaryProblem, parseGlossary } from '../core';
import { Delayer } from './delayer';
import type { Settings } from './configuration';
import { DIAGNOSTIC_SOURCE, RULES_DOCUMENTATION } from './diagnosticCodes';
import { Disposable } from './dispose';

export type GlossaryFormat = 'json' | 'yaml';

/** Where a workspace folder's glossary is, or would be created. */
export interface GlossaryLocation {
  readonly uri: vscode.Uri;
  readonly format: GlossaryFormat;
}

/** A glossary as read from its file: the usable entries (possibly none). */
export interface LoadedGlossary extends GlossaryLocation {
  readonly glossary: Glossary;
}

/** What the analysis cache needs from the glossary: one per document, and word of any change. */
export interface GlossarySource {
  glossaryFor(uri: vscode.Uri): Promise<Glossary | undefined>;
  readonly onDidChange: vscode.Event<void>;
}

/** Looked for in this order when `copydesk.glossaryPath` is empty. */
const DEFAULT_PATHS = ['.copydesk/glossary.json', '.copydesk/glossary.yaml', '.copydesk/glossary.yml'];
const DEFAULT_PATTERN = '.copydesk/glossary.{json,yaml,yml}';

/** Saving a file can fire change and create together: reload once. */
const RELOAD_DELAY_MS = 50;

/**
 * The newsroom glossary of each workspace folder: read with `workspace.fs` on first use, read again
 * when its file changes, is created or deleted (or `copydesk.glossaryPath` changes), and never read
 * in an untrusted workspace (the file and the setting come with the workspace). Problems in the file
 * are diagnostics on the file itself; entries that parse are still used. No file: no glossary, no
 * message.
 */
export class GlossaryService extends Disposable implements GlossarySource {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('copydesk-glossary'));
  private readonly loaded = new Map<string, Promise<LoadedGlossary | undefined>>();
  /** The glossary file of each folder that has diagnostics, to clear them on the next read. */
  private readonly diagnosed = new Map<string, vscode.Uri>();
  /** Bumped on every reset: a read started before it publishes nothing. */
  private generation = 0;
  private watchers: vscode.Disposable | undefined;
  private readonly reloadDelayer = this.register(new Delayer());

  private readonly didChange = this.register(new vscode.EventEmitter<void>());
  /** A glossary may have changed: analyses that used it are out of date. */
  readonly onDidChange = this.didChange.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly settings: Settings,
  ) {
    super();
    this.register({ dispose: () => this.watchers?.dispose() });
    this.register(
      settings.onDidChange((e) => {
        if (e.affectsConfiguration('copydesk.glossaryPath')) this.reset();
      }),
    );
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reset()));
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.reset()));
  }

  /**
   * Starts watching the glossary files (once; reset() watches afresh). Called after activation: the
   * watchers read `copydesk.glossaryPath` per folder, VS Code's first merge of that folder's settings.
   */
  start(): void {
    if (!this.watchers && !this.isDisposed) this.watch();
  }

  /** The glossary of the document's workspace folder (of the only folder, for untitled documents). */
  async glossaryFor(uri: vscode.Uri): Promise<Glossary | undefined> {
    const folder = folderOf(uri);
    return folder ? (await this.loadedFor(folder))?.glossary : undefined;
  }

  /** The folder's glossary as read; undefined when there is none or the workspace is not trusted. */
  loadedFor(folder: vscode.WorkspaceFolder): Promise<LoadedGlossary | undefined> {
    if (!vscode.workspace.isTrusted) return Promise.resolve(undefined);
    const key = folder.uri.toString();
    let result = this.loaded.get(key);
    if (!result) {
      result = this.load(folder, this.generation);
      this.loaded.set(key, result);
    }
    return result;
  }

  /** Where the folder's glossary is, or where a new one goes: the setting, else the first default that exists. */
  async locationFor(folder: vscode.WorkspaceFolder): Promise<GlossaryLocation & { readonly exists: boolean }> {
    const candidates = this.candidates(folder);
    for (const candidate of candidates) {
      if (await exists(candidate.uri)) return { ...candidate, exists: true };
    }
    return { ...candidates[0], exists: false };
  }

  /** Forgets every glossary read so far and tells the analyses to start again. */
  reset(): void {
    this.generation++;
    this.loaded.clear();
    this.collection.clear();
    this.diagnosed.clear();
    this.watch();
    this.didChange.fire();
  }

  private candidates(folder: vscode.WorkspaceFolder): GlossaryLocation[] {
    const configured = this.settings.for(folder.uri).glossaryPath;
    const paths = configured ? [configured] : DEFAULT_PATHS;
    return paths.map((path) => ({ uri: resolvePath(folder, path), format: /\.ya?ml$/i.test(path) ? 'yaml' : 'json' }));
  }

  private async load(folder: vscode.WorkspaceFolder, generation: number): Promise<LoadedGlossary | undefined> {
    const key = folder.uri.toString();
    for (const candidate of this.candidates(folder)) {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(candidate.uri);
      } catch (error) {
        if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
          this.log.warn(`Could not read the glossary ${candidate.uri.toString(true)}:`, error);
        }
        continue;
      }
      // TextDecoder drops a byte order mark.
      const source = new TextDecoder('utf-8').decode(bytes);
      const { glossary, problems } = parseGlossary(source, candidate.format);
      if (generation === this.generation) this.publish(key, candidate.uri, source, problems, glossary.entries.length);
      this.log.info(
        `Glossary ${candidate.uri.toString(true)}: ${glossary.entries.length} entries` +
          (problems.length > 0 ? `, ${problems.length} problem(s)` : ''),
      );
      return { ...candidate, glossary };
    }
    if (generation === this.generation) this.publish(key, undefined, '', [], 0);
    return undefined;
  }

  private publish(
    folderKey: string,
    uri: vscode.Uri | undefined,
    source: string,
    problems: readonly GlossaryProblem[],
    usable: number,
  ): void {
    const previous = this.diagnosed.get(folderKey);
    if (previous) this.collection.delete(previous);
    this.diagnosed.delete(folderKey);
    if (!uri || problems.length === 0) return;
    this.collection.set(uri, problems.map((problem) => problemDiagnostic(source, problem, usable)));
    this.diagnosed.set(folderKey, uri);
  }

  /** One watcher per folder on its glossary file(s); replaced whenever the folders or the setting change. */
  private watch(): void {
    this.watchers?.dispose();
    const watchers: vscode.Disposable[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const configured = this.settings.for(folder.uri).glossaryPath;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, configured || DEFAULT_PATTERN));
      const changed = () => this.reload(folder);
      watchers.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
    }
    this.watchers = vscode.Disposable.from(...watchers);
  }

  /** Reads the folder's glossary again (its file changed), then tells the analyses. */
  reload(folder: vscode.WorkspaceFolder): void {
    this.generation++;
    this.loaded.delete(folder.uri.toString());
    this.reloadDelayer.trigger(() => {
      if (this.isDisposed) return;
      // Read it now, so that a broken file is reported even when no article is open.
      void this.loadedFor(folder);
      this.didChange.fire();
    }, RELOAD_DELAY_MS);
  }
}

/** The document's workspace folder; an untitled article takes the workspace's only folder. */
export function folderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return vscode.workspace.getWorkspaceFolder(uri) ?? (folders.length === 1 ? folders[0] : undefined);
}

/** `copydesk.glossaryPath` is relative to the folder: `style/glossary.yaml`. */
function resolvePath(folder: vscode.WorkspaceFolder, path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, path.replace(/\\/g, '/'));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * A problem at a 1-based line and column, underlined to the end of its line: an error when nothing
 * in the file could be used (a syntax error), a warning when only this entry is skipped.
 */
function problemDiagnostic(source: string, problem: GlossaryProblem, usable: number): vscode.Diagnostic {
  const lines = source.split(/\r\n|\r|\n/);
  const line = Math.min(Math.max(problem.line - 1, 0), lines.length - 1);
  const text = lines[line] ?? '';
  const column = Math.min(Math.max(problem.column - 1, 0), text.length);
  const end = text.trimEnd().length > column ? text.trimEnd().length : Math.min(column + 1, text.length);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(line, column, line, Math.max(end, column)),
    usable > 0 ? `${problem.message} The other entries are used.` : `${problem.message} Copydesk ignores the glossary until it is fixed.`,
    usable > 0 ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: 'glossary.invalid', target: RULES_DOCUMENTATION.with({ fragment: 'glossary' }) };
  return diagnostic;
}
