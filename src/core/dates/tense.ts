import type { Span } from '../types';
import { CLAUSE_OPENERS, FUTURE_GOVERNORS, FUTURE_MARKERS, NOT_PAST_ED, PAST_FORMS, PRESENT_COPULAS, RESCHEDULE_VERBS, SCHEDULE_VERBS } from './words';

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

/**
 * The tense and how sure it is: `strong` when a verb of the date's own clause decides (`resigned
 * on Sept. 30`, `is to be held on Nov. 20`), weak when it comes from a verb beyond a clause edge or
 * from a headline's present tense. A strong tense may move a date written without a year into
 * another year (resolve.ts); a weak one only across New Year.
 */
export interface Direction {
  readonly tense: Tense;
  /** With a null tense: a verb of the clause decided that it gives no direction (`was due to`). */
  readonly strong: boolean;
}

interface Token {
  readonly word: string; // lower case
  readonly start: number;
  readonly end: number;
  /** Written with a capital: `May` the month, not `may` the modal. */
  readonly capital: boolean;
}

/** `neutral`: a verb that decides the clause but gives no direction (`was due to sail on Friday`). */
type VerbClass = 'past' | 'future' | 'governor' | 'copula' | 'perfect' | 'neutral' | null;

const FUTURE = new Set(FUTURE_MARKERS);
const GOVERNORS = new Set(FUTURE_GOVERNORS);
const COPULAS = new Set(PRESENT_COPULAS);
const SCHEDULE = new Set(SCHEDULE_VERBS);
const RESCHEDULE = new Set(RESCHEDULE_VERBS);
const PAST = new Set(PAST_FORMS);
const NOT_ED = new Set(NOT_PAST_ED);
const OPENERS = new Set(CLAUSE_OPENERS);
/** Past forms of the future governors that are acts of their own (a promise, a threat), not a schedule. */
const SPEECH_ACT_PAST: ReadonlySet<string> = new Set(['vowed', 'promised', 'pledged', 'threatened', 'hoped', 'intended', 'aimed', 'planned']);
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
  return clauseDirection(text, sentence, mention).tense;
}

export function clauseDirection(text: string, sentence: Span, mention: Span): Direction {
  const from = wordStartAtOrAfter(text, Math.max(sentence.start, mention.start - REACH), mention.start);
  const to = Math.min(sentence.end, mention.end + REACH);
  if (isHeadline(text, sentence)) return headlineDirection(text, sentence, from, mention);
  // `since Tuesday` can only look back, whatever the clause's verb.
  if (/\bsince\s+$/i.test(text.slice(Math.max(from, mention.start - 8), mention.start))) return { tense: 'past', strong: true };
  // `adjourned the case until Sept. 2`: the end of a state begun in the past may lie either side;
  // so may a date set for something (`called a snap election for Oct. 27`).
  const until = /\b(?:until|till|through|pending|for)\s+$/i.test(text.slice(Math.max(from, mention.start - 10), mention.start));
  const left = tokens(text, from, mention.start, LEFT_STOP, 'left');
  const found = nearestLeft(left);
  if (found !== undefined) return { tense: until && found === 'past' ? null : found, strong: true };
  const right = tokens(text, mention.end, to, RIGHT_STOP, 'right');
  for (let i = 0; i < right.length; i++) {
    const cls = classify(right, i);
    if (cls) return { tense: toTense(cls, right, i), strong: true };
  }
  // Nothing in this clause: the nearest verb anywhere before it in the sentence.
  const all = tokens(text, from, mention.start, null, 'left');
  return { tense: nearestLeft(all) ?? null, strong: false };
}

/** How far into a text a headline may start (past front matter and a Markdown `#`). */
const HEADLINE_REACH = 2000;

/**
 * The story's headline: the first line of prose, without a full stop, with more text below it.
 * Headlines write the recent past in the present tense (`Quake shakes island`) and the future
 * with `to` or `will` (`Council to vote on Friday`).
 */
