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
  const lower = word.toLowerCase();
  if (isLearnedCommonWord(lower) || isEnglishWord(lower)) return true;
  const tag = lexiconTag(lower);
  return tag !== undefined && !PERSON_NAME_TAGS.has(tag);
}

/** Whether compromise's lexicon knows the word as a given name or a surname (`Maria`, `Zhao`). */
export function isPersonNameWord(word: string): boolean {
  const tag = lexiconTag(word.toLowerCase());
  return tag !== undefined && PERSON_NAME_TAGS.has(tag);
}

/**
 * Whether the word is written anywhere but in this article, as far as the engine knows: a dictionary
 * word, a known place or a known name. A form nobody writes (`Haloran`, `Frnak`) is likelier a slip.
 */
export function isKnownWord(word: string): boolean {
  return isDictionaryWord(word) || isPersonNameWord(word);
}
