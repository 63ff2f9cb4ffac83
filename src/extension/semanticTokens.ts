import * as vscode from 'vscode';
import type { EntityKind, Mention } from '../core';
import { Disposable } from './dispose';
import { toRange } from './ranges';
import type { AnalysisCache } from './workspaceCache';

/** Token types declared in package.json (`contributes.semanticTokenTypes`), one per entity kind. */
const TOKEN_TYPES: readonly EntityKind[] = ['person', 'organization', 'place'];
/** `declaration` marks an entity's first mention, where the article introduces it. */
const TOKEN_MODIFIERS = ['declaration'];

export const ENTITY_LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], TOKEN_MODIFIERS);

/** Colours every entity mention by kind. */
export class EntityTokensProvider extends Disposable implements vscode.DocumentSemanticTokensProvider {
  private readonly didChange = this.register(new vscode.EventEmitter<void>());
  /** Settings changed or a refresh was asked for: the editor asks again. */
  readonly onDidChangeSemanticTokens = this.didChange.event;

  constructor(private readonly cache: AnalysisCache) {
    super();
    this.register(cache.onDidInvalidate(() => this.didChange.fire()));
  }

  async provideDocumentSemanticTokens(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.SemanticTokens | undefined> {
    const result = await this.cache.get(document);
    if (!result || token.isCancellationRequested || result.version !== document.version) return undefined;

    const mentions: { mention: Mention; kind: EntityKind; first: boolean }[] = [];
    for (const entity of result.analysis.entities) {
      for (const mention of entity.mentions) mentions.push({ mention, kind: entity.kind, first: mention === entity.firstMention });
    }
    mentions.sort((a, b) => a.mention.start - b.mention.start);

    const builder = new vscode.SemanticTokensBuilder(ENTITY_LEGEND);
    let end = 0;
    for (const { mention, kind, first } of mentions) {
      const range = toRange(document, mention);
      // Tokens may neither overlap nor span lines.
      if (mention.start < end || !range.isSingleLine || range.isEmpty) continue;
      builder.push(range, kind, first ? TOKEN_MODIFIERS : []);
      end = mention.end;
    }
    return builder.build();
  }
}

export function registerSemanticTokens(selector: vscode.DocumentSelector, cache: AnalysisCache): vscode.Disposable {
  const provider = new EntityTokensProvider(cache);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, ENTITY_LEGEND),
  );
}
