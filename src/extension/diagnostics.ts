import * as vscode from 'vscode';
import type { Finding, Severity } from '../core';
import type { Settings } from './configuration';
import { Delayer } from './delayer';
import { DIAGNOSTIC_SOURCE, RULES_DOCUMENTATION } from './diagnosticCodes';
import { Disposable } from './dispose';
import { toRange } from './ranges';
import type { AnalysisCache, DocumentAnalysis } from './workspaceCache';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export interface DiagnosticsOptions {
  /** Quiet time after an edit before publishing; tests pass 0. Defaults to `copydesk.debounceMs`. */
  readonly delayMs?: number;
}

/**
 * Publishes findings as diagnostics: one collection, one delayer per document, a pending set of the
 * documents whose diagnostics are out of date. A document's diagnostics go when it closes, and a
 * result is published only if it belongs to the document's current version.
 */
export class DiagnosticsManager extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  /** Documents waiting for new diagnostics, each with its own delayer. */
  private readonly pending = new Map<string, Delayer>();
  /** Counts updates per document, so that only the latest one publishes. */
  private ticket = 0;
  private readonly latestTicket = new Map<string, number>();

  constructor(
    private readonly cache: AnalysisCache,
    private readonly settings: Settings,
    private readonly options: DiagnosticsOptions = {},
  ) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document)));
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
    );
    this.register(vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)));
    this.register(cache.onDidInvalidate(() => this.scheduleAll()));
    this.register({ dispose: () => this.cancelAll() });
  }

  /**
   * Recomputes every open document's diagnostics: after activation (the documents already open), and
   * after a settings change or a refresh.
   */
  scheduleAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (this.isDisposed) return;
    if (!this.cache.isEnabled(document)) {
      this.forget(document.uri);
      return;
    }
    const key = document.uri.toString();
    let delayer = this.pending.get(key);
    if (!delayer) {
      delayer = new Delayer();
      this.pending.set(key, delayer);
    }
    const ticket = ++this.ticket;
    this.latestTicket.set(key, ticket);
    const delayMs = this.options.delayMs ?? this.settings.for(document.uri).debounceMs;
    delayer.trigger(() => void this.publish(document, ticket), delayMs);
  }

  private async publish(document: vscode.TextDocument, ticket: number): Promise<void> {
    const key = document.uri.toString();
    const result = await this.cache.get(document);
    // A later edit or settings change has its own update coming; a closed document has none.
    if (this.isDisposed || document.isClosed || this.latestTicket.get(key) !== ticket) return;
    if (result && result.version !== document.version) return;
    this.pending.delete(key);
    this.collection.set(document.uri, result ? toDiagnostics(document, result) : []);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.pending.get(key)?.dispose();
    this.pending.delete(key);
    this.latestTicket.delete(key);
    this.collection.delete(uri);
  }

  /** Part of `copydesk._debugState` (extension.ts): what the robustness tests check for leaks. */
  debugState(): Record<string, unknown> {
    const published: string[] = [];
    this.collection.forEach((uri, diagnostics) => {
      if (diagnostics.length > 0) published.push(uri.toString());
    });
    return { pending: [...this.pending.keys()], tickets: this.latestTicket.size, published };
  }

  private cancelAll(): void {
    for (const delayer of this.pending.values()) delayer.dispose();
    this.pending.clear();
    this.latestTicket.clear();
  }
}

export function toDiagnostics(document: vscode.TextDocument, result: DocumentAnalysis): vscode.Diagnostic[] {
  return result.analysis.findings.map((finding) => toDiagnostic(document, finding));
}

function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, finding), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: RULES_DOCUMENTATION };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map(
      (related) =>
        new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, related)), related.message),
    );
  }
  return diagnostic;
}

/** The rule id of a Copydesk diagnostic (its `code.value`), or undefined for anyone else's. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}
