import { hasNameParticle, isFirstName, isForeignArticle, isGivenName, isSurnameFirst } from './words';
import type { Candidate, Chunk, Word, WordEvidence } from './model';
import { isParticle } from './chunks';
import { lexiconTag } from '../nlp';
import { isEnglishWord } from '../english-words';
import { isDemonym } from './demonyms';
import { isLearnedCommonWord, learnedKinds } from './learned-words';
import { HEAD_TITLES, NAME_PARTICLES, PORTFOLIO_TITLES, PORTFOLIOS, TITLE_WORDS } from '../lexicon';
import { ORG_SUFFIXES, PLACE_SUFFIXES } from './kinds';
import { NON_NAME_ACRONYMS } from './non-names';
import { isCreditLabel } from './credits';
import { splitSurnameModifiers } from './surname-modifiers';
import { dropStorms, dropWorks, mergeSpelledOut } from './candidate-passes';
import { isOccupation } from './roles';

/** Tags that say compromise read a capitalised word as an ordinary word, not a name. */
const ORDINARY_TAGS = [
  'Adjective', 'Adverb', 'Verb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value',
  'QuestionWord', 'Modal', 'Auxiliary', 'Copula', 'Negative', 'Expression', 'Possessive',
];
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Acronym'];

/** compromise lexicon entries for ordinary words. */
const COMMON_LEXICON = new Set(['Gerund', 'PastTense', 'PresentTense', 'Plural', 'Adjective', 'Infinitive', 'Singular', 'PhrasalVerb', 'Actor', 'Comparative', 'Superlative', 'Uncountable', 'Participle', 'Adverb', 'Noun']);

/** Capitalised words that never name anything by themselves. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'i', 'it', 'we', 'he', 'she', 'they', 'you', 'our', 'my', 'his', 'her', 'its', 'their', 'mr', 'mrs', 'ms']);

export function gatherEvidence(words: readonly Word[]): WordEvidence {
  const midCapital = new Set<string>();
  const lower = new Set<string>();
  const surnames = new Set<string>();
  const pairs = new Set<string>();
  let runFrom = -1;
  // Only the last word of a capitalised run counts as a name by itself: `Marsh` in `Ellen Marsh`
  // is a surname, `Transit` in `Springfield Mass Transit District` says nothing about `Transit`.
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const next = words[k + 1];
    const closesRun = !next || w.breakAfter || !next.capital;
    if (w.capital && !w.initial && closesRun) midCapital.add(w.text);
    if (w.capital && !w.initial && !w.breakAfter && next?.capital && next.sentence === w.sentence) pairs.add(`${w.text} ${next.text}`);
    else if (!w.capital) lower.add(w.key);
    // `Ana de Souza`, `Ursula von der Leyen`: the particle capitalised to open a sentence (`De Souza
    // said`, `Von der Leyen said`) opens the same name there.
    if (isParticle(w) && k > 0 && words[k - 1].capital && !words[k - 1].breakAfter && !w.breakAfter && next && next.sentence === w.sentence && (next.capital || isParticle(next))) {
      pairs.add(`${w.text.charAt(0).toUpperCase()}${w.text.slice(1)} ${next.text}`);
    }
    if (!w.capital) runFrom = -1;
    else if (runFrom < 0) runFrom = k;
    if (w.capital && closesRun) {
      // `Ding Xuexiang`: a name that writes the family name first (`Ding said` opening a sentence).
      for (let j = Math.max(runFrom, k - 2); j < k; j++) {
        if (isSurnameFirst(words.slice(j, k + 1).map((x) => x.text))) surnames.add(words[j].text);
      }
      // `Lawmaker Rita Fan`, `John F. Kennedy`: a given name somewhere before the last word.
      for (let j = runFrom; j < k; j++) {
        if (isFirstName(words[j])) {
          surnames.add(w.text);
          break;
        }
      }
      runFrom = -1;
    }
  }
  return { midCapital, lower, surnames, pairs };
}

/** Splits capitalised runs into name candidates: drops ordinary words, titles and demonyms. */
export function toCandidates(words: readonly Word[], chunks: readonly Chunk[], evidence: WordEvidence): Candidate[] {
  const out: Candidate[] = [];
  for (const chunk of chunks) splitChunk(words, chunk.from, chunk.to, evidence, out);
  return mergeSpelledOut(words, splitSurnameModifiers(words, dropStorms(words, dropWorks(words, out))));
}

