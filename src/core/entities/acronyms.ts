/** `Collective Security Treaty Organization (CSTO)`, `IDOT` for `Illinois Department of Transportation`. */

const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'la', 'du', '&']);

export function isAcronym(text: string): boolean {
  const bare = text.replace(/\./g, '');
  return bare.length >= 2 && bare.length <= 8 && /^[\p{Lu}&]+[\p{Lu}\d&]*s?$/u.test(bare) && /\p{Lu}.*\p{Lu}/u.test(bare);
}

/** Whether `acronym` spells the initials of `name`, with or without its small words (`IDOT`, `DPW`). */
export function matchesInitials(acronym: string, name: string): boolean {
  const bare = acronym.replace(/\./g, '').replace(/s$/, '').toUpperCase();
  const words = name.split(/[\s-]+/).filter((w) => w !== '');
  if (words.length < 2) return false;
  const all = words.map((w) => w.charAt(0)).join('').toUpperCase();
  const big = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => w.charAt(0)).join('').toUpperCase();
  return bare === big || bare === all;
}
