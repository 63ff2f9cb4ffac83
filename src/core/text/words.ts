import type { Span } from '../types';

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

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