function splitChunk(words: readonly Word[], from: number, to: number, evidence: WordEvidence, out: Candidate[]): void {
  // `Video: Miharris & Acphillips.`: a credit names its makers, one on each side of `&`.
  if (from > 0 && isCreditLabel(words[from - 1])) {
    for (let k = from + 1; k < to; k++) {
      if (words[k].text === '&') {
        splitChunk(words, from, k - 1, evidence, out);
        splitChunk(words, k + 1, to, evidence, out);
        return;
      }
    }
  }
  // Leading function words and sentence-initial ordinary words (`The`, `Later`, `Transit advocates`).
  let initial = words[from].initial;
  while (from <= to && (FUNCTION_WORDS.has(words[from].key) || (initial && !TITLE_WORDS.has(words[from].key) && !modifiesInstitution(words, from, to) && !opensKnownName(words, from, to, evidence) && !opensCommonNounName(words, from, to) && isOrdinary(words[from], evidence, from < to, words[from + 1])))) {
    initial = initial || words[from].key === 'the';
    from++;
  }
  while (from <= to && (isFunctionWord(words[from]) || isCreditLabel(words[from])) && !(from < to && (isForeignArticle(words[from]) || isParticle(words[from]) || opensParticleName(words, from, evidence)))) from++;
  while (to >= from && (!words[to].capital || isFunctionWord(words[to]) || isCreditLabel(words[to]))) to--;
  // `Ben Myers KC`, `Jane Reid MP`: letters after a name are honours and offices, not the name.
  while (to > from && POSTNOMINALS.has(words[to].key) && words[to].text === words[to].text.toUpperCase()) to--;
  // `Meteorologist Luca Mercalli` opening a sentence: the occupation is a role, not the name.
  if (from < to && words[from].initial && isOccupation(words[from]) && isFirstName(words[from + 1])) from++;
  if (from > to) return;
  const named = countryBeforeName(words, from, to);
  if (named > 0) {
    splitChunk(words, from, named - 1, evidence, out);
    splitChunk(words, named, to, evidence, out);
    return;
  }
  // A title closing the run (`State Department Spokesperson`) is not part of the name.
  while (to > from && HEAD_TITLES.has(words[to].key) && !ORG_SUFFIXES.has(words[to].key) && !isSurnameAfterGivenName(words, from, to)) to--;
  const title = ORG_SUFFIXES.has(words[to].key) || isGeneralCompany(words, from, to, evidence) ? -1 : lastTitle(words, from, to);
  if (title >= 0) {
    let nameFrom = title + 1;
    // `Secretary of State John Kerry`: the role runs on over `of …` up to a first name.
    if (words[nameFrom]?.key === 'of') {
      let k = nameFrom + 1;
      while (k <= to && !words[k].tags.has('FirstName') && !isFirstName(words[k])) k++;
      if (k > to) {
        splitChunk(words, nameFrom + 1, to, evidence, out);
        addTitleModifiers(words, from, title, evidence, out);
        return;
      }
      nameFrom = k;
    }
    addTitleModifiers(words, from, title, evidence, out);
    if (nameFrom <= to && !onlyNonNames(words, nameFrom, to)) out.push({ from: nameFrom, to, titleFrom: from });
    return;
  }
  if ((onlyNonNames(words, from, to) || isThingName(words, from, to)) && !isGeneralCompany(words, from, to, evidence)) return;
  out.push({ from, to, titleFrom: null });
}

/**
 * Runs that name things, groups or ideas rather than people, organizations or places: a single
 * letter, an acronym of a thing
 * (`GDP`), or several ordinary words with no name word and no organization or place head
 * (`Property Rights`, `Natural Language Processing`).
 */
function isThingName(words: readonly Word[], from: number, to: number): boolean {
  const first = words[from];
  if (from === to) {
    if (/^\p{Lu}\.?$/u.test(first.text)) return true;
    if (NON_NAME_ACRONYMS.has(first.key)) return true;
    return false;
  }
  const last = words[to].key;
  if (ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last)) return false;
  // `Van der Berg`: particles inside the run make it a name, though each capitalised word is a noun.
  if (words.slice(from + 1, to).some(isParticle)) return false;
  for (let k = from; k <= to; k++) {
    const w = words[k];
    if (!w.capital) continue;
    if (NAME_TAGS.some((t) => w.tags.has(t))) return false;
    if (!isLearnedCommonWord(w.key) && !COMMON_LEXICON.has(w.lexicon ?? '')) return false;
  }
  return true;
}

