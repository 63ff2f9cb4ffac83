import type { Role } from '../types';
import type { Candidate, Word } from './model';
import { governingWord } from './words';
import { isDemonym } from './demonyms';
import { ARTICLES, HEAD_TITLES, POSSESSIVE_DETERMINERS, TITLE_WORDS } from '../lexicon';

/**
 * The roles the text gives a person at one mention: the title in the capitalised run before the
 * name (`Kazakh President`), a lower-case job before it (`IDOT spokeswoman`), and an appositive
 * after it (`, chief executive of Northline Motors Inc.,` / `, who was chairman of …`).
 */
export function rolesAt(text: string, words: readonly Word[], c: Candidate): Role[] {
  const roles: Role[] = [];
  const before = c.titleFrom ?? c.from;
  const lead = leadingRole(text, words, before);
  const roleFrom = lead ?? c.titleFrom;
  if (roleFrom !== null) roles.push(span(text, words[roleFrom].start, words[c.from - 1].end));
  else {
    const preceding = precedingAppositive(text, words, before);
    if (preceding) roles.push(preceding);
  }
  // `Professor Creswell Eastman of the University of Sydney, who led the study`: the clause after a
  // name that is itself the object of `of`, `at` or `from` is about the person before it.
  const governed = PREPOSITIONS_BEFORE_OBJECT.has(governingWord(words, c.from) ?? '');
  const appositive = governed ? null : appositiveRole(text, words, c.to);
  if (appositive) roles.push(appositive);
  return roles;
}

const PREPOSITIONS_BEFORE_OBJECT: ReadonlySet<string> = new Set(['of', 'at', 'from', 'for', 'with', 'in', 'by']);

/**
 * `The federal health minister, Tony Abbott, said`, `Her lawyer, Ben Myers KC, told the court`: a
 * title phrase ending in a job, set off by a comma right before the name.
 */
function precedingAppositive(text: string, words: readonly Word[], at: number): Role | null {
  const p = at - 1;
  if (p < 0 || gap(text, words, p).trim() !== ',' || words[p].sentence !== words[at].sentence || words[p].capital) return null;
  if (!HEAD_TITLES.has(words[p].key) && !isOccupation(words[p])) return null;
  // Back over the phrase to its determiner or possessive: `the party's current leader`.
  let q = p;
  while (q - 1 >= 0 && p - q < 6 && joined(text, words, q - 1)) {
    const w = words[q - 1];
    if (w.tags.has('Verb') || w.tags.has('Preposition') || w.tags.has('Conjunction')) break;
    q--;
    if (w.tags.has('Determiner') || w.tags.has('Possessive') || w.possessive) break;
  }
  // `The party's current leader`: the determiner before a possessive noun opens the phrase.
  if (words[q].possessive && q > 0 && words[q - 1].tags.has('Determiner') && joined(text, words, q - 1)) q--;
  const opener = words[q];
  if (!(opener.tags.has('Determiner') || opener.tags.has('Possessive') || opener.possessive)) return null;
  return span(text, opener.start, words[p].end);
}

function span(text: string, start: number, end: number): Role {
  return { start, end, text: text.slice(start, end) };
}

/** The gap between two words, where punctuation shows. */
function gap(text: string, words: readonly Word[], k: number): string {
  return k + 1 < words.length ? text.slice(words[k].end, words[k + 1].start) : '';
}

function joined(text: string, words: readonly Word[], k: number): boolean {
  return k + 1 < words.length && words[k].sentence === words[k + 1].sentence && !/[,;:()"“”—–]/.test(gap(text, words, k));
}

/**
 * `SMTD director`, `UAW Local 909 president`, `fashion designer`: a lower-case head title or
 * occupation right before the name.
 */
function leadingRole(text: string, words: readonly Word[], at: number): number | null {
  const p = at - 1;
  // A capitalised occupation only opening a sentence (`Meteorologist Luca Mercalli told …`).
  if (p < 0 || !joined(text, words, p) || (words[p].capital && !(words[p].initial && isOccupation(words[p])))) return null;
  if (!HEAD_TITLES.has(words[p].key) && !isOccupation(words[p])) return null;
  let q = p;
  let nouns = 0;
  while (q - 1 >= 0 && joined(text, words, q - 1)) {
    const w = words[q - 1];
    if (w.tags.has('Determiner') || w.tags.has('Pronoun')) break;
    if (TITLE_WORDS.has(w.key) || w.capital || /^\d+$/.test(w.text) || isDemonym(w)) q--;
    // `science fiction writer`: the title takes up to two nouns before it.
    else if (nouns < 2 && isModifierNoun(w)) {
      q--;
      nouns++;
    } else break;
  }
  return q;
}

/**
 * A lower-case noun for a person's occupation (`actor`, `designer`, `illustrator`): compromise's
 * lexicon files them as `Actor`. Nouns for companies that it tags the same way (`carmaker`, `developer`) are left out:
 * `the carmaker Toyota` names no person.
 */
export function isOccupation(w: Word): boolean {
  if (!w.tags.has('Actor') || w.tags.has('Plural') || COMPANY_NOUNS.has(w.key) || w.key.endsWith('maker')) return false;
  if (!/^\p{L}[\p{Ll}-]+$/u.test(w.text)) return false;
  // The tagger spreads `Actor` over whole phrases (`capital city of`): trust it on the lexicon's own
  // person nouns, and on words it does not know only with a person-noun ending (`novelist`).
  return w.lexicon === 'Actor' || (w.lexicon === undefined && /(?:ist|er|or|ian)$/.test(w.key));
}

const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'developer', 'operator', 'builder', 'partner', 'employer', 'manufacturer', 'supplier', 'provider',
  'publisher', 'carrier', 'distributor', 'investor', 'rival', 'sponsor', 'contractor', 'owner',
  'producer', 'retailer', 'broadcaster', 'insurer', 'lender', 'brewer', 'exporter', 'importer',
]);

