import * as vscode from 'vscode';
import type { ArticleEvent, Entity, EntityKind, Mention, Span } from '../core/types';
import { command } from './commands';
import { CommandIds, OUTLINE_VIEW_ID } from './commandIds';
import { Delayer } from './delayer';
import { Disposable } from './dispose';
import { ACTORS_GROUP, EVENTS_GROUP } from './documentSymbols';
import { distinctRoles, eventLabel } from './labels';
import type { AnalysisCache } from './workspaceCache';

/** Typing fires many analysis changes; the tree redraws once they settle. */
const REFRESH_DELAY_MS = 200;

const ENTITY_ICONS: Record<EntityKind, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
};

type OutlineNode =
  | { readonly type: 'group'; readonly label: string; readonly children: readonly OutlineNode[] }
  | { readonly type: 'entity'; readonly entity: Entity; readonly children: readonly OutlineNode[] }
  | { readonly type: 'mention'; readonly mention: Mention; readonly line: number }
  | { readonly type: 'event'; readonly event: ArticleEvent; readonly actors: readonly string[] };

/**
 * The Copydesk view in the Explorer: the active article's actors and events, the same groups as the
 * outline. Items jump to the text.
 */
export class OutlineTreeProvider extends Disposable implements vscode.TreeDataProvider<OutlineNode> {
  private readonly didChangeTreeData = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.didChangeTreeData.event;

  private readonly refreshDelayer = this.register(new Delayer());
  /** The document the current nodes belong to: every item's command points into it. */
  private document: vscode.TextDocument | undefined;

  constructor(private readonly cache: AnalysisCache) {
    super();
    this.register(cache.onDidAnalyze((uri) => this.scheduleRefreshFor(uri)));
    this.register(cache.onDidInvalidate(() => this.scheduleRefresh()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()));
    this.register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.scheduleRefresh();
      }),
    );
  }

  async getChildren(node?: OutlineNode): Promise<OutlineNode[]> {
    if (node) return 'children' in node ? [...node.children] : [];
    const document = vscode.window.activeTextEditor?.document;
    this.document = document;
    const result = document && (await this.cache.get(document));
    if (!document || !result || result.version !== document.version) return [];
    const { analysis } = result;
    const line = (span: Span) => document.positionAt(span.start).line + 1;
    const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
    const actors: OutlineNode[] = analysis.entities.map((entity) => ({
      type: 'entity',
      entity,
      children: entity.mentions.map((mention) => ({ type: 'mention', mention, line: line(mention) })),
    }));
    const events: OutlineNode[] = analysis.events.map((event) => ({
      type: 'event',
      event,
      actors: event.actors.map((id) => names.get(id) ?? id),
    }));
    return [
      { type: 'group', label: ACTORS_GROUP, children: actors },
      { type: 'group', label: EVENTS_GROUP, children: events },
    ];
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.children.length);
        item.iconPath = new vscode.ThemeIcon(node.label === EVENTS_GROUP ? 'calendar' : 'account');
        return item;
      }
      case 'entity': {
        const { entity } = node;
        const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = distinctRoles(entity).join('; ') || entity.kind;
        item.tooltip = `${entity.name} (${entity.kind}), ${entity.mentions.length} mentions`;
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[entity.kind]);
        item.command = this.revealCommand(entity.firstMention);
        item.contextValue = 'entity';
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.mention.text, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${node.line} · ${node.mention.link}`;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = this.revealCommand(node.mention);
        item.contextValue = 'mention';
        return item;
      }
      case 'event': {
        const item = new vscode.TreeItem(eventLabel(node.event), vscode.TreeItemCollapsibleState.None);
        item.description = node.actors.join(', ');
        item.tooltip = node.event.date ? `${eventLabel(node.event)}` : `${node.event.summary} (undated)`;
        item.iconPath = new vscode.ThemeIcon(node.event.date ? 'calendar' : 'question');
        item.command = this.revealCommand(node.event);
        item.contextValue = 'event';
        return item;
      }
    }
  }

  private revealCommand(span: Span): vscode.Command | undefined {
    if (!this.document) return undefined;
    return command(CommandIds.revealRange, 'Go to Text', [this.document.uri, span.start, span.end]);
  }

  private scheduleRefreshFor(uri: vscode.Uri): void {
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.scheduleRefresh();
  }

  private scheduleRefresh(): void {
    this.refreshDelayer.trigger(() => this.didChangeTreeData.fire(), REFRESH_DELAY_MS);
  }
}

export function registerOutlineView(cache: AnalysisCache): vscode.Disposable {
  const provider = new OutlineTreeProvider(cache);
  const view = vscode.window.createTreeView(OUTLINE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  return vscode.Disposable.from(provider, view);
}
