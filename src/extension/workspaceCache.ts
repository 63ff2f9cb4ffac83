import * as vscode from 'vscode';
import { AnalysisWorker } from './analysisWorker';
import { splitSentences } from '../core/text/sentences';
import type { Analysis, AnalyzeOptions, Span } from '../core/types';
import { Disposable } from './dispose';
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
  /** Off this thread: one incremental analyzer per open document (same result as analyzeArticle). */
  private readonly engine: AnalysisWorker;
  private readonly truncationReported = new Set<string>();

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
  ) {
    super();
    this.engine = this.register(new AnalysisWorker(undefined, (error) => this.log.error('The analysis worker failed:', error)));
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
      }),
    );
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
    if (this.isDisposed || !this.isEnabled(document)) return Promise.resolve(undefined);
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
    const settings = readSettings(uri);
    const fullText = document.getText();
    const truncated = fullText.length > settings.maxFileSize;
    const text = truncated ? fullText.slice(0, settings.maxFileSize) : fullText;
    if (truncated) this.reportTruncation(uri, fullText.length, settings.maxFileSize);

    const [datelineYear, glossary] = await Promise.all([
      this.modificationYear(document),
      this.glossaries?.glossaryFor(uri).catch((error: unknown) => {
        this.log.error('Reading the glossary failed:', error);
        return undefined;
      }),
    ]);
    const options: AnalyzeOptions = {
      referenceDate: settings.referenceDate,
      datelineYear,
      today: localIsoDay(new Date()),
      rules: settings.rules,
      apStyle: settings.apStyle,
      knownAcronyms: settings.knownAcronyms,
      glossary,
    };
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

  private reportTruncation(uri: vscode.Uri, length: number, maxFileSize: number): void {
    const key = uri.toString();
    if (this.truncationReported.has(key)) return;
    this.truncationReported.add(key);
    const name = uri.path.split('/').pop() ?? key;
    const message =
      `Copydesk checks only the first ${maxFileSize.toLocaleString('en-US')} of ` +
      `${length.toLocaleString('en-US')} characters of ${name} (setting copydesk.maxFileSize).`;
    this.log.info(message);
    void vscode.window.showInformationMessage(message);
  }
}

/** Today as the user's calendar shows it, `YYYY-MM-DD`. */
function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
