import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { ContextKeys } from './commandIds';
import { Disposable } from './dispose';
import { registerDocumentSymbols } from './documentSymbols';
import { registerHover } from './hover';
import { registerSemanticTokens } from './semanticTokens';
import { type AnalysisCache, documentSelector, readSettings } from './workspaceCache';

/**
 * The providers, registered for the languages `copydesk.languages` enables. They are registered
 * again whenever the analyses are dropped (a setting changed, or a refresh): a document selector is
 * fixed at registration, and VS Code keeps the outline of an unchanged document until its providers
 * change.
 */
export class LanguageFeatures extends Disposable {
  private registrations: vscode.Disposable | undefined;

  constructor(private readonly cache: AnalysisCache) {
    super();
    this.register({ dispose: () => this.registrations?.dispose() });
    this.register(cache.onDidInvalidate(() => this.update()));
    this.update();
  }

  private update(): void {
    this.registrations?.dispose();
    const { languages } = readSettings();
    void vscode.commands.executeCommand('setContext', ContextKeys.enabledLanguages, languages);
    const selector = documentSelector(languages);
    this.registrations = vscode.Disposable.from(
      registerHover(selector, this.cache),
      registerDocumentSymbols(selector, this.cache),
      registerCodeActions(selector, this.cache),
      registerSemanticTokens(selector, this.cache),
    );
  }
}
