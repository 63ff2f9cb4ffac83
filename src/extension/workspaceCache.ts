import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions, Span } from '../core';
import { analyzeOptions } from './analyzeOptions';
import type { Settings } from './configuration';
import { Disposable } from './dispose';
import type { AnalysisEngine } from './engine';
import type { GlossarySource } from './glossary';
import type { SizeLimitNotice } from './sizeLimitNotice';

/** One document version's analysis, shared by every feature. */
export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** The analysed text: the document's text at `version`, cut at `copydesk.maxFileSize`. */
  readonly text: string;
  readonly analysis: Analysis;
  readonly truncated: boolean;
  /** Sentence spans of `text`: the analysis's own (the core split them once, after any front matter). */
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
 * logged, never thrown. Caching only: settings, messages and the status bar live apart
 * (configuration.ts, userMessages.ts, sizeLimitNotice.ts).
 */
export class AnalysisCache extends Disposable {
  private readonly entries = new Map<string, Entry>();
  /** One incremental analyzer per open document (same result as analyzeArticle), off this thread where the platform allows. */
  private readonly engine: AnalysisEngine;

  private readonly didAnalyze = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** A new analysis is available for a document. */
  readonly onDidAnalyze = this.didAnalyze.event;

  private readonly didInvalidate = this.register(new vscode.EventEmitter<void>());
  /** Every analysis was dropped (settings changed, or a refresh was asked for): recompute what is shown. */
  readonly onDidInvalidate = this.didInvalidate.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly settings: Settings,
    /** Owned by the cache from here on: the Node entry passes the worker thread, the web entry the in-thread engine. */
    engine: AnalysisEngine,
    private readonly sizeLimit: SizeLimitNotice,
    private readonly glossaries?: GlossarySource,
    /** Replaces the engine (tests). */
    private readonly analyze?: Analyzer,
  ) {
    super();
    this.engine = this.register(engine);
    if (glossaries) this.register(glossaries.onDidChange(() => this.invalidate()));
    this.register(settings.onDidChange(() => this.invalidate()));
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
      }),
    );
  }

  /** Whether `copydesk.languages` (for this document's folder) covers the document. */
  isEnabled(document: vscode.TextDocument): boolean {
    return this.settings.isEnabled(document);
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
    const settings = this.settings.for(uri);
    const fullText = document.getText();
    const truncated = fullText.length > settings.maxFileSize;
    const text = truncated ? fullText.slice(0, settings.maxFileSize) : fullText;
    this.sizeLimit.record(uri, fullText.length, truncated ? settings.maxFileSize : undefined);

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
      return { uri, version, text, analysis, truncated, sentences: () => analysis.sentences };
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

  /** What `copydesk._debugState` shows: sizes of what is kept per document. */
  debugState(): Record<string, unknown> {
    return {
      cacheEntries: this.entries.size,
      // Only the worker engine keeps queues worth counting.
      engine: (this.engine as Partial<{ debugState(): unknown }>).debugState?.(),
    };
  }
}
