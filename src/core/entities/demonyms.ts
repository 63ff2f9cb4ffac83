import type { Word } from './model';

/**
 * Nationality adjectives and group names are not places (`Kazakh`, `Russian`, `Belarusian`).
 * compromise tags most of them `Demonym`; the endings catch the rest when the word is a modifier.
 */
export function isDemonym(w: Word): boolean {
  if (w.tags.has('Demonym') || w.lexicon === 'Demonym' || RELIGIONS.has(w.key)) return true;
  return /^\p{Lu}\p{L}+(?:ian|ean|ese|ish|ani|iyya|i)s?$/u.test(w.text) && !w.tags.has('Place') && !w.tags.has('Person') && /(?:ian|ean|ese|ish|ani)s?$/.test(w.text);
}

/**
 * Faiths and their followers, as adjectives or group names: like nationalities, never a name
 * (`Roman Catholic schools`, `Muslim pilgrims`, `Sunni and Shia leaders`).
 */
const RELIGIONS: ReadonlySet<string> = new Set([
  'catholic', 'catholics', 'muslim', 'muslims', 'christian', 'christians', 'jewish', 'jew', 'jews',
  'protestant', 'protestants', 'buddhist', 'buddhists', 'hindu', 'hindus', 'sikh', 'sikhs', 'sunni',
  'sunnis', 'shia', 'shiite', 'shiites', 'orthodox', 'evangelical', 'evangelicals', 'anglican',
  'anglicans', 'lutheran', 'methodist', 'baptist', 'mormon', 'mormons', 'islamic', 'roman',
]);
