import * as vscode from 'vscode';
import { Disposable } from './dispose';
import type { UserMessages } from './userMessages';

/**
 * Says when an article is checked only in part (`copydesk.maxFileSize`): once per open document in a
 * message, and in the status bar while such a document is the active editor's.
 */
export class SizeLimitNotice extends Disposable {
  /** Documents whose latest analysis covered only their first part: the status bar note of each. */
  private readonly notes = new Map<string, string>();
  /** Documents already named in a message since they were opened. */
  private readonly told = new Set<string>();
  private readonly item = this.register(vscode.window.createStatusBarItem('copydesk.limits', vscode.StatusBarAlignment.Right));

  constructor(private readonly messages: UserMessages) {
    super();
    this.item.name = 'Copydesk size limit';
    this.item.command = 'copydesk.showOutput';
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)));
  }

  /** An analysis of `uri` covered `limit` of its `length` characters, or all of them (`limit` undefined). */
  record(uri: vscode.Uri, length: number, limit: number | undefined): void {
    const key = uri.toString();
    if (limit === undefined) {
      if (this.notes.delete(key)) this.update();
      return;
    }
    const name = uri.path.split('/').pop() ?? key;
    const first = limit.toLocaleString('en-US');
    const of = length.toLocaleString('en-US');
    this.notes.set(key, `Copydesk checks the first ${first} of ${of} characters of ${name}`);
    this.update();
    if (this.told.has(key)) return;
    this.told.add(key);
    this.messages.inform(`Copydesk checks only the first ${first} of ${of} characters of ${name} (setting copydesk.maxFileSize).`);
  }

  debugState(): Record<string, unknown> {
    return { truncationReported: this.told.size, truncated: [...this.notes.keys()], limitStatus: this.item.text };
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.told.delete(key);
    if (this.notes.delete(key)) this.update();
  }

  /** Shown while the active editor's document is analysed only in part. */
  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const note = uri === undefined ? undefined : this.notes.get(uri);
    if (note === undefined) {
      this.item.hide();
      return;
    }
    this.item.text = '$(warning) Copydesk: first part only';
    this.item.tooltip = `${note} (setting copydesk.maxFileSize).`;
    this.item.show();
  }
}
