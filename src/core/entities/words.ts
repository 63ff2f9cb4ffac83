import type { DateMention, Span } from '../types';
import type { Word } from './model';
import { isGivenNameTag, lexiconTag, tokenize, type Token } from '../nlp';
import { MONTHS, SURNAME_FIRST_FAMILY_NAMES, US_STATE_ABBREVIATIONS, WEEKDAYS } from '../lexicon';


/** Abbreviations whose period belongs to the word inside a name (`Northline Motors Inc.`). */
const NAME_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'st', 'gov', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'gen',
  'lt', 'col', 'capt', 'prof', 'mt', 'ft', 'bros', 'ave', 'blvd', 'rev', 'sgt', 'adm', 'maj', 'cmdr',
  'no', 'dept', 'univ', 'assn', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);

/**
 * `raw`: compromise's tokens of `text` when the caller has them already (see EntityContext).
 * `previous`: the words of an earlier version of the same document (incremental.ts): a word equal
 * in every field but its offsets to the one at its index there is that object, not a copy, moved to
 * its new offsets when an edit before it shifted them (which spares an edit most of the allocation of
 * ten thousand words). So `previous` must be words no caller reads again: the latest analysis's.
 */
export function readWords(text: string, sentences: readonly Span[], dates: readonly DateMention[], raw: readonly Token[] = tokenize(text), previous: readonly Word[] = []): Word[] {
  const tokens = joinHyphenated(raw);
  const words: Word[] = [];
  let sentence = 0;
  let dateAt = 0;
  let previousSentence = -1;
  let afterOpener = false;
  let reading: TokenReading | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const r = reading ?? readToken(t, text);
    while (sentence < sentences.length - 1 && sentences[sentence].end <= t.start) sentence++;
    while (dateAt < dates.length && dates[dateAt].end <= t.start) dateAt++;
    const inDate = dateAt < dates.length && dates[dateAt].start < t.end && t.start < dates[dateAt].end;
    const next = tokens[i + 1];
    const nextReading = next ? readToken(next, text) : null;
    const nextSentence = next ? sentenceOf(sentences, sentence, next.start) : sentence;
    const breakAfter = r.possessive || r.punctuationAfter || (nextReading?.punctuationBefore ?? false) || nextSentence !== sentence;
    const initial = sentence !== previousSentence || afterOpener || r.openedBefore;
    previousSentence = sentence;
    afterOpener = r.opensAfter || (nextReading?.quoteBefore ?? false);
    // `illustrator Johnnie Christmas`: a holiday's name right after a given name is a surname.
    const last = words[words.length - 1];
    const surnameAfterGivenName = inDate && r.capital && last !== undefined && !last.breakAfter && last.capital && isGivenNameTag(last.lexicon);
    const index = words.length;
    const end = t.end + r.endShift;
    const date = (inDate && !surnameAfterGivenName) || r.calendar;
    // The same token with the same flags: every other field follows from the token.
    const before = previous[index];
    if (before !== undefined && before.identity === t.identity && before.end - before.start === end - t.start && before.sentence === sentence && before.initial === initial && before.date === date && before.breakAfter === breakAfter) {
      // Moved by an edit before it: the word moves in place (previous holds the document's last
      // words, which nothing else keeps; see Word), sparing an edit a new object for every word after it.
      if (before.start !== t.start) moveWord(before, t.start, end);
      words.push(before);
    } else {
      words.push({
        index,
        start: t.start,
        end,
        text: r.text,
        key: r.key,
        tags: t.tags,
        lexicon: r.lexicon,
        sentence,
        initial,
        capital: r.capital,
        date,
        breakAfter,
        possessive: r.possessive,
        markAfter: r.markAfter,
        markBefore: r.markBefore,
        identity: t.identity,
      });
    }
    reading = nextReading;
  }
  return words;
}

function moveWord(w: Word, start: number, end: number): void {
  const moved = w as { start: number; end: number };
  moved.start = start;
  moved.end = end;
}

/** What a token says about its word by itself, whatever its neighbours: computed once per token. */
interface TokenReading {
  readonly text: string;
  readonly key: string;
  /** From the token's end to the word's: a possessive cut off, an abbreviation's period added. */
  readonly endShift: number;
  readonly possessive: boolean;
  readonly lexicon: string | undefined;
  readonly capital: boolean;
  readonly calendar: boolean;
  /** Punctuation (not white space) after the word, or before it. */
  readonly punctuationAfter: boolean;
  readonly punctuationBefore: boolean;
  /** An opening quote or bracket before the word; a quote before it; a colon, dash or quote after it. */
  readonly openedBefore: boolean;
  readonly quoteBefore: boolean;
  readonly opensAfter: boolean;
  readonly markAfter: string;
  readonly markBefore: string;
}

