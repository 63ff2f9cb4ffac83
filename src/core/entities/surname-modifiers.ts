import type { Candidate, Word } from './model';
import { isGivenName } from './words';
import { ORG_SUFFIXES, PLACE_SUFFIXES } from './kinds';

/**
 * `the Warhol Polaroid exhibits` after `Andy Warhol`: a person's surname used as a modifier of the
 * capitalised noun after it. The run is that person's mention plus a word that names nobody, not a
 * new person `Warhol Polaroid` (whose last word would then pass as a surname everywhere). Runs that
 * end like an organization or a place (`the Warhol Foundation`, `Kennedy Center`) stay whole.
 */
export function splitSurnameModifiers(words: readonly Word[], candidates: readonly Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.to > c.from && isGivenName(words[c.from]) && !isInstitution(words[c.to])) surnames.add(words[c.to].text);
  }
  if (surnames.size === 0) return [...candidates];
  const out: Candidate[] = [];
  for (const c of candidates) {
    const first = words[c.from];
    const splits =
      c.to > c.from &&
      c.titleFrom === null &&
      surnames.has(first.text) &&
      !isGivenName(first) &&
      !isInstitution(words[c.to]) &&
      !words.slice(c.from + 1, c.to + 1).some((w) => w.tags.has('LastName') || isGivenName(w) || isRomanisedGivenName(w));
    if (!splits) {
      out.push(c);
      continue;
    }
    out.push({ from: c.from, to: c.from, titleFrom: null });
  }
  return out;
}

/**
 * `Kong-wah` in `Lau Kong-wah`: a hyphenated romanised given name after a surname-first family name
 * (Chinese, Korean). `Emily Lau` and `Lau Kong-wah` are two people, not one person and a noun.
 */
function isRomanisedGivenName(w: Word): boolean {
  return /^\p{Lu}\p{Ll}*-\p{L}+$/u.test(w.text);
}

function isInstitution(w: Word): boolean {
  return ORG_SUFFIXES.has(w.key) || PLACE_SUFFIXES.has(w.key);
}
