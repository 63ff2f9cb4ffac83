import type { DateMention, Span } from '../types';
import { lexiconTag, tokenize, type Token } from '../nlp';
import { US_STATE_ABBREVIATIONS } from './place-words';

/**
 * A word of the article as the entity finder sees it: compromise's tokens with hyphenated parts
 * joined (`Kassym-Jomart`), possessive `'s` cut off the span (`Kazakhstan's` → `Kazakhstan`), the
 * period of an abbreviation or initial kept (`Inc.`, `Gov.`, `W.`), and where a name may not run on.
 */
export interface Word extends Span {
  readonly index: number;
  readonly text: string;
  /** Lower case, without an abbreviation's period: the key for word lists. */
  readonly key: string;
  readonly tags: ReadonlySet<string>;
  /** compromise's lexicon entry for the word out of context (`MaleName`, `City`, `Country`). */
  readonly lexicon: string | undefined;
  readonly sentence: number;
  /** First word of its sentence, or first after an opening quote or colon: its capital says nothing. */
  readonly initial: boolean;
  /** Starts with a capital letter (or is an acronym). */
  readonly capital: boolean;
  /** Inside a date expression (`January`, `Saturday`): never part of a name. */
  readonly date: boolean;
  /** Punctuation, a possessive or a sentence end separates it from the next word. */
  readonly breakAfter: boolean;
  readonly possessive: boolean;
}

/** Abbreviations whose period belongs to the word inside a name (`Northline Motors Inc.`). */
const NAME_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'st', 'gov', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'gen',
  'lt', 'col', 'capt', 'prof', 'mt', 'ft', 'bros', 'ave', 'blvd', 'rev', 'sgt', 'adm', 'maj', 'cmdr',
  'no', 'dept', 'univ', 'assn', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);

export function readWords(text: string, sentences: readonly Span[], dates: readonly DateMention[]): Word[] {
  const tokens = joinHyphenated(tokenize(text));
  const words: Word[] = [];
  let sentence = 0;
  let dateAt = 0;
  let previousSentence = -1;
  let afterOpener = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (sentence < sentences.length - 1 && sentences[sentence].end <= t.start) sentence++;
    while (dateAt < dates.length && dates[dateAt].end <= t.start) dateAt++;
    const inDate = dateAt < dates.length && dates[dateAt].start < t.end && t.start < dates[dateAt].end;
    let end = t.end;
    let textOf = text.slice(t.start, end);
    const possessive = /['’]s$/.test(textOf) && textOf.length > 2;
    if (possessive) end -= 2;
    else if (/s['’]$/.test(textOf) && t.tags.has('Possessive')) end -= 1;
    textOf = text.slice(t.start, end);
    const bare = textOf.replace(/\.$/, '').toLowerCase();
    const post = t.post;
    // The abbreviation's or initial's period is in `post`; keep it in the word.
    const abbreviation = post.startsWith('.') && (NAME_ABBREVIATIONS.has(bare) || (US_STATE_ABBREVIATIONS.has(bare) && /^\p{Lu}/u.test(textOf)) || /^\p{Lu}$/u.test(textOf));
    if (abbreviation) {
      end += 1;
      textOf += '.';
    }
    const postRest = abbreviation ? post.slice(1) : post;
    const next = tokens[i + 1];
    const nextSentence = next ? sentenceOf(sentences, sentence, next.start) : sentence;
    const breakAfter =
      possessive || /[^\s]/.test(postRest) || (next !== undefined && /[^\s]/.test(next.pre)) || nextSentence !== sentence;
    const initial = sentence !== previousSentence || afterOpener || /["“‘(\[]/.test(t.pre);
    previousSentence = sentence;
    afterOpener = /[:;"“—–]\s*$/.test(postRest) || /["“‘]/.test(next?.pre ?? '');
    const first = textOf.charAt(0);
    words.push({
      index: words.length,
      start: t.start,
      end,
      text: textOf,
      key: bare,
      tags: t.tags,
      lexicon: lexiconTag(bare),
      sentence,
      initial,
      capital: /\p{Lu}/u.test(first),
      date: inDate || isCalendarWord(bare, t.tags),
      breakAfter,
      possessive,
    });
  }
  return words;
}

function sentenceOf(sentences: readonly Span[], from: number, offset: number): number {
  let s = from;
  while (s < sentences.length - 1 && sentences[s].end <= offset) s++;
  return s;
}

const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

// `May` and `March` are also names and verbs: only calendar words compromise read as dates count.
function isCalendarWord(key: string, tags: ReadonlySet<string>): boolean {
  return CALENDAR.has(key) || (key === 'may' && (tags.has('Month') || tags.has('Date')));
}

/** `Kassym` `-` `Jomart` → one token; compromise splits hyphenated words but keeps the offsets. */
function joinHyphenated(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    while (i + 1 < tokens.length && /^[-‐–]$/.test(t.post) && tokens[i + 1].pre === '' && tokens[i + 1].start === t.end + 1) {
      const n = tokens[++i];
      const tags = new Set([...t.tags, ...n.tags]);
      t = { start: t.start, end: n.end, text: '', pre: t.pre, post: n.post, tags };
    }
    out.push(t);
  }
  return out;
}
