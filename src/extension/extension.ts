import * as vscode from 'vscode';
import { commandHandlers, registerCommands } from './commands';
import { ContextKeys } from './commandIds';
import { DiagnosticsManager } from './diagnostics';
import { LanguageFeatures } from './languageFeatures';
import { registerOutlineView } from './outlineView';
import { AnalysisCache } from './workspaceCache';

/**
 * Wires the adapters to one shared analysis cache. Activated by `onLanguage:` events only (see
 * package.json), so it costs nothing until an article is opened.
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Copydesk', { log: true });
  const cache = new AnalysisCache(log);
  context.subscriptions.push(
    log,
    cache,
    new DiagnosticsManager(cache),
    new LanguageFeatures(cache),
    registerOutlineView(cache),
    registerCommands(commandHandlers(cache, log)),
  );
  void vscode.commands.executeCommand('setContext', ContextKeys.active, true);
  log.info('Copydesk activated');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