/**
 * `Legislative Council`, `Supreme Court`, `The Home Office` at the start of a sentence: a word right
 * before an organization's head word is part of its name, not an ordinary word that happens to be
 * capitalised (though the article may write `home` in lower case elsewhere).
 */
function modifiesInstitution(words: readonly Word[], k: number, to: number): boolean {
  return k < to && ORG_SUFFIXES.has(words[k + 1].key) && words[k + 1].capital && !FUNCTION_WORDS.has(words[k].key) && !words[k].tags.has('Determiner');
}

/**
 * `Federal Reserve Chair …`, `White House spokesman`, `Advanced Micro Devices dropped` opening a
 * sentence: an adjective or a noun before capitalised words that end on an ordinary English noun
 * (before any title) opens that name; the noun alone (`Reserve`, `House`) would be no name. Not a
 * word that counts or points (`Several`, `Many`, `Both`), and not before a known person's name word.
 */
function opensCommonNounName(words: readonly Word[], k: number, to: number): boolean {
  if (k >= to || !words[k + 1].capital) return false;
  const first = words[k];
  if (['Determiner', 'Value', 'Pronoun', 'Adverb', 'Preposition', 'Conjunction', 'QuestionWord', 'Negative', 'Expression'].some((t) => first.tags.has(t))) return false;
  if (first.lexicon === 'Determiner' || first.tags.has('Plural')) return false;
  let e = k + 1;
  while (e < to && words[e + 1].capital && !TITLE_WORDS.has(words[e + 1].key) && !words[e].breakAfter) e++;
  const end = words[e];
  if (['Person', 'FirstName', 'LastName'].some((t) => end.tags.has(t)) || isGivenName(end)) return false;
  return isEnglishWord(end.key);
}

/**
 * `New Zealand will vote` opening a sentence: the ordinary-looking first word opens a name the
 * article writes mid-sentence too, or that the lexicon knows whole (`new zealand` is a country).
 */
function opensKnownName(words: readonly Word[], k: number, to: number, evidence: WordEvidence): boolean {
  if (k >= to) return false;
  if (evidence.pairs.has(`${words[k].text} ${words[k + 1].text}`)) return true;
  const tag = lexiconTag(`${words[k].key} ${words[k + 1].key}`);
  return tag === 'Country' || tag === 'City' || tag === 'Region' || tag === 'Place' || tag === 'Organization';
}

/**
 * `President of the United States Barack Obama`: a country the lexicon knows whole, of two words or
 * an acronym, right before a person's name (a given name, or a word the tagger reads as a person's)
 * is the end of a title, not a part of the name. The index where the person's name starts, or -1.
 * With `Martin Luther King` (a closing title word after a given name): MEANTIME fold means person
 * 0.842 -> 0.858, place 0.790 -> 0.795, names 0.911 -> 0.915; dev unchanged.
 */
function countryBeforeName(words: readonly Word[], from: number, to: number): number {
  for (let k = from + 1; k < to && k - from <= 3; k++) {
    if (!isGivenName(words[k]) && !words[k].tags.has('Person')) continue;
    const prefix = words.slice(from, k);
    const acronym = prefix.length === 1 && /^\p{Lu}{2,}$/u.test(prefix[0].text.replace(/\./g, ''));
    if ((prefix.length >= 2 || acronym) && lexiconTag(prefix.map((w) => w.key).join(' ')) === 'Country') return k;
  }
  return -1;
}

/** Letters after a person's name: honours, offices, degrees. */
const POSTNOMINALS: ReadonlySet<string> = new Set(['kc', 'qc', 'mp', 'mep', 'msp', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'phd', 'md', 'esq', 'frs']);

const DIRECTIONS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);


/** A capitalised word compromise reads as a preposition, conjunction, determiner, pronoun or adverb. */
/** `De Souza said` opening a sentence, after `Ana de Souza`: the capitalised particle opens her name. */
function opensParticleName(words: readonly Word[], k: number, evidence: WordEvidence): boolean {
  return words[k].initial && NAME_PARTICLES.has(words[k].key) && k + 1 < words.length && evidence.pairs.has(`${words[k].text} ${words[k + 1].text}`);
}

