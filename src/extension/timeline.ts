import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { isRevealMessage, timelineEntries, timelineHtml } from './timelineHtml';
import { toRange } from './ranges';
import type { AnalysisCache } from './workspaceCache';

const VIEW_TYPE = 'copydesk.timeline';

/**
 * The Timeline panel: one webview beside the editor listing the events of one article in date
 * order. It follows that article's new analyses; clicking an entry selects its text. The page runs
 * no code but its own (CSP with a nonce) and loads nothing: `localResourceRoots` is empty.
 */
export class TimelinePanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable | undefined;
  private uri: vscode.Uri | undefined;
  /** Renders run one after another; a render for an older request gives way to the newer one. */
  private renderTicket = 0;

  constructor(
    private readonly cache: AnalysisCache,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register({ dispose: () => this.panel?.dispose() });
    this.register(
      cache.onDidAnalyze((uri) => {
        if (uri.toString() === this.uri?.toString()) void this.render();
      }),
    );
    this.register(cache.onDidInvalidate(() => void this.render()));
  }

  /** Shows (or moves to) the timeline of `document`. */
  async show(document: vscode.TextDocument): Promise<void> {
    this.uri = document.uri;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = this.createPanel();
    }
    await this.render();
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    this.panelDisposables = vscode.Disposable.from(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.reveal(message)),
      panel.onDidDispose(() => {
        this.panelDisposables?.dispose();
        this.panelDisposables = undefined;
        this.panel = undefined;
      }),
    );
    return panel;
  }

  private async render(): Promise<void> {
    const { panel, uri } = this;
    if (!panel || !uri) return;
    const ticket = ++this.renderTicket;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // A closed article keeps the timeline it last had.
    if (!document) return;
    const result = await this.cache.get(document);
    if (!result || ticket !== this.renderTicket || this.panel !== panel) return;
    const title = uri.path.split('/').pop() ?? uri.toString(true);
    panel.title = `Timeline: ${title}`;
    panel.webview.html = timelineHtml({ title, entries: timelineEntries(result.analysis), nonce: nonce() });
  }

  /** A click in the page: select the event's text in the article's editor. */
  private async reveal(message: unknown): Promise<void> {
    if (!this.uri || !isRevealMessage(message)) {
      this.log.warn('Timeline: ignored a message from the page', message);
      return;
    }
    const document = await vscode.workspace.openTextDocument(this.uri);
    const range = toRange(document, message);
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: range,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** A fresh script nonce: Web Crypto, present in Node 20 and in browsers alike. */
function nonce(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
