/**
 * Whether a capitalised word is an ordinary word or a known place rather than a person's name: the
 * words the training text writes in lower case, SCOWL's common English words (english-words.ts), and
 * compromise's lexicon (any tag but a person-name
 * tag: `state` is a verb, `Lagos` a city, `Vance` a given name).
 */
import { isLearnedCommonWord } from '../entities/learned-words';
import { lexiconTag } from '../nlp';
import { isEnglishWord } from '../english-words';

const PERSON_NAME_TAGS: ReadonlySet<string> = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);

export function isDictionaryWord(word: string): boolean {
  return (factsOf(word) & DICTIONARY) !== 0;
}

/** Whether compromise's lexicon knows the word as a given name or a surname (`Maria`, `Zhao`). */
export function isPersonNameWord(word: string): boolean {
  return (factsOf(word) & PERSON_NAME) !== 0;
}

/**
 * Whether the word is written anywhere but in this article, as far as the engine knows: a dictionary
 * word, a known place or a known name. A form nobody writes (`Haloran`, `Frnak`) is likelier a slip.
 */
export function isKnownWord(word: string): boolean {
  return factsOf(word) !== 0;
}

const DICTIONARY = 1;
const PERSON_NAME = 2;

// The answers depend on the word alone (the lexicons are fixed at load), and names.spelling asks them
// of every capitalised form of the article on every analysis (an edit's 10,000-word article: two
// lower-casings and three lookups per form, 2% of the edit): kept by word, up to a bound.
const facts = new Map<string, number>();
const MAX_FACTS = 50_000;

function factsOf(word: string): number {
  let f = facts.get(word);
  if (f === undefined) {
    const lower = word.toLowerCase();
    const tag = lexiconTag(lower);
    const personName = tag !== undefined && PERSON_NAME_TAGS.has(tag);
    f = (isLearnedCommonWord(lower) || isEnglishWord(lower) || (tag !== undefined && !personName) ? DICTIONARY : 0) | (personName ? PERSON_NAME : 0);
    if (facts.size >= MAX_FACTS) facts.clear();
    facts.set(word, f);
  }
  return f;
}