function isHeadline(text: string, sentence: Span): boolean {
  if (sentence.start > HEADLINE_REACH) return false;
  const own = text.slice(sentence.start, sentence.end).trim();
  if (own === '' || /[.!?]["'”’)]?$/.test(own)) return false;
  const lineEnd = text.indexOf('\n', sentence.start);
  if (lineEnd < 0) return false;
  const more = /\S/g;
  more.lastIndex = lineEnd;
  if (!more.test(text)) return false;
  if (text.slice(sentence.end, lineEnd).trim() !== '') return false;
  const before = text.slice(0, sentence.start).replace(/^\s*---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
  return /^[\s#]*$/.test(before);
}

function headlineDirection(text: string, sentence: Span, from: number, mention: Span): Direction {
  const left = tokens(text, from, mention.start, null, 'left');
  for (let i = left.length - 1; i >= 0; i--) {
    const cls = classify(left, i);
    if (cls === 'future' || cls === 'governor') return { tense: toTense(cls, left, i), strong: true };
  }
  // `Council to vote`: `to` and a verb right after the subject, early in the headline.
  const all = tokens(text, sentence.start, sentence.end, null, 'right');
  const to = all.findIndex((t, i) => t.word === 'to' && i > 0 && i < 5 && !all[i + 1]?.capital && !HEADLINE_NOT_VERB.has(all[i + 1]?.word ?? 'the'));
  if (to >= 0 && all[to].start < mention.start) return { tense: 'future', strong: true };
  return { tense: 'past', strong: false };
}

/** Words after `to` in a headline that show it is a preposition (`Ferry to the island`). */
const HEADLINE_NOT_VERB = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'new', 'record', 'power', 'court']);

/** `at`, or past the rest of a word the REACH bound cut into (so `ed` of `urged` is not a word). */
function wordStartAtOrAfter(text: string, at: number, limit: number): number {
  let k = at;
  while (k > 0 && k < limit && /[A-Za-z'’]/.test(text[k - 1]) && /[A-Za-z'’]/.test(text[k])) k++;
  return k;
}

function nearestLeft(toks: readonly Token[]): Tense | undefined {
  let infinitive = false;
  for (let i = toks.length - 1; i >= 0; i--) {
    const cls = classify(toks, i);
    // `agreed on Thursday to meet again on Jan. 26`: a plan made in the past may fall either
    // side of the reference, so a past verb over an infinitive gives no direction.
    if (infinitive && (cls === 'past' || cls === 'perfect')) return null;
    if (cls) return toTense(cls, toks, i);
    if (isInfinitiveTo(toks, i)) infinitive = true;
  }
  return undefined;
}

/** Words after `to` that show it is a preposition (`to the island`), not an infinitive. */
const NOT_INFINITIVE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'them', 'him', 'us', 'me', 'it', 'be']);

/** `to` before a lower-case word that is no determiner or object: `to meet`, not `to the`. */
function isInfinitiveTo(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1];
  return toks[i].word === 'to' && next !== undefined && !next.capital && !NOT_INFINITIVE.has(next.word);
}

/** Words before a schedule verb that make it a noun (`a strong start`, `the opening`). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'strong', 'slow', 'late', 'early', 'good', 'bad', 'bright', 'fresh']);
const PAST_BE = new Set(['was', 'were', 'had']);
/** Base forms of schedule verbs (`start`, `open`) are often nouns: they count only after these. */
const BASE_VERB_LEADS = new Set(['and', 'to', 'will', 'would', 'shall', "'ll", '’ll', 'they', 'we', 'i', 'you', 'not', 'also', 'then', 'both', 'all', 'may', 'might', 'should', 'must', 'can', 'could']);
/** Modals of possibility and obligation: the event has not happened (`might vote on Monday`). */
const MODALS = new Set(['might', 'should', 'must', 'may']);