function isModifierNoun(w: Word): boolean {
  return w.tags.has('Noun') && !['Pronoun', 'Determiner', 'Possessive', 'Plural', 'Verb', 'Adjective', 'Value'].some((t) => w.tags.has(t)) && /^\p{Ll}+$/u.test(w.text);
}

/** `, chief executive of Northline Motors Inc.,` or `, who was chairman of …` after the name. */
function appositiveRole(text: string, words: readonly Word[], to: number): Role | null {
  if (to + 1 >= words.length || words[to + 1].sentence !== words[to].sentence) return null;
  if (gap(text, words, to).trim() !== ',') return null;
  let k = to + 1;
  const first = k;
  if (words[k].key === 'who') {
    const one = words[k + 1]?.key ?? '';
    const two = `${one} ${words[k + 2]?.key ?? ''}`;
    if (ROLE_CLAUSE_VERBS.has(two)) k += 3;
    else if (ROLE_CLAUSE_VERBS.has(one)) k += 2;
    else return null;
    if (!/^(?:chairs|chaired|heads|headed|leads|led|runs|ran|directs|directed)$/.test(one) && !titleWithin(words, k, 4)) return null;
  } else {
    if (APPOSITIVE_OPENERS.has(words[k].key)) k++;
    if (!titleWithin(words, k, 3)) return null;
  }
  // `Teresa Nguyen, who chairs` at the end of the text: the clause has no words left to hold a role.
  if (k >= words.length) return null;
  let end = k;
  while (end + 1 < words.length && joined(text, words, end)) end++;
  // `Hemet, California, his lawyer said`: a clause whose verb follows the noun, not an appositive
  // (`the Scottish nurse who contracted Ebola` keeps its relative clause).
  if (words[first].key !== 'who') {
    for (let i = k; i <= end; i++) {
      if (words[i].key === 'who' || words[i].key === 'that' || words[i].key === 'which') break;
      if (isFiniteVerb(words[i])) return null;
    }
  }
  // `actor Dennis Hopper, science fiction writer L. Ron Hubbard`: a title right before a name is that
  // name's role in a list, not an appositive of the name before the comma.
  for (let i = k; i < end; i++) {
    if (HEAD_TITLES.has(words[i].key) || isOccupation(words[i])) {
      // A capitalised title followed by a name (`Chancellor Rachel Reeves`) is that name's.
      if (words[i + 1].capital && !words[i + 1].tags.has('Preposition')) return null;
      break;
    }
  }
  return span(text, words[first].start, words[end].end);
}

function isFiniteVerb(w: Word): boolean {
  return w.tags.has('Verb') && (w.tags.has('PastTense') || w.tags.has('PresentTense')) && !w.tags.has('Gerund') && !w.tags.has('Participle') && !w.tags.has('Passive');
}

function titleWithin(words: readonly Word[], k: number, n: number): boolean {
  for (let i = k; i < k + n && i < words.length && words[i].sentence === words[k].sentence; i++) {
    // `, Starmer said Chancellor …`: a clause with its own verb, not a role.
    if (i > k && words[i - 1].tags.has('Verb') && !words[i - 1].capital) return false;
    if (HEAD_TITLES.has(words[i].key) && !words[i].capital) return true;
    // An occupation only opens the appositive (`, a pilgrim from Cairo`), it is not looked for further in.
    if (i === k && isOccupation(words[i])) return true;
    if (HEAD_TITLES.has(words[i].key) && i > k) return true;
  }
  return HEAD_TITLES.has(words[k]?.key ?? '');
}

/** Words that open an appositive role after a name (`Greta Halvorsen, chief executive of …`). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/** Verbs after `who` that make the relative clause a role (`who was chairman of …`). */
const ROLE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'has been', 'had been', 'will be', 'becomes', 'became', 'serves as', 'served as',
  'chairs', 'chaired', 'heads', 'headed', 'leads', 'led', 'runs', 'ran', 'directs', 'directed',
]);