// Tokens of unchanged lines come back from the line cache as copies sharing `identity` (see nlp.ts),
// so an edit re-reads only the words of the lines it touched.
// The reading is kept on the identity object itself, as a property no comparison or serialisation
// sees (a symbol, not enumerable): a WeakMap of every token met made each lookup and garbage
// collection pay for its entries (readWords took twice as long).
const READING = Symbol('reading');

function readToken(t: Token, text: string): TokenReading {
  const holder = t.identity as { [READING]?: TokenReading };
  let reading = holder[READING];
  if (!reading) {
    reading = readTokenAlone(t, t.text !== '' ? t.text : text.slice(t.start, t.end));
    Object.defineProperty(holder, READING, { value: reading });
  }
  return reading;
}

function readTokenAlone(t: Token, whole: string): TokenReading {
  let length = whole.length;
  const possessive = /['’]s$/.test(whole) && whole.length > 2;
  if (possessive) length -= 2;
  else if (/s['’]$/.test(whole) && t.tags.has('Possessive')) length -= 1;
  let textOf = whole.slice(0, length);
  const bare = textOf.replace(/\.$/, '').toLowerCase();
  // The token's own lookup serves unless a possessive or a period was cut off (or parts were joined).
  const lexicon = length === whole.length && !textOf.endsWith('.') && t.text !== '' ? t.lexicon : lexiconTag(bare);
  const post = t.post;
  // The abbreviation's or initial's period is in `post`; keep it in the word.
  const abbreviation = post.startsWith('.') && (NAME_ABBREVIATIONS.has(bare) || (US_STATE_ABBREVIATIONS.has(bare) && /^\p{Lu}/u.test(textOf)) || /^\p{Lu}$/u.test(textOf));
  if (abbreviation) {
    length += 1;
    textOf += '.';
  }
  const postRest = abbreviation ? post.slice(1) : post;
  return {
    text: textOf,
    key: bare,
    endShift: length - whole.length,
    possessive,
    lexicon,
    capital: /\p{Lu}/u.test(textOf.charAt(0)) || hasNameParticle(textOf),
    calendar: isCalendarWord(bare, t.tags),
    punctuationAfter: /[^\s]/.test(postRest),
    punctuationBefore: /[^\s]/.test(t.pre),
    openedBefore: /["“‘(\[]/.test(t.pre),
    quoteBefore: /["“‘]/.test(t.pre),
    // A spaced hyphen stands for a dash in plain wire copy (`(Reuters) - Floods in …`).
    opensAfter: /(?:[:;"“—–]|(?:^|\s)-)\s*$/.test(postRest),
    markAfter: postRest.trim().charAt(0),
    markBefore: t.pre.trim().slice(-1),
  };
}

/** A given name in compromise's lexicon (`john`, `greta`), whatever the tagger made of it here. */
export function isFirstName(w: Word): boolean {
  return isGivenNameTag(w.lexicon);
}

/** A given name by the lexicon, or by the tagger when it does not also read the word as a place. */
export function isGivenName(w: Word): boolean {
  return isFirstName(w) || (w.tags.has('FirstName') && !w.tags.has('Place'));
}

/** Articles of other languages that open names (`Le Monde`, `La Liga`, `Der Spiegel`, `El País`). */
const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'les', 'el', 'los', 'las', 'il', 'der', 'die', 'das']);

/** A capitalised foreign article inside a sentence: the name's own first word. */
export function isForeignArticle(w: Word): boolean {
  return FOREIGN_ARTICLES.has(w.key) && w.capital && !w.initial;
}

/**
 * `Zhao Weiming`, `Park Ji-sung`: a name of two or three words opening with a family name of a
 * language that writes the family name first, when the first word is no given name in the lexicon
 * (`Kim Davis`, `Lee Smith` put the family name last).
 */
export function isSurnameFirst(nameWords: readonly string[]): boolean {
  if (nameWords.length < 2 || nameWords.length > 3) return false;
  const first = nameWords[0].toLowerCase();
  if (!SURNAME_FIRST_FAMILY_NAMES.has(first) || isGivenNameTag(lexiconTag(first))) return false;
  const last = lexiconTag(nameWords[nameWords.length - 1]);
  return last !== 'LastName' && !isGivenNameTag(last);
}

/**
 * `d'Ettorre`, `al-Assad`, `el-Sisi`: a lower-case particle joined to a capitalised name still makes a
 * name word (but `pro-Russian`, `mid-January` do not: only these particles count).
 */
export function hasNameParticle(text: string): boolean {
  return /^(?:[dl]['’]|(?:al|el|ad|ud|as|ash|at|az|an|ul)-)\p{Lu}/u.test(text);
}

/**
 * The word a name at word `from` follows in its sentence, `the` skipped: the preposition it is the
 * object of when there is one (`of` in `Eastman of the University of Sydney`).
 */
export function governingWord(words: readonly Word[], from: number): string | null {
  let k = from - 1;
  if (k >= 0 && words[k].key === 'the') k--;
  if (k < 0 || words[k].sentence !== words[from].sentence) return null;
  return words[k].key;
}

function sentenceOf(sentences: readonly Span[], from: number, offset: number): number {
  let s = from;
  while (s < sentences.length - 1 && sentences[s].end <= offset) s++;
  return s;
}

/** Months (full and abbreviated) and weekdays. */
const CALENDAR: ReadonlySet<string> = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()].filter((k) => k !== 'may'));

// `May` and `March` are also names and verbs: only calendar words compromise read as dates count.
function isCalendarWord(key: string, tags: ReadonlySet<string>): boolean {
  return CALENDAR.has(key) || (key === 'may' && (tags.has('Month') || tags.has('Date')));
}

/**
 * Lower-case second halves that make a compound adjective of a name (`Scientology-related`,
 * `Kremlin-backed`): the name stands alone. Other lower-case halves stay joined (`Kim Jong-un`).
 */
const COMPOUND_ADJECTIVE_HEADS = new Set([
  'related', 'like', 'based', 'born', 'led', 'backed', 'owned', 'run', 'funded', 'style', 'speaking',
  'era', 'inspired', 'themed', 'controlled', 'sponsored', 'affiliated', 'made', 'bound', 'focused',
  'oriented', 'friendly', 'specific', 'wide', 'linked', 'allied', 'dominated', 'held', 'occupied',
  'trained', 'educated', 'listed', 'registered', 'flagged', 'built', 'designed', 'produced', 'area',
  'language', 'american',
]);

function isCompoundAdjective(first: Token, next: Token): boolean {
  return /^\p{Lu}/u.test(first.text) && COMPOUND_ADJECTIVE_HEADS.has(next.text);
}

/** `Kassym` `-` `Jomart` → one token; compromise splits hyphenated words but keeps the offsets. */
function joinHyphenated(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    let t = head;
    while (i + 1 < tokens.length && isHyphen(t.post) && tokens[i + 1].pre === '' && tokens[i + 1].start === t.end + 1 && !isCompoundAdjective(head, tokens[i + 1])) {
      const n = tokens[++i];
      const tags = new Set([...t.tags, ...n.tags]);
      t = { start: t.start, end: n.end, text: '', pre: t.pre, post: n.post, tags, lexicon: undefined, identity: joinedIdentity(t.identity, n.identity) };
    }
    out.push(t);
  }
  return out;
}

/** `post` is one hyphen or dash alone: what /^[-‐–]$/ tested, without a regular expression run on every token of every analysis. */
function isHyphen(post: string): boolean {
  return post.length === 1 && (post === '-' || post === '‐' || post === '–');
}

// A joined token is made of its parts alone (their texts, tags and the hyphen between them), so the
// same parts give it the same identity on every analysis: its reading (readToken) and the work kept
// on its sentence (draft-work.ts) survive an edit elsewhere. Kept on the first part's identity, weakly.
const JOINED = Symbol('joined');

function joinedIdentity(head: object, next: object): object {
  const holder = head as { [JOINED]?: WeakMap<object, object> };
  let joined = holder[JOINED];
  if (!joined) {
    joined = new WeakMap();
    Object.defineProperty(holder, JOINED, { value: joined });
  }
  let identity = joined.get(next);
  if (!identity) {
    identity = {};
    joined.set(next, identity);
  }
  return identity;
}
