import type { Span } from '../types';
import { CLAUSE_OPENERS, FUTURE_GOVERNORS, FUTURE_MARKERS, NOT_PAST_ED, PAST_FORMS, PRESENT_COPULAS, SCHEDULE_VERBS } from './words';

/**
 * Which way a bare weekday, month or holiday points: the tense of the verb that governs it.
 * `past` resolves backwards from the reference date, `future` forwards; `null` when no verb says.
 *
 * Cheap on purpose (no tagger): news copy dates an event with the verb nearest the date in the
 * same clause (`said on Saturday`, `would hold a rally … on Saturday`), or, when the date opens the
 * clause (`On Saturday, the President asked`), the first verb after it. compromise's tagger, tried
 * on the shared articles, cost ~5 ms a paragraph and mistagged `shares rose` and `last week`; word
 * lists and `-ed` do the job here (0.94 day-value accuracy on dev, scripts/eval/timex.ts).
 */
export type Tense = 'past' | 'future' | null;

interface Token {
  readonly word: string; // lower case
  readonly start: number;
  readonly end: number;
}

type VerbClass = 'past' | 'future' | 'governor' | 'copula' | 'perfect' | null;

const FUTURE = new Set(FUTURE_MARKERS);
const GOVERNORS = new Set(FUTURE_GOVERNORS);
const COPULAS = new Set(PRESENT_COPULAS);
const SCHEDULE = new Set(SCHEDULE_VERBS);
const PAST = new Set(PAST_FORMS);
const NOT_ED = new Set(NOT_PAST_ED);
const OPENERS = new Set(CLAUSE_OPENERS);
/** Punctuation that ends a clause for the leftward search. */
const LEFT_STOP = /[,;:—–()"“”]/;
/** Punctuation that ends a clause for the rightward search (a comma does not: `On Saturday, X said`). */
const RIGHT_STOP = /[;:—–()"“”]/;

/**
 * How far from the date the search for its verb reaches, in UTF-16 units (about 80 words, more
 * than any clause of news copy). Without a bound every date re-read its whole sentence: quadratic
 * on a long unpunctuated line with many dates (minutes for 500 KB of `on Jan. 9, `).
 */
const REACH = 500;

export function clauseTense(text: string, sentence: Span, mention: Span): Tense {
  const from = wordStartAtOrAfter(text, Math.max(sentence.start, mention.start - REACH), mention.start);
  const to = Math.min(sentence.end, mention.end + REACH);
  const left = tokens(text, from, mention.start, LEFT_STOP, 'left');
  const found = nearestLeft(left);
  if (found !== undefined) return found;
  const right = tokens(text, mention.end, to, RIGHT_STOP, 'right');
  for (let i = 0; i < right.length; i++) {
    const cls = classify(right, i);
    if (cls) return toTense(cls, right, i);
  }
  // Nothing in this clause: the nearest verb anywhere before it in the sentence.
  const all = tokens(text, from, mention.start, null, 'left');
  const fallback = nearestLeft(all);
  return fallback ?? null;
}

/** `at`, or past the rest of a word the REACH bound cut into (so `ed` of `urged` is not a word). */
function wordStartAtOrAfter(text: string, at: number, limit: number): number {
  let k = at;
  while (k > 0 && k < limit && /[A-Za-z'’]/.test(text[k - 1]) && /[A-Za-z'’]/.test(text[k])) k++;
  return k;
}

function nearestLeft(toks: readonly Token[]): Tense | undefined {
  for (let i = toks.length - 1; i >= 0; i--) {
    const cls = classify(toks, i);
    if (cls) return toTense(cls, toks, i);
  }
  return undefined;
}

/** Words before a schedule verb that make it a noun (`a strong start`, `the opening`). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'strong', 'slow', 'late', 'early', 'good', 'bad', 'bright', 'fresh']);
const PAST_BE = new Set(['was', 'were']);

/** A verb's class, looking at its auxiliaries just before it. */
function classify(toks: readonly Token[], i: number): VerbClass {
  const w = toks[i].word;
  if (FUTURE.has(w)) {
    // `would have said` is past.
    return toks[i + 1]?.word === 'have' ? 'past' : 'future';
  }
  if (GOVERNORS.has(w)) {
    // `was due to sail`, `were expected to arrive`: a plan reported in the past tense points back.
    const pastPlan = PAST_BE.has(toks[i - 1]?.word ?? '');
    // Participles govern as they stand (`expected the budget to pass`, `scheduled for Friday`);
    // other forms are often nouns (`the plan`, `a set`) and count only before `to`/`for`/`on`.
    if (/ed$/.test(w) || w === 'slated' || w === 'poised' || w === 'upcoming') return pastPlan ? 'past' : 'governor';
    const next = toks[i + 1]?.word ?? '';
    if (next === 'to' || ((w === 'set' || w === 'due') && (next === 'for' || next === 'on'))) return pastPlan ? 'past' : 'governor';
  }
  // `is to be held`, `are to choose`: the present of `be` with `to` is a plan.
  if (COPULAS.has(w) && toks[i + 1]?.word === 'to') return 'governor';
  if (w === 'has' || w === 'have') return 'perfect';
  if (SCHEDULE.has(w) && DETERMINERS.has(toks[i - 1]?.word ?? '')) return null;
  if (COPULAS.has(w) || SCHEDULE.has(w)) return 'copula';
  if (PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_ED.has(w)) return 'past';
  return null;
}

function toTense(cls: Exclude<VerbClass, null>, toks: readonly Token[], i: number): Tense {
  switch (cls) {
    case 'future':
    case 'governor':
    case 'copula':
      return 'future';
    case 'perfect':
    case 'past': {
      // A past form under `will`/`would` a word or two before is still future (`will be held`),
      // and so is a passive under `is to` (`is to be held`).
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const word = toks[k].word;
        if (word === 'to' && k > 0 && COPULAS.has(toks[k - 1].word)) return 'future';
        const cls2 = classifyAux(word);
        if (cls2) return cls2;
      }
      return 'past';
    }
  }
}

function classifyAux(w: string): Tense {
  if (w === 'will' || w === 'shall' || w === 'would' || w === "'ll" || w === '’ll') return 'future';
  if (w === 'have' || w === 'has' || w === 'had') return 'past'; // `would have been held`
  return null;
}

function tokens(text: string, from: number, to: number, stop: RegExp | null, side: 'left' | 'right'): Token[] {
  const slice = text.slice(from, to);
  const out: Token[] = [];
  const re = /[A-Za-z]+(?:['’][A-Za-z]+)?|['’]ll|['’]s|[,;:—–()"“”]/g;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const word = m[0].toLowerCase();
    const token = { word, start: from + m.index, end: from + m.index + m[0].length };
    const isStop = (stop && stop.test(word) && word.length === 1) || (stop !== null && OPENERS.has(word));
    if (isStop) {
      if (side === 'left') {
        out.length = 0; // only the words after the last clause edge count
        continue;
      }
      break;
    }
    if (/^[A-Za-z'’]/.test(word)) out.push(token);
  }
  return out;
}
