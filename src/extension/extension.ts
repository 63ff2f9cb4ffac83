import * as vscode from 'vscode';
import { afterActivation } from './afterActivation';
import { commandHandlers, registerCommands } from './commands';
import { ContextKeys } from './commandIds';
import { Settings } from './configuration';
import { DiagnosticsManager } from './diagnostics';
import { GlossaryService } from './glossary';
import { StorageIndexStore } from './indexStorage';
import { LanguageFeatures } from './languageFeatures';
import { registerOutlineView } from './outlineView';
import { createEngine, PLATFORM } from './platform/node';
import { SizeLimitNotice } from './sizeLimitNotice';
import { ArticleStatusBar } from './statusBar';
import { TimelinePanel } from './timeline';
import { UserMessages } from './userMessages';
import { AnalysisCache } from './workspaceCache';
import { WorkspaceIndex } from './workspaceIndex';

/**
 * Wires the adapters to one shared analysis cache. Activated by `onLanguage:` events only (see
 * package.json), so it costs nothing until an article is opened. The same file is the Node entry
 * (dist/extension.js) and the web entry (dist/web/extension.js): esbuild swaps `./platform/node`
 * for `./platform/web` there, so the engine runs in a worker thread or in this thread.
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Copydesk', { log: true });
  const messages = new UserMessages(log);
  const settings = new Settings(messages);
  const sizeLimit = new SizeLimitNotice(messages);
  const glossaries = new GlossaryService(log, settings);
  const engine = createEngine((error) => log.error('The analysis worker failed:', error));
  // Each document gets the core's incremental analyzer in the engine (see AnalysisCache).
  const cache = new AnalysisCache(log, settings, engine, sizeLimit, glossaries);
  const timeline = new TimelinePanel(cache, log);
  // Built in the background a moment after activation, through the same engine.
  // Stored in the workspace's extension storage (context.storageUri): built once, then updated.
  const indexEngineId = `copydesk ${String((context.extension as vscode.Extension<unknown> | undefined)?.packageJSON?.version ?? 'dev')}`;
  const index = new WorkspaceIndex(engine, log, new StorageIndexStore(context.storageUri), indexEngineId, glossaries);
  const outline = registerOutlineView(cache, index);
  const diagnostics = new DiagnosticsManager(cache, settings);
  const statusBar = new ArticleStatusBar(cache);
  context.subscriptions.push(
    log,
    settings,
    sizeLimit,
    glossaries,
    cache,
    timeline,
    index,
    diagnostics,
    new LanguageFeatures(cache, settings, glossaries, index),
    outline.disposable,
    statusBar,
    registerCommands(
      commandHandlers({ cache, glossaries, timeline, log, index, setViewMode: (mode) => outline.provider.setMode(mode) }),
    ),
    // Hidden (not in package.json): what the robustness tests check for leaks after many documents.
    vscode.commands.registerCommand('copydesk._debugState', () => ({
      ...diagnostics.debugState(),
      ...cache.debugState(),
      ...sizeLimit.debugState(),
      notices: messages.latest(),
    })),
  );
  // activate() registers what VS Code asks for (providers, commands, the view); what reads settings
  // per folder, watches files or reads the open documents starts right after it returns.
  context.subscriptions.push(
    afterActivation(() => {
      glossaries.start();
      diagnostics.scheduleAll();
      statusBar.start();
    }),
  );
  void vscode.commands.executeCommand('setContext', ContextKeys.active, true);
  log.info(`Copydesk activated (${PLATFORM === 'web' ? 'web worker extension host, analysis in-thread' : 'Node extension host'})`);
  // The harness's web check looks for this line in the page's console (VS Code forwards it there).
  if (PLATFORM === 'web') console.log('Copydesk activated in the web worker extension host');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
