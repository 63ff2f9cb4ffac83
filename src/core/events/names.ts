import type { Entity, Mention } from '../types';
import { SURNAME_PARTICLES } from './words';

const stripPossessive = (s: string) => s.replace(/['’]s?$/, '');

/**
 * How a summary names an actor, as the article does: a person by the short form the article uses
 * for them (`van der Berg`, or `Zhao` for the surname-first `Zhao Weiming`), else by the surname
 * with its particles; an organization or place by the mention at hand (`CSTO`), a title mention
 * (`the President`) by the name it stands for.
 */
export function shortName(entity: Entity, mention: Mention, alone: ReadonlySet<string> = new Set()): string {
  if (entity.kind !== 'person') return mention.link === 'title' ? entity.name : stripPossessive(mention.text);
  const words = entity.name.split(/\s+/);
  if (words.length === 1) return entity.name;
  // `Zhao Weiming … Zhao said`: a name whose first word the article uses alone for a person (and
  // not its last) is written surname first, even when the short mention was not linked to it.
  if (alone.has(words[0]) && !alone.has(words[words.length - 1])) return words[0];
  const suffixes = new Map<string, number>();
  const prefixes = new Map<string, number>();
  // `Lula` for `Luiz Inácio Lula da Silva`: a middle word the article uses alone.
  const inner = new Map<string, number>();
  for (const m of entity.mentions) {
    if (m.link === 'title') continue;
    const t = stripPossessive(m.text).trim();
    if (t === entity.name || t === '') continue;
    if (entity.name.endsWith(` ${t}`)) suffixes.set(t, (suffixes.get(t) ?? 0) + 1);
    else if (entity.name.startsWith(`${t} `) && !/\s/.test(t)) prefixes.set(t, (prefixes.get(t) ?? 0) + 1);
    else if (!/\s/.test(t) && words.slice(1, -1).includes(t)) inner.set(t, (inner.get(t) ?? 0) + 1);
  }
  const best = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
  // A suffix the text uses wins (`Okoro` for `Greta Okoro`); only a name the text shortens to its
  // first word alone is surname-first (`Zhao` for `Zhao Weiming`).
  const short = best(suffixes) ?? best(inner) ?? best(prefixes);
  if (short) return withParticles(words, short);
  let k = words.length - 1;
  while (k > 1 && SURNAME_PARTICLES.has(words[k - 1].toLowerCase())) k--;
  return words.slice(k).join(' ');
}

/** `Berg` stands for `van der Berg` when the full name writes the particles before it. */
function withParticles(words: readonly string[], short: string): string {
  const n = short.split(/\s+/).length;
  let k = words.length - n;
  if (words.slice(k).join(' ') !== short) return short;
  while (k > 1 && SURNAME_PARTICLES.has(words[k - 1].toLowerCase())) k--;
  return words.slice(k).join(' ');
}

/** The single-word person mentions of an article (`Zhao`, `Okoro`): surname evidence for shortName. */
export function singleWordPersonMentions(entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions) {
      const t = stripPossessive(m.text).trim();
      if (m.link !== 'title' && t !== '' && !/\s/.test(t)) out.add(t);
    }
  }
  return out;
}

/**
 * `Anna van der Berg`, `De Souza said`: lower-case (or sentence-initial) particles written just
 * before a surname mention belong to the surname, however the name was split into entities.
 */
export function particlesBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 24), start);
  const m = /((?:\b[\p{L}]+\s+)+)$/u.exec(before);
  if (!m) return '';
  const words = m[1].trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && SURNAME_PARTICLES.has(words[k - 1].toLowerCase())) k--;
  return words.slice(k).join(' ');
}
