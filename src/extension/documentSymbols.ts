import * as vscode from 'vscode';
import type { Analysis, ArticleEvent, Entity, EntityKind } from '../core';
import { entityDetail, eventLabel, MENTION_FORMS, mentionLabel } from './labels';
import { contains } from './lookup';
import { toRange } from './ranges';
import type { AnalysisCache } from './workspaceCache';

export const ACTORS_GROUP = 'Actors';
export const EVENTS_GROUP = 'Events';

/** Outline icons: there is no "person" symbol kind, so the closest shapes. */
const ENTITY_SYMBOL_KINDS: Record<EntityKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Class,
  place: vscode.SymbolKind.Module,
};

/**
 * The outline of an article: `Actors` (each entity once, its mentions by line as children) and
 * `Events` (in the core's date order, undated last).
 *
 * Breadcrumbs and "Go to Symbol" pick the symbol at the cursor by range: VS Code walks the tree and
 * takes the first symbol whose range holds the cursor, then the first of its children that does.
 * An entity's range is therefore its first mention only, where it is introduced: spanning first to
 * last mention, the entities of an article overlap and the first one listed (the dateline's place)
 * would claim every cursor. Its mentions are its children, each with its own range, listed by line.
 */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideDocumentSymbols(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentSymbol[]> {
    const result = await this.cache.get(document);
    if (!result || token.isCancellationRequested) return [];
    return articleSymbols(document, result.text, result.analysis);
  }
}

export function registerDocumentSymbols(selector: vscode.DocumentSelector, cache: AnalysisCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(selector, new ArticleSymbolProvider(cache), { label: 'Copydesk' }),
  );
}

/**
 * How much of a very long document the outline lists. An article has tens of names with a few
 * mentions each and tens of events, far below these. A 1,000,000-character file (an archive pasted
 * into one document) had 460 entities, 14,926 mentions and 10,060 events: the 25,000 symbols cost the
 * extension host about 0.9 s to build and serialise for each request (measured in the real VS Code),
 * blocking every other extension, for an Outline nobody can read. Past the limits the entity keeps its
 * count in its detail and the group says how many it lists.
 */
export const OUTLINE_LIMITS = { mentionsPerEntity: 50, mentions: 1000, events: 500 } as const;

/** `text` is the analysed text (the document's, or its first part when it exceeds the size limit). */
export function articleSymbols(document: vscode.TextDocument, text: string, analysis: Analysis): vscode.DocumentSymbol[] {
  let mentionBudget = OUTLINE_LIMITS.mentions;
  const actors = analysis.entities
    .filter((entity) => entity.mentions.length > 0)
    .map((entity) => {
      const listed = Math.min(entity.mentions.length, OUTLINE_LIMITS.mentionsPerEntity, mentionBudget);
      mentionBudget -= listed;
      return entitySymbol(document, text, analysis.sentences, entity, listed);
    });
  const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
  // The Outline view sorts children by the start of their range unless the user picks another
  // order: events share one range (the span of them all) so that the core's date order survives,
  // and each keeps its own clause as the selection range a click reveals.
  const listedEvents = analysis.events.slice(0, OUTLINE_LIMITS.events);
  let eventsRange: vscode.Range | undefined;
  if (listedEvents.length) {
    let start = Infinity;
    let end = -Infinity;
    for (const event of listedEvents) {
      start = Math.min(start, event.start);
      end = Math.max(end, event.end);
    }
    eventsRange = toRange(document, { start, end });
  }
  const events = listedEvents.map((event) => eventSymbol(document, event, names, eventsRange));
  const eventsDetail =
    analysis.events.length > listedEvents.length
      ? `by date · the first ${listedEvents.length.toLocaleString('en-US')} of ${analysis.events.length.toLocaleString('en-US')}`
      : 'by date';
  return [group(ACTORS_GROUP, 'people, organizations, places', actors), group(EVENTS_GROUP, eventsDetail, events)].filter(
    (symbol): symbol is vscode.DocumentSymbol => symbol !== undefined,
  );
}

/** A group spans its children, so that the outline can follow the cursor into it. */
function group(name: string, detail: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
  if (children.length === 0) return undefined;
  const range = children.map((child) => child.range).reduce((all, range) => all.union(range));
  const first = children.reduce((a, b) => (a.range.start.isBeforeOrEqual(b.range.start) ? a : b));
  const symbol = new vscode.DocumentSymbol(name, detail, vscode.SymbolKind.Namespace, range, first.selectionRange);
  symbol.children = children;
  return symbol;
}

/** The entity with its first `listed` mentions as children (all of them in any real article). */
function entitySymbol(
  document: vscode.TextDocument,
  text: string,
  sentences: Analysis['sentences'],
  entity: Entity,
  listed: number,
): vscode.DocumentSymbol {
  const introduced = toRange(document, entity.firstMention);
  const detail = listed < entity.mentions.length ? `${entityDetail(entity)}, ${listed} listed` : entityDetail(entity);
  const symbol = new vscode.DocumentSymbol(entity.name, detail, ENTITY_SYMBOL_KINDS[entity.kind], introduced, introduced);
  symbol.children = entity.mentions.slice(0, listed).map((mention) => {
    const range = toRange(document, mention);
    return new vscode.DocumentSymbol(
      mentionLabel(text, sentences, mention, range.start.line + 1),
      MENTION_FORMS[mention.link],
      vscode.SymbolKind.String,
      range,
      range,
    );
  });
  return symbol;
}

function eventSymbol(
  document: vscode.TextDocument,
  event: ArticleEvent,
  names: Map<string, string>,
  sharedRange: vscode.Range | undefined,
): vscode.DocumentSymbol {
  const actors = event.actors.map((id) => names.get(id)).filter((name): name is string => name !== undefined);
  const detail = [event.date ? undefined : 'undated', ...actors].filter((part) => part !== undefined).join(' · ');
  const selection = event.dateSpan && contains(event, event.dateSpan) ? event.dateSpan : event;
  return new vscode.DocumentSymbol(
    eventLabel(event),
    detail,
    vscode.SymbolKind.Event,
    sharedRange ?? toRange(document, event),
    toRange(document, selection),
  );
}
