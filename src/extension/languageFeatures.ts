import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { ContextKeys } from './commandIds';
import { documentSelector, type Settings } from './configuration';
import { Disposable } from './dispose';
import { registerDocumentSymbols } from './documentSymbols';
import type { GlossarySource } from './glossary';
import { registerHover } from './hover';
import { registerNavigation } from './navigation';
import { registerSemanticTokens } from './semanticTokens';
import type { AnalysisCache } from './workspaceCache';
import type { WorkspaceIndex } from './workspaceIndex';

/**
 * The providers, registered for the languages `copydesk.languages` enables. They are registered
 * again whenever the analyses are dropped (a setting changed, or a refresh): a document selector is
 * fixed at registration, and VS Code keeps the outline of an unchanged document until its providers
 * change.
 */
export class LanguageFeatures extends Disposable {
  private registrations: vscode.Disposable | undefined;

  constructor(
    private readonly cache: AnalysisCache,
    private readonly settings: Settings,
    private readonly glossaries: GlossarySource,
    private readonly index?: WorkspaceIndex,
  ) {
    super();
    this.register({ dispose: () => this.registrations?.dispose() });
    this.register(cache.onDidInvalidate(() => this.update()));
    this.update();
  }

  private update(): void {
    this.registrations?.dispose();
    const { languages } = this.settings.for();
    void vscode.commands.executeCommand('setContext', ContextKeys.enabledLanguages, languages);
    const selector = documentSelector(languages);
    this.registrations = vscode.Disposable.from(
      registerHover(selector, this.cache, this.index),
      registerDocumentSymbols(selector, this.cache),
      registerCodeActions(selector, this.cache, (uri) => this.glossaries.glossaryFor(uri)),
      registerSemanticTokens(selector, this.cache),
      registerNavigation(selector, this.cache),
    );
  }
}
