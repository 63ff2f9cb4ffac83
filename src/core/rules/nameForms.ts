/**
 * The capitalised word forms of an article, as `names.spelling` compares them: how often each is
 * written, where it sits inside people's names (given name, surname, alone) and which words it is
 * written with. Possessives count as the name (`Vance's` is `Vance`).
 */
import type { Entity, Span } from '../types';
import type { Word } from '../text/words';
import { lineCacheKey, spansByLine, type LineCacheSet, type PlacedSpans } from '../text/lineCaches';

export type NamePosition = 'first' | 'middle' | 'last' | 'alone';

export interface WordForm {
  readonly form: string;
  /** Every place the form is written (possessive `'s` left out of the span). */
  readonly occurrences: Word[];
  /** Where it sits in the people's mentions that contain it; empty when no person mention does. */
  readonly positions: Set<NamePosition>;
  /** The other words of the person mentions it is part of (`Maria` for `Vance` in `Maria Vance`). */
  readonly partners: Set<string>;
  /** Occurrences inside a multi-word organization or place name (`Vance Avenue`). */
  inOtherName: number;
  /** Occurrences inside a person mention. */
  inPerson: number;
}

const POSSESSIVE = /['’]s?$/;

// A capitalised word as wordsIn (text/words.ts) reads words: letters and marks with inner
// apostrophes and hyphens, not preceded by a letter, digit or joiner. Scanning for capitals only
// skips the lower-case bulk of the text, which this rule never looks at.
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** The name a word writes: `Vance's` → `Vance`, `Jones'` → `Jones`. */
export function bareForm(word: string): string {
  return word.replace(POSSESSIVE, '');
}

const CAPITALISED_BY_LINE = lineCacheKey<PlacedSpans<Word>>('nameForms.capitalised');

/** The capitalised words of `text[from, to)` (CAPITALISED), matched on the whole text. */
function capitalisedWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  CAPITALISED.lastIndex = from;
  for (let m = CAPITALISED.exec(text); m && m.index < to; m = CAPITALISED.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function collectWordForms(text: string, bodyStart: number, entities: readonly Entity[], caches?: LineCacheSet): Map<string, WordForm> {
  const forms = new Map<string, WordForm>();
  // The capitalised words in text order, each with its form: mentions are looked up in it below.
  // Read line by line (a word never runs over the white space that ends a line; before a line's
  // start the look-behind sees that white space or nothing), kept in `caches` between analyses.
  const words: { word: Word; entry: WordForm | null }[] = [];
  const capitalised = spansByLine(text, bodyStart, caches?.of(CAPITALISED_BY_LINE), (line) => capitalisedWords(line, 0, line.length), (from, to) => capitalisedWords(text, from, to), caches?.linesOf(text));
  for (const w of capitalised) {
    const form = bareForm(w.text);
    // `Stoddar- Stoddart`: a spoken false start in a transcript is not a spelling.
    if (form.length < 2 || /^[-‐–—]/.test(text.slice(w.end, w.end + 1))) {
      words.push({ word: w, entry: null }); // still a word of its mention (`W.` in `George W. Bush`)
      continue;
    }
    let entry = forms.get(form);
    if (!entry) {
      entry = { form, occurrences: [], positions: new Set(), partners: new Set(), inOtherName: 0, inPerson: 0 };
      forms.set(form, entry);
    }
    entry.occurrences.push({ start: w.start, end: w.start + form.length, text: form });
    words.push({ word: w, entry });
  }
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const inside: { word: Word; entry: WordForm | null }[] = [];
      // A possessive word (`Obama’s`) is inside a mention that ends before its `’s`.
      for (let k = firstAtOrAfter(words, mention.start); k < words.length && bareEnd(words[k].word) <= mention.end; k++) inside.push(words[k]);
      inside.forEach(({ word, entry }, i) => {
        if (!entry) return;
        if (entity.kind !== 'person') {
          if (inside.length > 1) entry.inOtherName++;
          return;
        }
        entry.inPerson++;
        entry.positions.add(inside.length === 1 ? 'alone' : i === 0 ? 'first' : i === inside.length - 1 ? 'last' : 'middle');
        for (const other of inside) if (other.word !== word) entry.partners.add(bareForm(other.word.text));
      });
    }
  }
  return forms;
}

function bareEnd(word: Word): number {
  return word.start + bareForm(word.text).length;
}

/** Index of the first word starting at or after `offset` (binary search; words are in text order). */
function firstAtOrAfter(words: readonly { word: Word }[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].word.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}