function isFunctionWord(w: Word): boolean {
  // `the WHO and UNICEF said`: three capitals are an acronym, not `who` (`IT`, `US` stay words).
  if (/^\p{Lu}{3,}$/u.test(w.text)) return false;
  if (FUNCTION_WORDS.has(w.key)) return true;
  if (hasNameParticle(w.text)) return false; // `d'Ettorre`: the tagger reads the `d'` as a determiner
  const grammatical = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord'].some((t) => w.tags.has(t));
  return grammatical && !NAME_TAGS.some((t) => w.tags.has(t));
}

/** The last head title before the run's last word, with no head title after it. */
/**
 * `General Electric`, `General Dynamics`: `General` opening a run before one ordinary word (one the
 * article writes in lower case, the training text knows, or the tagger reads as a common word) is a company's name, not a general's rank before a surname (`General Milley`).
 */
function isGeneralCompany(words: readonly Word[], from: number, to: number, evidence: WordEvidence): boolean {
  if (to !== from + 1 || words[from].key !== 'general') return false;
  const w = words[to];
  // A surname the tagger knows (`General Mills` may also be a general) stays a person's.
  if (w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName') || isGivenName(w)) return false;
  if (evidence.lower.has(w.key) || isLearnedCommonWord(w.key) || COMMON_LEXICON.has(w.lexicon ?? '')) return true;
  return ['Plural', 'Adjective', 'Organization'].some((t) => w.tags.has(t));
}

function lastTitle(words: readonly Word[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    if (HEAD_TITLES.has(words[k].key) && words[k].capital && !isSurnameAfterGivenName(words, from, k)) return k;
  }
  return -1;
}

/**
 * `Martin Luther King Jr.`, `John Major`, `Julie Bishop`: a title word right after a given name or an
 * initial is the person's surname.
 */
function isSurnameAfterGivenName(words: readonly Word[], from: number, k: number): boolean {
  if (k === from) return false;
  // The name's last word, or before a generational suffix: `San Francisco Mayor London Breed` keeps its title.
  const after = words[k + 1];
  if (after && after.capital && after.sentence === words[k].sentence && !/^(?:jr|sr|ii|iii|iv)$/.test(after.key)) return false;
  const before = words[k - 1];
  // `Martin Luther King`: a run opened by a given name and closed by a title word is the whole name.
  if (k - from >= 2 && isGivenName(words[from]) && words.slice(from + 1, k).every((w) => w.capital && !TITLE_WORDS.has(w.key))) return true;
  return isFirstName(before) || /^\p{Lu}\.$/u.test(before.text);
}

/** Names inside a title (`Michigan` in `Michigan Gov.`, `Bank of England` in `Bank of England Governor`). */
/** Whether the run of words `from`.. before `title` ends on an institution's head word (`Commission`). */
function institutionFollows(words: readonly Word[], from: number, title: number): boolean {
  let e = from;
  while (e + 1 < title && (!TITLE_WORDS.has(words[e + 1].key) || continuesInstitution(words, e + 1))) e++;
  return ORG_SUFFIXES.has(words[e].key);
}

/**
 * `European Council President`, `Teamsters Union President`, `Calumet City Mayor`: an institution's
 * or a place's head word that is also a title word closes the name after a word that is no title.
 */
function continuesInstitution(words: readonly Word[], k: number): boolean {
  return INSTITUTION_TITLE_HEADS.has(words[k].key) && !TITLE_WORDS.has(words[k - 1].key);
}

/**
 * Title words that close an institution's or a place's name before a title (`Calumet City Mayor`,
 * `Cook County Board President`); not `District` (`U.S. District Judge`), `State` (`Ohio State Senator`).
 */
const INSTITUTION_TITLE_HEADS: ReadonlySet<string> = new Set(['council', 'union', 'party', 'board', 'city', 'county']);

function addTitleModifiers(words: readonly Word[], from: number, title: number, evidence: WordEvidence, out: Candidate[]): void {
  let k = from;
  while (k < title) {
    // `European Commission President`: a demonym before an institution's head word is its name's own.
    const demonymOpens = isDemonym(words[k]) && k + 1 < title && (!TITLE_WORDS.has(words[k + 1].key) || continuesInstitution(words, k + 1)) && institutionFollows(words, k + 1, title);
    if (!demonymOpens && (TITLE_WORDS.has(words[k].key) || isDemonym(words[k]) || !words[k].capital)) {
      k++;
      continue;
    }
    let e = k;
    while (e + 1 < title && (!TITLE_WORDS.has(words[e + 1].key) || continuesInstitution(words, e + 1))) e++;
    // `Dutch Economy Minister`: a single portfolio word before the minister's title is the brief.
    const portfolio = e === k && PORTFOLIOS.has(words[k].key) && PORTFOLIO_TITLES.has(words[k + 1]?.key ?? '');
    if (!portfolio) splitChunk(words, k, e, evidence, out);
    k = e + 1;
  }
}

/** Every word is a title word, a demonym or a word that is capitalised but names nothing. */
function onlyNonNames(words: readonly Word[], from: number, to: number): boolean {
  // `Labour Party`, `Foreign Ministry`, `State Department`: title words that end in an institution's
  // head word name that institution.
  if (to > from && ORG_SUFFIXES.has(words[to].key) && words[to].capital && !words.slice(from, to + 1).every((w) => HEAD_TITLES.has(w.key))) return false;
  for (let k = from; k <= to; k++) {
    const w = words[k];
    if (!w.capital) continue;
    if (isTitleWord(w.key) || isDemonym(w) || FUNCTION_WORDS.has(w.key)) continue;
    // `North Korean shelling`, `South African troops`: a compass word before a nationality.
    if (DIRECTIONS.has(w.key) && k < to && isDemonym(words[k + 1])) continue;
    const counts = learnedKinds(w.text);
    if (counts && counts[3] >= 2 && counts[3] > 3 * (counts[0] + counts[1] + counts[2])) continue;
    return false;
  }
  return true;
}

/** A sentence-initial capitalised word that is most likely an ordinary word. */
function isOrdinary(w: Word, evidence: WordEvidence, runsOn: boolean, next: Word | undefined): boolean {
  if (w.key.length > 1 && w.text === w.text.toUpperCase()) return false;
  // `ROME — Several Italian …`: the tagger may call a capitalised determiner a proper noun there.
  if (w.lexicon === 'Determiner' || w.lexicon === 'Preposition' || w.lexicon === 'Conjunction') return true;
  // `Young people` opening a sentence is an adjective before its noun, even after `Ann Young`.
  if (w.tags.has('Adjective') && next && !next.capital && next.tags.has('Noun') && !next.tags.has('Pronoun')) return true;
  // `Fan said` after `Rita Fan`, though the article also writes `fan` in lower case.
  if (evidence.surnames.has(w.text)) return false;
  if (evidence.lower.has(w.key)) return true;
  if (evidence.midCapital.has(w.text)) return false;
  if (w.tags.has('Plural') && !NAME_TAGS.some((t) => w.tags.has(t))) return true;
  if (ORDINARY_TAGS.some((t) => w.tags.has(t))) return !NAME_TAGS.some((t) => w.tags.has(t)) || w.tags.has('Value');
  if (NAME_TAGS.some((t) => w.tags.has(t))) return false;
  if (isAgentCompound(w.key)) return true;
  // Before another capitalised word the capital may be the name's own (`Star Trek`): only the
  // tagger's reading as a grammatical word above counts then, not mere dictionary membership.
  if (runsOn) return false;
  if (isLearnedCommonWord(w.key) || COMMON_LEXICON.has(w.lexicon ?? '')) return true;
  return /(?:ly|ing|ed|ness|ment|tion|ions|ity|ous|ive|able|ful|less)$/.test(w.key);
}

/**
 * `Dockworkers`, `Firefighters`, `Homeowners`: a closed compound of a common word and a plural
 * agent noun, which the tagger does not know and so may read as a name at a sentence's start.
 */
function isAgentCompound(key: string): boolean {
  if (!key.endsWith('ers')) return false;
  for (let cut = 3; cut <= key.length - 5; cut++) {
    const head = key.slice(0, cut);
    const tail = key.slice(cut);
    if (lexiconTag(tail) !== 'Plural' && !isLearnedCommonWord(tail)) continue;
    const headTag = lexiconTag(head);
    if (isLearnedCommonWord(head) || (headTag !== undefined && COMMON_LEXICON.has(headTag))) return true;
  }
  return false;
}

/** A title word or its plural (`The Presidents exchanged opinions`). */
function isTitleWord(key: string): boolean {
  return TITLE_WORDS.has(key) || (key.endsWith('s') && TITLE_WORDS.has(key.slice(0, -1)));
}
