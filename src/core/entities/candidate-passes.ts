// Passes over the whole list of name candidates, after the capitalised runs were split: what the
// neighbourhood of a candidate says it is not (a storm, a work) or that it is longer than its run.
import type { Candidate, Word } from './model';
import { SMALL_WORDS, isAcronym, matchesInitials } from './acronyms';

/** Lower-case nouns that put a creative work's title after them (`the 1969 film Easy Rider`). */
const WORK_NOUNS: ReadonlySet<string> = new Set([
  'novel', 'film', 'movie', 'book', 'album', 'song', 'single', 'series', 'show', 'documentary', 'play',
  'musical', 'opera', 'game', 'painting', 'poem', 'sitcom', 'podcast', 'memoir', 'biopic', 'ballet',
  'sculpture', 'episode', 'franchise', 'videogame', 'comic', 'manga', 'anime',
]);

/**
 * `her graphic novel Angel Catbird`, `the 1969 film Easy Rider`: a work's title names no person,
 * organization or place, though it is capitalised like one.
 */
export function dropWorks(words: readonly Word[], candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (c.titleFrom !== null || c.from === 0) return true;
    const prev = words[c.from - 1];
    return !(WORK_NOUNS.has(prev.key) && !prev.capital && !prev.breakAfter && prev.sentence === words[c.from].sentence);
  });
}

/**
 * `United Nations High Commissioner for Refugees (UNHCR)`: when the words before a bracketed acronym
 * spell it, they are one name, though the run split at a title or at `for`. The candidates inside
 * give way to it.
 */
export function mergeSpelledOut(words: readonly Word[], candidates: Candidate[]): Candidate[] {
  let out = candidates;
  for (const c of candidates) {
    const end = c.from - 1;
    if (c.from !== c.to || end < 1 || !words[end].capital || words[c.from].markBefore !== '(' || words[c.to].markAfter !== ')' || !isAcronym(words[c.to].text)) continue;
    const letters = words[c.to].text.replace(/[.s]/g, '').length;
    for (let start = end - 1; start >= 0 && end - start < letters + 4; start--) {
      const w = words[start];
      if (w.sentence !== words[end].sentence || (w.breakAfter && start < end) || (!w.capital && !SMALL_WORDS.has(w.key))) break;
      if (!w.capital) continue;
      if (!matchesInitials(words[c.to].text, words.slice(start, end + 1).map((x) => x.text).join(' '))) continue;
      const merged: Candidate = { from: start, to: end, titleFrom: null };
      out = [...out.filter((x) => x.to < start || x.from > end), merged].sort((a, b) => a.from - b.from);
      break;
    }
  }
  return out;
}

/** Words that make the name after them a storm's (`Hurricane Katrina`, `Tropical Storm Erika`). */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'superstorm', 'tropical']);

/**
 * Storms carry people's given names but are events, not people: `Hurricane Irene` and the later
 * `Irene` name nothing Copydesk reports.
 */
export function dropStorms(words: readonly Word[], candidates: Candidate[]): Candidate[] {
  const storms = new Set<string>();
  const isStorm = (c: Candidate) => {
    let k = c.from;
    while (k < c.to && STORM_WORDS.has(words[k].key)) k++;
    return k > c.from || (c.from > 0 && STORM_WORDS.has(words[c.from - 1].key) && words[c.from - 1].sentence === words[c.from].sentence);
  };
  for (const c of candidates) {
    if (!isStorm(c)) continue;
    let k = c.from;
    while (k < c.to && STORM_WORDS.has(words[k].key)) k++;
    storms.add(words.slice(k, c.to + 1).map((w) => w.text).join(' '));
  }
  if (storms.size === 0) return candidates;
  return candidates.filter((c) => !isStorm(c) && !storms.has(words.slice(c.from, c.to + 1).map((w) => w.text).join(' ')));
}
