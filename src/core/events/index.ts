import type { Token } from '../nlp';
import type { ArticleEvent, DateMention, Entity, Mention, Span } from '../types';
import { buildSummary, shortName } from './summary';
import { pronounReferent } from './pronouns';
import { firstStartingAtOrAfter, within } from './within';

interface Placed {
  readonly entity: Entity;
  readonly mention: Mention;
}

const SAY_VERBS = /^(said|says|say|told|tells|added|noted|stated|announced|reported|wrote)$/i;

/**
 * Events: clauses in which an actor (a person or organization the article names) does something.
 * For each finite verb of a sentence, the actors are the entities named between the previous clause
 * boundary and the verb (or, for `…, Tokayev said`, right after a verb of saying), plus the entities
 * named in its object; a sentence-initial `He`/`She` stands for the last person of the previous
 * sentence. The date is the nearest date expression in the same sentence. Sorted by date, undated
 * last, then by position.
 */
export function findEvents(
  text: string,
  sentences: readonly Span[],
  entities: readonly Entity[],
  dates: readonly DateMention[],
  tokens: readonly Token[],
): ArticleEvent[] {
  const placed: Placed[] = entities
    .filter((e) => e.kind !== 'place')
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const people = entities
    .filter((e) => e.kind === 'person')
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);

  const datesInOrder = [...dates].sort((a, b) => a.start - b.start);

  const events: ArticleEvent[] = [];
  let t = 0;
  let previous: Span | null = null;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t].start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t].end <= sentence.end) t++;
    const words = tokens.slice(first, t);
    const inSentence = within(placed, (p) => p.mention, sentence);
    const referent = previous ? pronounReferent(words, within(people, (p) => p.mention, previous), previous) : null;
    events.push(...sentenceEvents(text, sentence, words, inSentence, referent, within(datesInOrder, (d) => d, sentence)));
    previous = sentence;
  }
  return events.sort(compareEvents);
}

function sentenceEvents(
  text: string,
  sentence: Span,
  words: readonly Token[],
  actors: readonly Placed[],
  referent: Placed | null,
  sentenceDates: readonly DateMention[],
): ArticleEvent[] {
  const out: ArticleEvent[] = [];
  let boundary = sentence.start;
  for (let i = 0; i < words.length; i++) {
    const verb = words[i];
    if (!isFiniteVerb(words, i)) continue;
    const group = verbGroup(words, i);
    let subjects = within(actors, (a) => a.mention, { start: boundary, end: group.start });
    if (subjects.length === 0 && referent && boundary === sentence.start && /^(he|she)$/i.test(words[0]?.text ?? '')) {
      subjects = [referent];
    }
    let inverted = false;
    if (subjects.length === 0 && SAY_VERBS.test(verb.text)) {
      // The first actor after the verb (actors are sorted by start), if it follows directly.
      const candidate = actors[firstStartingAtOrAfter(actors, (a) => a.mention, verb.end)];
      const next = candidate && candidate.mention.start - verb.end <= 2 ? candidate : undefined;
      if (next) {
        subjects = [next];
        inverted = true;
      }
    }
    boundary = verb.end;
    if (subjects.length === 0 || isRelativeClause(words, group.index)) continue;
    // The subject of a clause is its nearest actors: `Tokayev and Putin agreed`, not every name before.
    subjects = inverted ? subjects : nearestGroup(text, skipAppositive(text, subjects, group));
    const summary = inverted
      ? { text: `${shortName(subjects[0].entity, subjects[0].mention)} ${verb.text}`, end: subjects[0].mention.end, objects: [] }
      : buildSummary(text, words, group, subjects, actors, sentenceDates);
    const date = nearestDate(sentenceDates, verb);
    const start = Math.min(subjects[0].mention.start < sentence.start ? group.start : subjects[0].mention.start, group.start);
    out.push({
      start,
      end: Math.max(summary.end, group.end),
      date: date?.value ?? null,
      dateSpan: date ? { start: date.start, end: date.end } : null,
      actors: unique([...subjects, ...summary.objects].map((a) => a.entity.id)),
      summary: summary.text,
    });
  }
  return out;
}

/** A verb that carries its clause: tensed, not an auxiliary, not a participle used as an adjective. */
function isFiniteVerb(words: readonly Token[], i: number): boolean {
  const tags = words[i].tags;
  if (!tags.has('Verb') || tags.has('Auxiliary') || tags.has('Modal') || tags.has('Copula')) return false;
  if (tags.has('Gerund')) return false;
  if (tags.has('PastTense') || tags.has('PresentTense')) {
    // `caused by days of protests`: a participle after a noun, not a main verb.
    const prev = words[i - 1];
    if (prev && /^(by|of|the|a|an)$/i.test(prev.text)) return false;
    if (tags.has('Infinitive') && !(prev && (prev.tags.has('Modal') || prev.tags.has('Auxiliary')))) {
      return !!prev && (prev.tags.has('Noun') || prev.tags.has('Pronoun'));
    }
    return true;
  }
  return false;
}

export interface VerbGroup extends Span {
  /** Index of the main verb in the sentence's words. */
  readonly index: number;
}

/** The main verb with its auxiliaries and modals: `has urged`, `was detained`, `will hold`. */
function verbGroup(words: readonly Token[], i: number): VerbGroup {
  let k = i;
  while (k > 0 && (words[k - 1].tags.has('Auxiliary') || words[k - 1].tags.has('Modal') || words[k - 1].tags.has('Negative'))) k--;
  return { start: words[k].start, end: words[i].end, index: i };
}

function isRelativeClause(words: readonly Token[], verbIndex: number): boolean {
  for (let k = verbIndex - 1; k >= Math.max(0, verbIndex - 3); k--) {
    if (/^(who|which|whom|whose)$/i.test(words[k].text)) return true;
    if (!words[k].tags.has('Auxiliary') && !words[k].tags.has('Adverb') && !words[k].tags.has('Modal')) break;
  }
  return false;
}

/**
 * `Greta Halvorsen, chief executive of Northline Motors Inc., told analysts`: when the verb follows
 * a comma that closes an appositive, the subject is the actor before the appositive's opening comma.
 */
function skipAppositive(text: string, subjects: readonly Placed[], group: Span): Placed[] {
  const last = subjects[subjects.length - 1];
  if (!/^\s*,\s*$/.test(text.slice(last.mention.end, group.start))) return [...subjects];
  for (let k = subjects.length - 2; k >= 0; k--) {
    const between = text.slice(subjects[k].mention.end, last.mention.start);
    if (/^\s*,/.test(between) && !/[;.]/.test(between)) return subjects.slice(0, k + 1);
  }
  return [...subjects];
}

/** Keeps the last run of actors joined only by `and`, commas or role words. */
function nearestGroup(text: string, subjects: readonly Placed[]): Placed[] {
  const out = [subjects[subjects.length - 1]];
  for (let k = subjects.length - 2; k >= 0; k--) {
    const between = text.slice(subjects[k].mention.end, out[0].mention.start);
    if (!/^(?:\s*(?:,|and|&)\s*)(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u.test(between)) break;
    out.unshift(subjects[k]);
  }
  return out;
}

function nearestDate(dates: readonly DateMention[], verb: Span): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    if (d.kind === 'duration') continue;
    const distance = d.start >= verb.end ? d.start - verb.end : verb.start - d.end;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function compareEvents(a: ArticleEvent, b: ArticleEvent): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (!!a.date !== !!b.date) return a.date ? -1 : 1;
  return a.start - b.start;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
