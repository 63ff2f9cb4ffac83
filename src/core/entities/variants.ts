/**
 * Spelling variants: `Okafour` for `Okafor`, `Halvorson` for `Halvorsen`. A variant is linked to the
 * entity as an alias (its mentions keep their own text), so the `names.spelling` rule can find it
 * with `spellingVariants(entity)`.
 */
import type { Entity, Mention } from '../types';
import { editDistance } from '../text/editDistance';

/**
 * Whether `variant` reads as a misspelling of `form`: same first letter, distance 1 for names of 5–7
 * letters, up to 2 from 8 letters on (shorter names differ by one letter too often to be sure).
 */
export function isSpellingVariant(variant: string, form: string): boolean {
  if (variant === form || variant.length < 5 || form.length < 5) return false;
  // Lengths three apart are never within the distance (most pairs linking compares): no strings made.
  if (Math.abs(variant.length - form.length) > 2) return false;
  if (variant[0].toLowerCase() !== form[0].toLowerCase()) return false;
  // Linking asks this of the same pairs of the article's names on every analysis: kept by pair (bounded).
  let answers = variantAnswers.get(variant);
  let answer = answers?.get(form);
  if (answer === undefined) {
    answer = isVariantOf(variant, form);
    if (variantAnswerCount >= MAX_VARIANT_ANSWERS) {
      variantAnswers.clear();
      variantAnswerCount = 0;
      answers = undefined;
    }
    if (!answers) {
      answers = new Map();
      variantAnswers.set(variant, answers);
    }
    answers.set(form, answer);
    variantAnswerCount++;
  }
  return answer;
}

const variantAnswers = new Map<string, Map<string, boolean>>();
let variantAnswerCount = 0;
const MAX_VARIANT_ANSWERS = 50_000;

/** isSpellingVariant past its cheap tests: the two strings alone decide. */
function isVariantOf(variant: string, form: string): boolean {
  // `Polaroids` is the plural of `Polaroid`, not a misspelling: names do not inflect, nouns do.
  if (isPlural(variant, form) || isPlural(form, variant)) return false;
  const max = Math.min(variant.length, form.length) >= 8 ? 2 : 1;
  return editDistance(variant.toLowerCase(), form.toLowerCase(), max) <= max;
}

/** `plural` is `singular` with `s` or `es` (tested without building either string: linking asks this of every close pair). */
function isPlural(plural: string, singular: string): boolean {
  const added = plural.length - singular.length;
  return (added === 1 ? plural.endsWith('s') : added === 2 && plural.endsWith('es')) && plural.startsWith(singular);
}

/** A mention spelled differently from the entity's name, and the spelling it should have. */
export interface SpellingVariant {
  readonly mention: Mention;
  /** The entity's spelling of the same word or words: `Okafor` for the mention `Okafour`. */
  readonly expected: string;
}

/**
 * The mentions of an entity whose text is not a word-for-word part of its name but a close
 * misspelling of its name or of one of the name's words.
 */
export function spellingVariants(entity: Entity): SpellingVariant[] {
  const nameWords = entity.name.split(/\s+/);
  const out: SpellingVariant[] = [];
  for (const mention of entity.mentions) {
    if (mention.link === 'acronym' || mention.link === 'title') continue;
    if (entity.name.includes(mention.text)) continue;
    const candidates = [entity.name, ...nameWords];
    const expected = candidates.find((form) => isSpellingVariant(mention.text, form));
    if (expected) out.push({ mention, expected });
  }
  return out;
}
