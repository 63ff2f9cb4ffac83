import { lexiconTag } from '../nlp';
import type { Draft, Word } from './model';
import { bestKind, ORG_OF_HEADS, ORG_SUFFIXES, PLACE_LEXICON, PLACE_SUFFIXES } from './kinds';
import { isFirstName } from './words';

const INNER_BREAKS = new Set(['of', 'for', 'and', 'the', '&', 'on', 'de', 'du', 'la']);

/**
 * Names inside longer names: `Durham` in `Durham University`, `Hong Kong` in `Hong Kong Island`,
 * `Andy Warhol` in `Andy Warhol Foundation`. A part counts when compromise's lexicon knows it as a
 * place, or the article names it as a place or person elsewhere, or (people) it opens with a given
 * name. Nested mentions overlap their container: consumers that cannot show overlaps (semantic
 * tokens) keep the outer one.
 */
export function nestedDrafts(text: string, words: readonly Word[], drafts: readonly Draft[]): Draft[] {
  const known = new Map<string, 'person' | 'place'>();
  for (const d of drafts) {
    const kind = d.fixedKind ?? bestKind(d.scores);
    if (kind === 'place' || (kind === 'person' && d.to > d.from)) known.set(d.text, kind);
  }
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.from < 0 || d.to === d.from) continue;
    const kind = d.fixedKind ?? bestKind(d.scores);
    if (kind === 'person') continue;
    for (const [from, to] of parts(words, d.from, d.to)) {
      const hit = longestKnown(text, words, from, to, d, known);
      if (!hit) continue;
      const [s, e, inner] = hit;
      out.push({
        start: words[s].start,
        end: words[e].end,
        text: text.slice(words[s].start, words[e].end),
        from: s,
        to: e,
        roles: [],
        scores: inner === 'place' ? [0, 0, 5] : [5, 0, 0],
        fixedKind: null,
        definedBy: null,
      });
    }
  }
  return out;
}

/** Runs of capitalised words between joining words. */
function parts(words: readonly Word[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  for (let k = from; k <= to + 1; k++) {
    if (k > to || INNER_BREAKS.has(words[k].key)) {
      if (k - 1 >= s) out.push([s, k - 1]);
      s = k + 1;
    }
  }
  return out;
}

/** The longest leading or trailing part of `[from, to]` (not the whole draft) that is a known name. */
function longestKnown(text: string, words: readonly Word[], from: number, to: number, d: Draft, known: Map<string, 'person' | 'place'>): [number, number, 'person' | 'place'] | null {
  for (let len = to - from + 1; len >= 1; len--) {
    for (const s of [from, to - len + 1]) {
      const e = s + len - 1;
      if (s === d.from && e === d.to) continue;
      // `York` in `New York`, `Paris` in `Valeska Paris`: a place inside a name needs the rest of the
      // container to be its head words (`Durham University`, `Bank of England`).
      const headed = restIsHeads(words, d.from, d.to, s, e);
      const phrase = text.slice(words[s].start, words[e].end);
      const k = known.get(phrase);
      if (k && (k === 'person' || headed)) return [s, e, k];
      if (headed && PLACE_LEXICON.has(lexiconTag(phrase) ?? '')) return [s, e, 'place'];
      if (len === 2 && s === d.from && isFirstName(words[s]) && !isFirstName(words[e]) && !ORG_SUFFIXES.has(words[e].key) && !PLACE_SUFFIXES.has(words[e].key)) return [s, e, 'person'];
    }
  }
  return null;
}

/**
 * Every word of `[from, to]` outside `[s, e]` is an organization or place head word or a joining
 * word, and a head before the part ends in a joining word (`Bank of` England, not `Lake` Victoria).
 */
function restIsHeads(words: readonly Word[], from: number, to: number, s: number, e: number): boolean {
  if (s > from && !INNER_BREAKS.has(words[s - 1].key)) return false;
  for (let k = from; k <= to; k++) {
    if (k >= s && k <= e) continue;
    const key = words[k].key;
    if (!INNER_BREAKS.has(key) && !ORG_SUFFIXES.has(key) && !PLACE_SUFFIXES.has(key) && !ORG_OF_HEADS.has(key)) return false;
  }
  return true;
}
