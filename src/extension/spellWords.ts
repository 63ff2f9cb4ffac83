/**
 * The words a spell checker should accept for an article's names, and how they join the words it
 * already has. Free of `vscode`.
 */

/**
 * The capitalized words of names, as a spell checker splits them (on spaces and hyphens), without
 * trailing punctuation: `Kassym-Jomart Tokayev` → `Kassym`, `Jomart`, `Tokayev`; `Northline Motors
 * Inc.` → `Northline`, `Motors`, `Inc`. Lower-case words (`of`) are in every dictionary already.
 */
export function nameWords(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) {
    for (const part of name.split(/[\s\-\u2010-\u2015/]+/)) {
      const word = part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (word.length >= 2 && /^\p{Lu}/u.test(word) && /^[\p{L}'’]+$/u.test(word)) words.add(word);
    }
  }
  return [...words];
}

/**
 * `existing` (whatever the setting holds) plus `added`: no duplicates, sorted case-insensitively.
 * Non-string entries of a hand-edited setting are dropped.
 */
export function mergeWords(existing: unknown, added: readonly string[]): string[] {
  const kept = Array.isArray(existing) ? existing.filter((w): w is string => typeof w === 'string' && w !== '') : [];
  return [...new Set([...kept, ...added])].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : 1));
}
