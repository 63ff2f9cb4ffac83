import * as vscode from 'vscode';
import { renameEdits, renameTarget } from '../core';
import { mentionAt } from './lookup';
import { toRange } from './ranges';
import type { AnalysisCache, DocumentAnalysis } from './workspaceCache';

/**
 * Names as symbols: F2 renames every mention of the entity under the cursor (the form under the
 * cursor decides which form changes, see `renameEdits`), Shift+F12 lists its mentions, F12 jumps to
 * its first full reference.
 */
export class EntityNavigationProvider implements vscode.RenameProvider, vscode.ReferenceProvider, vscode.DefinitionProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async prepareRename(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<{ range: vscode.Range; placeholder: string } | undefined> {
    const result = await this.current(document);
    if (token.isCancellationRequested) return undefined;
    if (!result) throw new Error('Copydesk has not analysed this document yet: try again in a moment.');
    const target = renameTarget(result.analysis, document.offsetAt(position));
    // VS Code shows a thrown error's message where the rename box would be.
    if (typeof target === 'string') throw new Error(target);
    return { range: toRange(document, target.span), placeholder: target.text };
  }

  async provideRenameEdits(
    document: vscode.TextDocument,
    position: vscode.Position,
    newName: string,
    token: vscode.CancellationToken,
  ): Promise<vscode.WorkspaceEdit | undefined> {
    const result = await this.current(document);
    if (!result || token.isCancellationRequested) return undefined;
    const edits = renameEdits(result.analysis, document.offsetAt(position), newName);
    if (typeof edits === 'string') throw new Error(edits);
    const workspaceEdit = new vscode.WorkspaceEdit();
    for (const edit of edits) workspaceEdit.replace(document.uri, toRange(document, edit), edit.replacement);
    return workspaceEdit;
  }

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[]> {
    const result = await this.current(document);
    if (!result || token.isCancellationRequested) return [];
    const hit = mentionAt(result.analysis, document.offsetAt(position));
    if (!hit) return [];
    const declaration = firstFullMention(hit.entity.mentions);
    return hit.entity.mentions
      .filter((mention) => context.includeDeclaration || mention !== declaration)
      .map((mention) => new vscode.Location(document.uri, toRange(document, mention)));
  }

  async provideDefinition(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.DefinitionLink[]> {
    const result = await this.current(document);
    if (!result || token.isCancellationRequested) return [];
    const hit = mentionAt(result.analysis, document.offsetAt(position));
    if (!hit) return [];
    const target = toRange(document, firstFullMention(hit.entity.mentions));
    return [{ originSelectionRange: toRange(document, hit.mention), targetUri: document.uri, targetRange: target }];
  }

  /** Offsets are only good for the version they were computed on. */
  private async current(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const result = await this.cache.get(document);
    return result && result.version === document.version ? result : undefined;
  }
}

/** Where the article introduces the entity: its first full mention, else its first mention. */
function firstFullMention<M extends { readonly link: string }>(mentions: readonly M[]): M {
  return mentions.find((mention) => mention.link === 'full') ?? mentions[0];
}

export function registerNavigation(selector: vscode.DocumentSelector, cache: AnalysisCache): vscode.Disposable {
  const provider = new EntityNavigationProvider(cache);
  return vscode.Disposable.from(
    vscode.languages.registerRenameProvider(selector, provider),
    vscode.languages.registerReferenceProvider(selector, provider),
    vscode.languages.registerDefinitionProvider(selector, provider),
  );
}
