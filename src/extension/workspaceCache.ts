import * as vscode from 'vscode';
import { splitSentences } from '../core/text/sentences';
import type { Analysis, AnalyzeOptions, Span } from '../core/types';
import { analyzeOptions } from './analyzeOptions';
import { Disposable } from './dispose';
import { type AnalysisEngine, InThreadEngine } from './engine';
import type { GlossarySource } from './glossary';
import { type CopydeskSettings, normalizeSettings, SETTINGS_SECTION } from './settings';

/** URI schemes of documents worth checking: not diff views (`git:`), output panes or settings. */
export const ANALYSED_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

/** The validated `copydesk.*` settings that apply to `resource`. */
export function readSettings(resource?: vscode.Uri): CopydeskSettings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, resource);
  return normalizeSettings((key) => configuration.get(key));
}

/** A document selector for every enabled language in every analysed scheme. */
export function documentSelector(languages: readonly string[]): vscode.DocumentFilter[] {
  return languages.flatMap((language) => ANALYSED_SCHEMES.map((scheme) => ({ language, scheme })));
}

/** One document version's analysis, shared by every feature. */
export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** The analysed text: the document's text at `version`, cut at `copydesk.maxFileSize`. */
  readonly text: string;
  readonly analysis: Analysis;
  readonly truncated: boolean;
  /** Sentence spans of `text`, computed on first use (hover snippets need them, little else does). */
  sentences(): readonly Span[];
}

interface Entry {
  readonly version: number;
  readonly result: Promise<DocumentAnalysis | undefined>;
}

/** Signature of the engine's entry point, replaceable in tests. */
export type Analyzer = (text: string, options: AnalyzeOptions) => Analysis;

/**
 * One analysis per document version, computed on first request and shared by diagnostics, hover,
 * symbols, the tree view, code actions and rename. An entry is dropped when its document changes or
 * closes, and every entry when a `copydesk.*` setting or the glossary changes. Engine errors are
 * logged, never thrown.
 */
export class AnalysisCache extends Disposable {
  private readonly entries = new Map<string, Entry>();
  /** One incremental analyzer per open document (same result as analyzeArticle), off this thread where the platform allows. */
  private readonly engine: AnalysisEngine;
  private readonly truncationReported = new Set<string>();
  /** Documents whose latest analysis covered only their first part: the status bar note for each. */
  private readonly truncatedNotes = new Map<string, string>();
  /** Settings problems already shown this session: each is reported once. */
  private readonly settingsReported = new Set<string>();
  /** The last messages shown to the user (newest last), for `copydesk._debugState`. */
  private readonly notices: string[] = [];
  private readonly limitStatus = this.register(vscode.window.createStatusBarItem('copydesk.limits', vscode.StatusBarAlignment.Right));

  private readonly didAnalyze = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** A new analysis is available for a document. */
  readonly onDidAnalyze = this.didAnalyze.event;