/** A verb's class, looking at its auxiliaries just before it. */
function classify(toks: readonly Token[], i: number): VerbClass {
  const w = toks[i].word;
  // A verb right after `to` is an infinitive (`expected to cut`): the verb governing `to` decides.
  if (toks[i - 1]?.word === 'to' && !toks[i].capital && w !== 'be' && w !== 'have') return null;
  // `said it was closing on Friday`: a past progressive reports a plan as often as an event.
  if (PAST_BE.has(w) && w !== 'had' && /ing$/.test(toks[i + 1]?.word ?? '') && toks[i + 1].word.length > 4) return 'neutral';
  if (MODALS.has(w) && !toks[i].capital) return toks[i + 1]?.word === 'have' ? 'past' : 'future';
  if (RESCHEDULE.has(w)) return 'neutral';
  if (FUTURE.has(w)) {
    // `would have said` is past.
    return toks[i + 1]?.word === 'have' ? 'past' : 'future';
  }
  if (GOVERNORS.has(w)) {
    // `was due to sail`, `were expected to arrive`: a plan reported in the past tense points back.
    const pastPlan = PAST_BE.has(toks[i - 1]?.word ?? '');
    // Participles govern as they stand (`expected the budget to pass`, `scheduled for Friday`);
    // other forms are often nouns (`the plan`, `a set`) and count only before `to`/`for`/`on`.
    // Such a plan may or may not have been kept by now: no direction (the weekday default is past).
    // `pledged on Friday to raise taxes`: a promise's verb right before the date (a preposition
    // between at most) is dated itself; only what it promises lies ahead.
    if (SPEECH_ACT_PAST.has(w) && toks.length - i <= 2 && toks[i + 1]?.word !== 'to') return 'past';
    if (/ed$/.test(w) || w === 'slated' || w === 'poised' || w === 'upcoming') return pastPlan ? 'neutral' : 'governor';
    const next = toks[i + 1]?.word ?? '';
    if (next === 'to' || ((w === 'set' || w === 'due') && (next === 'for' || next === 'on')) || (w === 'due' && (next === 'in' || next === 'by' || next === 'out' || next === 'back'))) return pastPlan ? 'neutral' : 'governor';
  }
  // `is to be held`, `are to choose`: the present of `be` with `to` is a plan.
  if (COPULAS.has(w) && toks[i + 1]?.word === 'to') return 'governor';
  if (w === 'has' || w === 'have') {
    // `has been scheduled for June 3`: a plan in the present perfect still looks ahead.
    if (toks[i + 1]?.word === 'been' && GOVERNORS.has(toks[i + 2]?.word ?? '')) return 'governor';
    return 'perfect';
  }
  if (SCHEDULE.has(w) && DETERMINERS.has(toks[i - 1]?.word ?? '')) return null;
  if (SCHEDULE.has(w) && !w.endsWith('s') && !BASE_VERB_LEADS.has(toks[i - 1]?.word ?? '') && !isPluralSubject(toks[i - 1])) return null;
  // An infinitive takes its direction from the verb that governs `to` (`had planned to reopen`).
  if (SCHEDULE.has(w) && toks[i - 1]?.word === 'to') return null;
  if (COPULAS.has(w) || SCHEDULE.has(w)) return 'copula';
  if (PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_ED.has(w)) return 'past';
  // `They host the leaders on Thursday`, `She flies out on Monday`: a simple present after a
  // subject pronoun announces a scheduled event in news copy (reporting verbs aside: `he says`).
  if (presentAfterPronoun(toks, i)) return 'copula';
  return null;
}

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);
/** Words after a subject pronoun that are no present-tense verb. */
const NOT_PRESENT = new Set([
  'also', 'then', 'still', 'now', 'only', 'just', 'never', 'already', 'first', 'later', 'again',
  'all', 'both', 'each', 'too', 'once', 'soon', 'ever', 'always', 'often', 'had', 'did', 'do',
  'does', 'can', 'could', 'was', 'were', 'is', 'are', 'has', 'have', 'said', 'say', 'says', 'tell',
  'tells', 'add', 'adds', 'note', 'notes', 'claim', 'claims', 'report', 'reports', 'think', 'thinks',
  'believe', 'believes', 'know', 'knows', 'want', 'wants', 'hope', 'hopes', 'feel', 'feels', 'and', 'or',
]);

function presentAfterPronoun(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]?.word ?? '';
  const w = toks[i].word;
  if (NOT_PRESENT.has(w) || w.endsWith('ly') || w.length < 3) return false;
  if (SINGULAR_PRONOUNS.has(prev)) return w.endsWith('s') && !w.endsWith('ss');
  return PLURAL_PRONOUNS.has(prev) && !w.endsWith('s');
}

/** `Talks resume on Monday`, `Tickets go on sale`: a plural noun as the subject of a base form. */
const NOT_PLURAL = new Set(['its', 'this', 'his', 'was', 'has', 'is', 'does', 'thus', 'plus', 'bus', 'gas', 'us', 'yes', 'less', 'news', 'across', 'ss']);
function isPluralSubject(t: Token | undefined): boolean {
  if (!t || t.word.length < 4 || !t.word.endsWith('s') || t.word.endsWith('ss') || t.word.endsWith('us')) return false;
  return !NOT_PLURAL.has(t.word);
}

function toTense(cls: Exclude<VerbClass, null>, toks: readonly Token[], i: number): Tense {
  switch (cls) {
    case 'neutral':
      return null;
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
        // `will have ruled` is a future perfect; `would have landed` a past that did not happen.
        if ((word === 'have' || word === 'has') && k > 0 && /^(?:will|shall|'ll|’ll)$/.test(toks[k - 1].word)) return 'future';
        if (MODALS.has(word) && !toks[k].capital) return toks[k + 1]?.word === 'have' ? 'past' : 'future';
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
    const token = { word, start: from + m.index, end: from + m.index + m[0].length, capital: m[0].charCodeAt(0) < 97 };
    // An opener right before the date is its preposition (`until Friday`), not a new clause.
    const governsDate = side === 'left' && OPENERS.has(word) && /^\s*$/.test(text.slice(token.end, to));
    const isStop = (stop && stop.test(word) && word.length === 1) || (stop !== null && OPENERS.has(word) && !governsDate);
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
