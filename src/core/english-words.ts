// Ordinary English words (SCOWL's common core: english-words-data.ts), for telling a capitalised
// word that is a common noun or adjective (`Technology`, `Devices`) from a name. compromise's lexicon
// lists few plain nouns (its tagger guesses them), and the training text is small.
import { ENGLISH_WORDS_TEXT } from './english-words-data';

let words: ReadonlySet<string> | null = null;

/** Whether `lower` (a lower-case word) is an ordinary English word. The set is built on first use. */
export function isEnglishWord(lower: string): boolean {
  words ??= new Set(ENGLISH_WORDS_TEXT.split(' '));
  return words.has(lower);
}
