import * as vscode from 'vscode';
import type { ArticleEvent, Entity, EntityKind, Mention, Span } from '../core';
import { command } from './commands';
import { CommandIds, ContextKeys, OUTLINE_VIEW_ID } from './commandIds';
import { Delayer } from './delayer';
import { Disposable } from './dispose';
import { ACTORS_GROUP, EVENTS_GROUP } from './documentSymbols';
import { distinctRoles, eventLabel, MENTION_FORMS, mentionLabel } from './labels';
import type { ViewMode } from './commands';
import type { AnalysisCache } from './workspaceCache';
import type { IndexedName, WorkspaceIndex } from './workspaceIndex';

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
  | { readonly type: 'mention'; readonly mention: Mention; readonly label: string }
  | { readonly type: 'event'; readonly event: ArticleEvent; readonly actors: readonly string[] }
  | { readonly type: 'name'; readonly name: IndexedName; readonly children: readonly OutlineNode[] }
  | { readonly type: 'article'; readonly uri: vscode.Uri };

/** The workspace mode's groups, by kind. */
const WORKSPACE_GROUPS: readonly { readonly kind: IndexedName['kind']; readonly label: string }[] = [
  { kind: 'person', label: 'People' },
  { kind: 'organization', label: 'Organizations' },
];

/**
 * The Copydesk view in the Explorer: the active article's actors and events, the same groups as the
 * outline (items jump to the text); or, in workspace mode, the people and organizations the
 * workspace's articles name, each with the articles naming them.
 */
export class OutlineTreeProvider extends Disposable implements vscode.TreeDataProvider<OutlineNode> {
  private readonly didChangeTreeData = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.didChangeTreeData.event;

  private readonly refreshDelayer = this.register(new Delayer());
  /** The document the current nodes belong to: every item's command points into it. */
  private document: vscode.TextDocument | undefined;
  private mode: ViewMode = 'article';

  constructor(
    private readonly cache: AnalysisCache,
    private readonly index?: WorkspaceIndex,
  ) {
    super();
    if (index) this.register(index.onDidChange(() => this.mode === 'workspace' && this.scheduleRefresh()));
    this.register(cache.onDidAnalyze((uri) => this.scheduleRefreshFor(uri)));
    this.register(cache.onDidInvalidate(() => this.scheduleRefresh()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()));
    this.register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.scheduleRefresh();
      }),
    );
  }

  /** Switches between the active article and the workspace (the view's title buttons). */
  setMode(mode: ViewMode): void {
    this.mode = mode;
    void vscode.commands.executeCommand('setContext', ContextKeys.viewMode, mode);
    if (mode === 'workspace') void this.index?.start();
    this.didChangeTreeData.fire();
  }

  async getChildren(node?: OutlineNode): Promise<OutlineNode[]> {
    if (node) return 'children' in node ? [...node.children] : [];
    if (this.mode === 'workspace') return this.workspaceNodes();
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
      children: entity.mentions.map((mention) => ({ type: 'mention', mention, label: mentionLabel(result.text, analysis.sentences, mention, line(mention)) })),
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

  private workspaceNodes(): OutlineNode[] {
    const names = this.index?.names() ?? [];
    return WORKSPACE_GROUPS.map(({ kind, label }) => ({
      type: 'group',
      label,
      children: names
        .filter(({ name }) => name.kind === kind)
        .map(({ name, uris }) => ({ type: 'name', name, children: uris.map((uri) => ({ type: 'article', uri })) })),
    }));
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    switch (node.type) {
      case 'name': {
        const item = new vscode.TreeItem(node.name.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = node.children.length === 1 ? '1 article' : `${node.children.length} articles`;
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[node.name.kind]);
        item.contextValue = 'indexedName';
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.None);
        item.description = vscode.workspace.asRelativePath(node.uri);
        item.command = { command: 'vscode.open', title: 'Open', arguments: [node.uri] };
        item.contextValue = 'article';
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.children.length);
        item.iconPath = new vscode.ThemeIcon(node.label === EVENTS_GROUP ? 'calendar' : node.label === 'Organizations' ? 'organization' : 'account');
        return item;
      }
      case 'entity': {
        const { entity } = node;
        const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${distinctRoles(entity).join('; ') || entity.kind} · ${entity.mentions.length}`;
        item.tooltip = `${entity.name} (${entity.kind}), ${entity.mentions.length} mentions`;
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[entity.kind]);
        item.command = this.revealCommand(entity.firstMention);
        item.contextValue = 'entity';
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.description = MENTION_FORMS[node.mention.link];
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
    if (this.mode === 'article' && vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.scheduleRefresh();
  }

  private scheduleRefresh(): void {
    this.refreshDelayer.trigger(() => this.didChangeTreeData.fire(), REFRESH_DELAY_MS);
  }
}

export function registerOutlineView(cache: AnalysisCache, index?: WorkspaceIndex): { provider: OutlineTreeProvider; disposable: vscode.Disposable } {
  const provider = new OutlineTreeProvider(cache, index);
  const view = vscode.window.createTreeView(OUTLINE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  void vscode.commands.executeCommand('setContext', ContextKeys.viewMode, 'article');
  return { provider, disposable: vscode.Disposable.from(provider, view) };
}
