import type { Span } from '../types';
import { NON_TERMINAL_ABBREVIATIONS } from './abbreviations';

/**
 * Splits text into sentence spans. A line break always ends a sentence (news copy puts the
 * headline, the dateline paragraph and each paragraph on lines of their own); inside a line a
 * sentence ends at `.`, `!` or `?` (with closing quotes or brackets) followed by white space and a
 * capital, digit or opening quote, unless the period closes a known abbreviation or an initial.
 * Spans are trimmed of surrounding white space; empty sentences are dropped.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < to && /["'”’)\]]/.test(text[j])) j++;
    if (j >= to) continue;
    if (text[j] !== ' ' && text[j] !== '\t') continue;
    let k = j;
    while (k < to && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= to || !/[A-Z0-9"“‘'(\[]/.test(text[k]) && !/\p{Lu}/u.test(text[k])) continue;
    if (ch === '.' && isAbbreviation(text, i, from)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(to);
  return spans;
}

/** Paragraph spans: runs of non-blank lines. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\S\r\n]*(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))+/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    addTrimmed(text, start, m.index, spans);
    start = m.index + m[0].length;
  }
  addTrimmed(text, start, text.length, spans);
  return spans;
}

function addTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

function isAbbreviation(text: string, dot: number, from: number): boolean {
  let k = dot;
  while (k > from && /[\p{L}']/u.test(text[k - 1])) k--;
  const word = text.slice(k, dot);
  if (word.length === 0) return false;
  // A single capital letter is an initial (`George W. Bush`, `U.S.`).
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  // `U.S.`, `D.C.`: a letter preceded by another period-letter pair.
  if (word.length === 1 && k > from && text[k - 1] === '.') return true;
  return NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase());
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/** The sentence (of `sentences`, in text order) that holds `offset`, by binary search. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
