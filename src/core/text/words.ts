import type { Span } from '../types';
import { lineCacheKey, spansByLine, type LineCacheSet, type PlacedSpans } from './lineCaches';

export interface Word extends Span {
  readonly text: string;
}

// Letters and marks, with inner apostrophes and hyphens (`Kassym-Jomart`, `O'Brien`); digits kept
// apart so `909` or `2022` are words of their own.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of `text[from, to)`, with their offsets. */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const WORDS_BY_LINE = lineCacheKey<PlacedSpans<Word>>('text.words');

/**
 * wordsIn(text, from): the same words, read line by line (a word never runs over white space) and
 * kept in `caches` for the next analysis of the document, which re-reads only the changed lines.
 */
export function wordsFrom(text: string, from: number, caches?: LineCacheSet): Word[] {
  return spansByLine(text, from, caches?.of(WORDS_BY_LINE), (line) => wordsIn(line), (start, end) => wordsIn(text, start, end), caches?.linesOf(text));
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
