import { COMMON_WORDS_TEXT, WORD_KINDS_TEXT } from './learned-lexicon';

/** Counts for a capitalised word: inside a person, organization, place name; outside any name. */
export type KindCounts = readonly [number, number, number, number];

// The learned data ships as compact strings; parse once, on first use.
let common: Set<string> | null = null;
let kinds: Map<string, KindCounts> | null = null;

/** Words the training text writes in lower case mid-sentence (`transit`, `later`). */
export function isLearnedCommonWord(lower: string): boolean {
  common ??= new Set(COMMON_WORDS_TEXT.split(' '));
  return common.has(lower);
}

export function learnedKinds(word: string): KindCounts | undefined {
  if (!kinds) {
    kinds = new Map();
    for (const row of WORD_KINDS_TEXT.split(';')) {
      const colon = row.lastIndexOf(':');
      const n = row.slice(colon + 1).split(',').map(Number);
      kinds.set(row.slice(0, colon), [n[0], n[1], n[2], n[3]]);
    }
  }
  return kinds.get(word);
}
