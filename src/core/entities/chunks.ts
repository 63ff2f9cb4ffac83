import type { Chunk, Word } from './model';
import { isGivenName } from './words';
import { isEnglishWord } from '../english-words';
import { ORG_OF_HEADS, ORG_SUFFIXES, PLACE_SUFFIXES } from './kinds';
import { HEAD_TITLES, NAME_PARTICLES } from '../lexicon';

/** Joining words allowed inside an organization or place name after a head above. */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'de', 'del', 'la', 'du', 'des']);

/** A word that can be part of a name: capitalised (or an acronym), not a date. */
export function isNameWord(w: Word): boolean {
  return w.capital && !w.date && /[\p{L}]/u.test(w.text);
}

/**
 * Capitalised runs. A run continues over `of`/`for`/… after an organization or place head
 * (`Department of Public Works`, `Gulf of Mexico`), over `&`, and over particles between capitals;
 * it stops at punctuation, a possessive, a date and the end of a sentence.
 */
export function findChunks(words: readonly Word[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i])) {
      i++;
      continue;
    }
    const from = i;
    let to = i;
    let joinedFor = false;
    let joinedOf = false;
    while ((!words[to].breakAfter || possessiveInName(words, to)) && to + 1 < words.length) {
      const next = words[to + 1];
      if (isNameWord(next)) {
        to++;
        continue;
      }
      const joined = joinerLength(words, to, joinedFor) || (joinedOf ? andInName(words, to) : 0);
      if (joined === 0) break;
      joinedFor ||= words[to + 1].key === 'for';
      joinedOf ||= words[to + 1].key === 'for' || words[to + 1].key === 'of';
      to += joined + 1;
    }
    chunks.push({ from, to });
    i = to + 1;
  }
  return withParticles(words, chunks);
}

/**
 * `de Souza said` after `Maria de Souza`, `Von der Leyen said` opening a sentence after `Ursula von
 * der Leyen`: a later mention keeps the particles the article gave the name in full, in lower case
 * or capitalised to open a sentence (a particle alone before a capital is too often a foreign word
 * to count, so only the article's own full names decide).
 */
function withParticles(words: readonly Word[], chunks: Chunk[]): Chunk[] {
  const runs = new Set<string>();
  for (const c of chunks) {
    for (let k = c.from + 1; k < c.to; k++) {
      if (!isParticle(words[k]) || !words[k - 1].capital) continue;
      let e = k;
      while (e < c.to && isParticle(words[e])) e++;
      runs.add(particleRun(words, k, e));
    }
  }
  if (runs.size === 0) return chunks;
  const out: Chunk[] = [];
  for (const c of chunks) {
    let from = c.from;
    // Up to two particles before the chunk, the first capitalised only where it opens the sentence.
    for (let n = 1; n <= 2 && c.from - n >= 0; n++) {
      const k = c.from - n;
      const w = words[k];
      const opensSentence = w.initial && w.capital && NAME_PARTICLES.has(w.key);
      if (w.sentence !== words[c.from].sentence || w.breakAfter || !(isParticle(w) || opensSentence)) break;
      if (runs.has(particleRun(words, k, c.from))) from = k;
      if (!isParticle(w)) break;
    }
    // A capitalised particle opening the sentence was a chunk of its own (`Von`): it joins this one.
    while (out.length > 0 && out[out.length - 1].from >= from) out.pop();
    out.push(from === c.from ? c : { from, to: c.to });
  }
  return out;
}

/** Particles `from`..`at - 1` and the capitalised word at `at`, in lower case but the name word. */
function particleRun(words: readonly Word[], from: number, at: number): string {
  const parts: string[] = [];
  for (let k = from; k < at; k++) parts.push(words[k].key);
  parts.push(words[at].text);
  return parts.join(' ');
}

/** A lower-case name particle (`de`, `van`, `al`). */
export function isParticle(w: Word): boolean {
  return NAME_PARTICLES.has(w.key) && w.text === w.key;
}

/**
 * `St. Peter's Square`, `Children's Hospital`, `Workers' Party`: a possessive inside a name, before the
 * place or institution word that ends it.
 */
function possessiveInName(words: readonly Word[], at: number): boolean {
  const w = words[at];
  const next = words[at + 1];
  // `Workers' Party`: the plural possessive's apostrophe stands after the word.
  const pluralPossessive = w.tags.has('Possessive') && w.key.endsWith('s') && /['’]/.test(w.markAfter);
  if (!(w.possessive || pluralPossessive) || !next || !next.capital || next.sentence !== w.sentence) return false;
  const closes = !words[at + 2] || !isNameWord(words[at + 2]) || next.breakAfter;
  return closes && (PLACE_SUFFIXES.has(next.key) || ORG_SUFFIXES.has(next.key));
}

/** How many lower-case words join the run after `at` to a capitalised word beyond them (0: none). */
/**
 * `Centre for Disease Prevention and Control`, `Department of Health and Human Services`: a name that
 * joined over `of` or `for` goes on over `and` before one or two ordinary English words that close
 * it; not before another name (`Bank of England and Barclays`, `University of Oxford and Cambridge`).
 */
function andInName(words: readonly Word[], at: number): number {
  const a = words[at + 1];
  if (a.key !== 'and' || a.breakAfter) return 0;
  let e = at + 2;
  while (e < words.length && e <= at + 3 && isNameWord(words[e]) && words[e].sentence === a.sentence) {
    const w = words[e];
    if (!isEnglishWord(w.key) || /^\p{Lu}{2,}$/u.test(w.text) || w.lexicon !== undefined && !['Singular', 'Plural', 'Uncountable', 'Noun', 'Adjective', 'Infinitive', 'Actor'].includes(w.lexicon) || isGivenName(w)) return 0;
    if (w.breakAfter || !isNameWord(words[e + 1] ?? w) || words[e + 1]?.sentence !== a.sentence) return 1;
    e++;
  }
  return 0;
}

function joinerLength(words: readonly Word[], at: number, joinedFor = false): number {
  const w = words[at];
  const a = words[at + 1];
  if (!a || a.breakAfter && !words[at + 2]) return 0;
  const b = words[at + 2];
  const c = words[at + 3];
  if (a.text === '&' && !a.breakAfter && b && isNameWord(b)) return 1;
  // Titles take `of` too (`Secretary of State John Kerry`): the role splitter cuts the name off later.
  // `International Union for Conservation of Nature`, `Society for the Protection of Birds`: a name
  // that has joined over `for` goes on over `of`.
  const ofAfterFor = joinedFor && a.key === 'of';
  if (NAME_JOINERS.has(a.key) && (ORG_OF_HEADS.has(w.key) || ofAfterFor || (a.key === 'of' && HEAD_TITLES.has(w.key))) && !a.breakAfter && b) {
    if (isNameWord(b)) return 1;
    // `Bank of the West`, `Ministry for the Environment`
    if (b.key === 'the' && !b.breakAfter && c && isNameWord(c)) return 2;
  }
  // Not after a capitalised ordinary word opening a sentence, unless that word is a given name (`Maria de Souza`).
  if (NAME_PARTICLES.has(a.key) && a.text === a.key && !a.breakAfter && b && (!w.initial || isGivenName(w))) {
    if (isNameWord(b)) return 1;
    // `Ursula von der Leyen`, `Vincent van der Merwe`: two particles.
    if (NAME_PARTICLES.has(b.key) && b.text === b.key && !b.breakAfter && c && isNameWord(c)) return 2;
  }
  return 0;
}
