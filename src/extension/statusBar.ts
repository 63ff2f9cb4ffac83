import * as vscode from 'vscode';
import { OUTLINE_VIEW_ID } from './commandIds';
import { Delayer } from './delayer';
import { Disposable } from './dispose';
import { pluralize } from './labels';
import type { AnalysisCache } from './workspaceCache';

/** Typing fires an analysis per pause; the counts settle with them. */
const UPDATE_DELAY_MS = 100;

/**
 * The active article's counts in the status bar (`$(person) 18 $(warning) 3`: names, findings);
 * clicking opens the Copydesk view. Hidden when the active editor is not an article Copydesk checks.
 */
export class ArticleStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('copydesk.article', vscode.StatusBarAlignment.Right, 100));
  private readonly delayer = this.register(new Delayer());
  private ticket = 0;

  constructor(private readonly cache: AnalysisCache) {
    super();
    this.item.name = 'Copydesk';
    this.item.command = `${OUTLINE_VIEW_ID}.focus`;
    this.register(vscode.window.onDidChangeActiveTextEditor(() => void this.update()));
    this.register(cache.onDidAnalyze((uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.schedule();
    }));
    this.register(cache.onDidInvalidate(() => this.schedule()));
  }

  /** Shows the active editor's counts; then it follows the editor and its analyses (called after activation). */
  start(): void {
    void this.update();
  }

  private schedule(): void {
    this.delayer.trigger(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const ticket = ++this.ticket;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.cache.isEnabled(document)) {
      this.item.hide();
      return;
    }
    const result = await this.cache.get(document);
    if (ticket !== this.ticket || this.isDisposed) return;
    if (!result) {
      this.item.hide();
      return;
    }
    const { entities, findings } = result.analysis;
    this.item.text = `$(person) ${entities.length} $(warning) ${findings.length}`;
    this.item.tooltip = `Copydesk: ${pluralize(entities.length, 'name')} (people, organizations, places), ${pluralize(findings.length, 'finding')}. Click to open the Copydesk view.`;
    this.item.show();
  }
}
