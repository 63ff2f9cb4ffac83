import * as vscode from 'vscode';

/** How many of the latest messages `copydesk._debugState` shows. */
const KEPT = 20;

/**
 * What Copydesk tells the user: a notification, also written to the output channel. The latest
 * messages are kept for `copydesk._debugState` (the robustness tests read them). The one place that
 * shows notifications, so that a message is worded and logged the same way wherever it comes from.
 */
export class UserMessages {
  private readonly shown: string[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {}

  warn(message: string): void {
    this.keep(message);
    this.log.warn(message);
    void vscode.window.showWarningMessage(message);
  }

  inform(message: string): void {
    this.keep(message);
    this.log.info(message);
    void vscode.window.showInformationMessage(message);
  }

  /** The latest messages, oldest first. */
  latest(): string[] {
    return [...this.shown];
  }

  private keep(message: string): void {
    this.shown.push(message);
    if (this.shown.length > KEPT) this.shown.shift();
  }
}
