import type { Token } from '../nlp';
import type { DateMention, Entity, Mention, Span } from '../types';
import type { VerbGroup } from './clauses';
import { within } from './within';

export interface Placed {
  readonly entity: Entity;
  readonly mention: Mention;
}

const MAX_OBJECT_WORDS = 7;
const TRAILING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'by', 'from', 'until', 'since', 'to', 'of', 'for', 'during', 'before', 'after']);

/**
 * `Tokayev dismissed Karim Masimov`: the subject as the text gives it, the verb group as written,
 * and the object up to the first clause break, built only from words of the text. Dates are left
 * out (the event carries its date) and so are relative clauses.
 */
export function buildSummary(
  text: string,
  words: readonly Token[],
  group: VerbGroup,
  limit: number,
  subject: string,
  actors: readonly Placed[],
  dates: readonly DateMention[],
): { text: string; end: number } {
  const verbStart = words[group.first].start;
  // `fell in` before `November`: a particle the date follows is the date's preposition.
  let verbLast = group.last;
  if (verbLast > group.head && TRAILING_PREPOSITIONS.has(words[verbLast].text.toLowerCase()) && words[verbLast + 1] && inside(dates, words[verbLast + 1])) verbLast--;
  const verbEnd = words[verbLast].end;
  const verb = text.slice(verbStart, verbEnd).replace(/\s+/g, ' ');
  const objectWords: string[] = [];
  let end = verbEnd;
  let count = 0;
  for (let k = group.last + 1; k < limit && count < MAX_OBJECT_WORDS; k++) {
    const w = words[k];
    if (inside(dates, w)) break;
    if (/[,;:.!?()"“”—–]/.test(words[k - 1].post)) break;
    if (/^(who|which|that|whom|whose|because|after|before|while|when|as|if|but|and)$/i.test(w.text) && !startsMention(actors, w)) break;
    if (w.tags.has('Conjunction') && count > 0) break;
    // A preposition ends the object unless it introduces a name (`spoke to Lukashenko`).
    if (w.tags.has('Preposition') && !startsMention(actors, words[k + 1])) break;
    objectWords.push(w.text);
    end = w.end;
    count++;
  }
  // `burst their banks on` before `Friday night`: a word the tagger did not read as a preposition
  // (a particle here) is left dangling when the date after it is cut.
  while (objectWords.length > 0 && TRAILING_PREPOSITIONS.has(objectWords[objectWords.length - 1].toLowerCase())) {
    objectWords.pop();
    const last = objectWords.length > 0 ? words[group.last + objectWords.length] : undefined;
    end = last ? last.end : verbEnd;
  }
  const objects = within(actors, (a) => a.mention, { start: verbEnd, end });
  const extent = objects.reduce((e, o) => Math.max(e, o.mention.end), end);
  const objectText = extent > end ? text.slice(verbEnd, extent).trim().replace(/\s+/g, ' ') : objectWords.join(' ');
  return { text: [subject, verb, objectText].filter(Boolean).join(' '), end: extent };
}

function inside(spans: readonly Span[], w: Span): boolean {
  return spans.some((s) => s.start <= w.start && w.end <= s.end);
}

function startsMention(actors: readonly Placed[], w: Token | undefined): boolean {
  return !!w && actors.some((a) => a.mention.start <= w.start && w.start < a.mention.end);
}
