import type { Analysis, DateMention, Entity, Mention, Span } from '../core';

/** What lies under a cursor: plain lookups over an Analysis, free of `vscode` so Node can test them. */

export interface MentionHit {
  readonly entity: Entity;
  readonly mention: Mention;
  /** The mention's index in `entity.mentions`. */
  readonly index: number;
}

/**
 * The entity mention at `offset`. The end is inclusive so that a cursor just after a name (where
 * it lands after a double-click or typing) still counts.
 */
export function mentionAt(analysis: Analysis, offset: number): MentionHit | undefined {
  for (const entity of analysis.entities) {
    const index = entity.mentions.findIndex((mention) => touches(mention, offset));
    if (index >= 0) return { entity, mention: entity.mentions[index], index };
  }
  return undefined;
}

export function dateAt(analysis: Analysis, offset: number): DateMention | undefined {
  return analysis.dates.find((date) => touches(date, offset));
}

/** The mention after (or before) `hit` among its entity's mentions, wrapping around the ends. */
export function adjacentMention(hit: MentionHit, direction: 'next' | 'previous'): Mention {
  const mentions = hit.entity.mentions;
  const step = direction === 'next' ? 1 : -1;
  return mentions[(hit.index + step + mentions.length) % mentions.length];
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
