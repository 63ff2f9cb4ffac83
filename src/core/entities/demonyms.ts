import type { Word } from './words';

/**
 * Nationality adjectives and group names are not places (`Kazakh`, `Russian`, `Belarusian`).
 * compromise tags most of them `Demonym`; the endings catch the rest when the word is a modifier.
 */
export function isDemonym(w: Word): boolean {
  if (w.tags.has('Demonym')) return true;
  return /^\p{Lu}\p{L}+(?:ian|ean|ese|ish|ani|iyya|i)s?$/u.test(w.text) && !w.tags.has('Place') && !w.tags.has('Person') && /(?:ian|ean|ese|ish|ani)s?$/.test(w.text);
}
