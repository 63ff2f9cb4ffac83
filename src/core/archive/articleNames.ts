import { LineIndex } from '../text/lines';
import type { Analysis } from '../types';
import { INDEXED_KINDS, type IndexedKind } from './format';

/** One person or organization an article names, as the index keeps it. */
export interface ArticleName {
  readonly kind: IndexedKind;
  /** The canonical full form (the Analysis's `name`). */
  readonly name: string;
  readonly aliases: readonly string[];
  /** 1-based line and column of the first mention. */
  readonly line: number;
  readonly col: number;
  readonly mentions: number;
}

/** The people and organizations of one analysed article, each once, in order of first mention. */
export function articleNames(text: string, analysis: Analysis): ArticleName[] {
  const lines = new LineIndex(text);
  const seen = new Set<string>();
  const names: ArticleName[] = [];
  const entities = analysis.entities
    .filter((e) => (INDEXED_KINDS as readonly string[]).includes(e.kind))
    .sort((a, b) => a.firstMention.start - b.firstMention.start);
  for (const entity of entities) {
    const key = `${entity.kind}:${foldName(entity.name)}`;
    // Two entities of one article with one canonical name (rare) are one name to the index.
    if (seen.has(key)) continue;
    seen.add(key);
    const at = lines.position(entity.firstMention.start);
    names.push({
      kind: entity.kind as IndexedKind,
      name: entity.name,
      aliases: [...new Set(entity.aliases.filter((alias) => foldName(alias) !== foldName(entity.name)))],
      line: at.line + 1,
      col: at.character + 1,
      mentions: entity.mentions.length,
    });
  }
  return names;
}

/**
 * The form names are compared in: case and Unicode composition folded, spaces collapsed. Called for
 * every name of every article when an index loads: plain ASCII, the common case, skips the
 * normalisation, and toLowerCase (not the locale's) keeps it the same on every machine.
 */
export function foldName(name: string): string {
  const composed = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFC');
  const spaced = /\s\s|^\s|\s$|[\t\n\r\f\v]/.test(composed) ? composed.replace(/\s+/g, ' ').trim() : composed;
  return spaced.toLowerCase();
}