  private readonly didInvalidate = this.register(new vscode.EventEmitter<void>());
  /** Every analysis was dropped (settings changed, or a refresh was asked for): recompute what is shown. */
  readonly onDidInvalidate = this.didInvalidate.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** Replaces the engine (tests); by default the analysis worker runs it. */
    private readonly analyze?: Analyzer,
    private readonly glossaries?: GlossarySource,
    /** Owned by the cache from here on: the Node entry passes the worker thread, the web entry nothing. */
    engine: AnalysisEngine = new InThreadEngine(),
  ) {
    super();
    this.engine = this.register(engine);
    if (glossaries) this.register(glossaries.onDidChange(() => this.invalidate()));
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        // Saving or reverting fires this with no content change: the analysis still holds.
        if (e.contentChanges.length > 0) this.entries.delete(e.document.uri.toString());
      }),
    );
    this.register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.entries.delete(document.uri.toString());
        this.engine.forget(document.uri.toString());
        this.truncationReported.delete(document.uri.toString());
        this.truncatedNotes.delete(document.uri.toString());
      }),
    );
    this.limitStatus.name = 'Copydesk size limit';
    this.limitStatus.command = 'copydesk.showOutput';
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.updateLimitStatus()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTINGS_SECTION)) this.invalidate();
      }),
    );
  }

  /** Whether `copydesk.languages` (for this document's folder) covers the document. */
  isEnabled(document: vscode.TextDocument): boolean {
    return (
      ANALYSED_SCHEMES.includes(document.uri.scheme) && readSettings(document.uri).languages.includes(document.languageId)
    );
  }

  /** The analysis of the document's current version; undefined when disabled for it or the engine failed. */
  get(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    if (this.isDisposed || document.isClosed || !this.isEnabled(document)) return Promise.resolve(undefined);
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.result;

    const entry: Entry = { version: document.version, result: this.compute(document) };
    this.entries.set(key, entry);
    void entry.result.then((result) => {
      if (result && this.entries.get(key) === entry) this.didAnalyze.fire(document.uri);
    });
    return entry.result;
  }

  /** Drops every analysis so the next request recomputes it. */
  invalidate(): void {
    this.entries.clear();
    this.didInvalidate.fire();
  }

  private async compute(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    // Read everything that belongs to this version before the first await: the document may change.
    const { uri, version } = document;
    const settings = this.settingsFor(uri);
    const fullText = document.getText();
    const truncated = fullText.length > settings.maxFileSize;
    const text = truncated ? fullText.slice(0, settings.maxFileSize) : fullText;
    this.noteTruncation(uri, fullText.length, truncated ? settings.maxFileSize : undefined);

    const [datelineYear, glossary] = await Promise.all([
      this.modificationYear(document),
      this.glossaries?.glossaryFor(uri).catch((error: unknown) => {
        this.log.error('Reading the glossary failed:', error);
        return undefined;
      }),
    ]);
    const options = analyzeOptions(settings, datelineYear, glossary);
    // Closed, or edited again (its newer version has its own request): sending this one to the engine
    // would leave state for a closed document in the worker, or replace the newer request with it.
    if (document.isClosed || document.version !== version) return undefined;
    try {
      const started = Date.now();
      const analysis = this.analyze ? this.analyze(text, options) : await this.engine.analyze(uri.toString(), text, options);
      if (!analysis) return undefined; // a newer version was asked for before this one started
      this.log.trace(`Analysed ${uri.toString(true)} v${version} in ${Date.now() - started} ms`);
      let sentences: readonly Span[] | undefined;
      return {
        uri,
        version,
        text,
        analysis,
        truncated,
        sentences: () => (sentences ??= splitSentences(text)),
      };
    } catch (error) {
      this.log.error(`Analysis of ${uri.toString(true)} (version ${version}) failed:`, error);
      return undefined;
    }
  }

  /** A dateline has no year: a saved article takes the year it was last written, a new one this year. */
  private async modificationYear(document: vscode.TextDocument): Promise<number> {
    if (!document.isUntitled) {
      try {
        const stat = await vscode.workspace.fs.stat(document.uri);
        return new Date(stat.mtime).getFullYear();
      } catch {
        // Not readable through the file system (deleted since, or a virtual document): this year.
      }
    }
    return new Date().getFullYear();
  }

  /** What `copydesk._debugState` shows: sizes of what is kept per document, and the messages shown. */
  debugState(): Record<string, unknown> {
    return {
      cacheEntries: this.entries.size,
      truncationReported: this.truncationReported.size,
      truncated: [...this.truncatedNotes.keys()],
      limitStatus: this.limitStatus.text,
      notices: [...this.notices],
      // Only the worker engine keeps queues worth counting.
      engine: (this.engine as Partial<{ debugState(): unknown }>).debugState?.(),
    };
  }

  /** The settings for `uri`; a value ignored as invalid is reported once per session, in one message. */
  private settingsFor(uri: vscode.Uri): CopydeskSettings {
    const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri);
    const fresh: string[] = [];
    const settings = normalizeSettings(
      (key) => configuration.get(key),
      (problem) => {
        if (this.settingsReported.has(problem)) return;
        this.settingsReported.add(problem);
        fresh.push(problem);
      },
    );
    if (fresh.length > 0) {
      this.notify('warning', `Copydesk ignores invalid settings and uses their defaults: ${fresh.join('; ')}.`);
    }
    return settings;
  }

  /** Records whether this analysis covers only the first `maxFileSize` characters; says so once per open document. */
  private noteTruncation(uri: vscode.Uri, length: number, maxFileSize: number | undefined): void {
    const key = uri.toString();
    if (maxFileSize === undefined) {
      if (this.truncatedNotes.delete(key)) this.updateLimitStatus();
      return;
    }
    const name = uri.path.split('/').pop() ?? key;
    const limit = maxFileSize.toLocaleString('en-US');
    this.truncatedNotes.set(key, `Copydesk checks the first ${limit} of ${length.toLocaleString('en-US')} characters of ${name}`);
    this.updateLimitStatus();
    if (this.truncationReported.has(key)) return;
    this.truncationReported.add(key);
    this.notify(
      'information',
      `Copydesk checks only the first ${limit} of ${length.toLocaleString('en-US')} characters of ${name} (setting copydesk.maxFileSize).`,
    );
  }

  /** The status bar note: shown while the active editor's document is analysed only in part. */
  private updateLimitStatus(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const note = uri === undefined ? undefined : this.truncatedNotes.get(uri);
    if (note === undefined) {
      this.limitStatus.hide();
      return;
    }
    this.limitStatus.text = '$(warning) Copydesk: first part only';
    this.limitStatus.tooltip = `${note} (setting copydesk.maxFileSize).`;
    this.limitStatus.show();
  }

  private notify(kind: 'information' | 'warning', message: string): void {
    this.notices.push(message);
    if (this.notices.length > 20) this.notices.shift();
    if (kind === 'warning') {
      this.log.warn(message);
      void vscode.window.showWarningMessage(message);
    } else {
      this.log.info(message);
      void vscode.window.showInformationMessage(message);
    }
  }
}

