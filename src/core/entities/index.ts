import type { DateMention, Dateline, Entity, Span } from '../types';

export interface EntityContext {
  /** The dateline, whose place is a place mention and whose agency is an organization. */
  readonly dateline: Dateline | null;
  /** Date expressions already found: never part of a name (`Saturday`, `January`). */
  readonly dates: readonly DateMention[];
}

/**
 * People, organizations and places with their mentions, linked within the article (surnames,
 * partial names, acronyms, titles), in order of first mention.
 */
export function findEntities(text: string, sentences: readonly Span[], context: EntityContext): Entity[] {
  void text;
  void sentences;
  void context;
  throw new Error('not implemented yet');
}
