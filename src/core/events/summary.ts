import type { Token } from '../nlp';
import type { DateMention, Entity, Mention, Span } from '../types';
import type { VerbGroup } from './index';
import { within } from './within';

interface Placed {
  readonly entity: Entity;
  readonly mention: Mention;
}

const MAX_OBJECT_WORDS = 7;

/**
 * `Tokayev dismissed Karim Masimov`: the actors' short names, the verb group as written, and the
 * object up to the first clause break, built only from words of the text. Dates are left out (the
 * event carries its date) and so are relative clauses.
 */
export function buildSummary(
  text: string,
  words: readonly Token[],
  group: VerbGroup,
  subjects: readonly Placed[],
  actors: readonly Placed[],
  dates: readonly DateMention[],
): { text: string; end: number; objects: Placed[] } {
  const names = subjects.map((s) => shortName(s.entity, s.mention)).join(' and ');
  const verb = text.slice(group.start, group.end).replace(/\s+/g, ' ');
  const objectWords: string[] = [];
  let end = group.end;
  let count = 0;
  for (let k = group.index + 1; k < words.length && count < MAX_OBJECT_WORDS; k++) {
    const w = words[k];
    if (inside(dates, w)) break;
    if (k > group.index + 1 && /[,;:.!?()"“”]/.test(words[k - 1].post)) break;
    if (/^(who|which|that|whom|whose|because|after|before|while|when|as|if|but)$/i.test(w.text)) break;
    if (w.tags.has('Conjunction') && count > 0) break;
    // A preposition ends the object unless it introduces a name (`spoke to Lukashenko`).
    if (w.tags.has('Preposition') && !startsMention(actors, words[k + 1])) break;
    objectWords.push(w.text);
    end = w.end;
    count++;
  }
  const objects = within(actors, (a) => a.mention, { start: group.end, end });
  const extent = objects.reduce((e, o) => Math.max(e, o.mention.end), end);
  const objectText = extent > end ? text.slice(group.end, extent).trim().replace(/\s+/g, ' ') : objectWords.join(' ');
  return {
    text: [names, verb, objectText].filter(Boolean).join(' '),
    end: extent,
    objects,
  };
}

/** A person by surname, an organization by its shortest form (`CSTO`), as the article writes them. */
export function shortName(entity: Entity, mention: Mention): string {
  if (entity.kind === 'person') {
    const parts = entity.name.split(/\s+/);
    return parts[parts.length - 1];
  }
  if (mention.link === 'title') return entity.name;
  return mention.text;
}

function inside(spans: readonly Span[], w: Span): boolean {
  return spans.some((s) => s.start <= w.start && w.end <= s.end);
}

function startsMention(actors: readonly Placed[], w: Token | undefined): boolean {
  return !!w && actors.some((a) => a.mention.start <= w.start && w.start < a.mention.end);
}
