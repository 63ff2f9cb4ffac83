import type { Token } from '../nlp';
import type { Entity, Mention, Span } from '../types';

/**
 * The person a sentence-initial `He`/`She` most likely means: the last person named in the previous
 * sentence. Used only to give an event its actor; mentions never include pronouns.
 */
export function pronounReferent(
  words: readonly Token[],
  people: readonly { entity: Entity; mention: Mention }[],
  previous: Span,
): { entity: Entity; mention: Mention } | null {
  if (!/^(he|she)$/i.test(words[0]?.text ?? '')) return null;
  let last: { entity: Entity; mention: Mention } | null = null;
  for (const p of people) {
    if (p.mention.start >= previous.start && p.mention.end <= previous.end) last = p;
  }
  return last;
}
