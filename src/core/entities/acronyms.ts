/** `Collective Security Treaty Organization (CSTO)`, `IDOT` for `Illinois Department of Transportation`. */

/** Words an acronym skips (`Department of Transportation` → `DOT`). */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'la', 'du', '&']);

export function isAcronym(text: string): boolean {
  const bare = text.replace(/\./g, '');
  return bare.length >= 2 && bare.length <= 8 && /^[\p{Lu}&]+[\p{Lu}\d&]*s?$/u.test(bare) && /\p{Lu}.*\p{Lu}/u.test(bare);
}

/** Whether `acronym` spells the initials of `name`, with or without its small words (`IDOT`, `DPW`). */
export function matchesInitials(acronym: string, name: string): boolean {
  return spellsInitials(acronym, initialsOf(name));
}

/** The initials of a name of two words or more: of every word, and of all but its small words. */
export interface Initials {
  readonly all: string;
  readonly big: string;
}

export function initialsOf(name: string): Initials | null {
  const words = name.split(/[\s-]+/).filter((w) => w !== '');
  if (words.length < 2) return null;
  const all = words.map((w) => w.charAt(0)).join('').toUpperCase();
  const big = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => w.charAt(0)).join('').toUpperCase();
  return { all, big };
}

/** matchesInitials with the name's initials computed once (see initialsOf). */
export function spellsInitials(acronym: string, initials: Initials | null): boolean {
  if (!initials) return false;
  const bare = acronym.replace(/\./g, '').replace(/s$/, '').toUpperCase();
  return bare === initials.big || bare === initials.all;
}
