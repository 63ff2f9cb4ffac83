import * as vscode from 'vscode';
import { commandHandlers, registerCommands } from './commands';
import { ContextKeys } from './commandIds';
import { DiagnosticsManager } from './diagnostics';
import { GlossaryService } from './glossary';
import { LanguageFeatures } from './languageFeatures';
import { registerOutlineView } from './outlineView';
import { TimelinePanel } from './timeline';
import { AnalysisCache } from './workspaceCache';

/**
 * Wires the adapters to one shared analysis cache. Activated by `onLanguage:` events only (see
 * package.json), so it costs nothing until an article is opened.
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Copydesk', { log: true });
  const glossaries = new GlossaryService(log);
  // No engine given: each document gets the core's incremental analyzer (see AnalysisCache).
  const cache = new AnalysisCache(log, undefined, glossaries);
  const timeline = new TimelinePanel(cache, log);
  context.subscriptions.push(
    log,
    glossaries,
    cache,
    timeline,
    new DiagnosticsManager(cache),
    new LanguageFeatures(cache, glossaries),
    registerOutlineView(cache),
    registerCommands(commandHandlers({ cache, glossaries, timeline, log })),
  );
  void vscode.commands.executeCommand('setContext', ContextKeys.active, true);
  log.info('Copydesk activated');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
