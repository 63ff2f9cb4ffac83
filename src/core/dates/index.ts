import type { AnalyzeOptions, DateMention, Span } from '../types';
import { findReference as readReference, type ArticleReference } from './reference';
import { resolveCandidates } from './resolve';
import { scanDates } from './scan';
import type { Candidate } from './forms';
import type { LineCache } from '../text/lineCache';

export type { ArticleReference } from './reference';
export {
  addDays,
  addMonths,
  daysBetween,
  formatIsoDay,
  parseIsoDay,
  weekdayOf,
} from './calendar';

/**
 * Reads the front matter and the dateline and decides the reference date:
 * options.referenceDate, else front matter `date:`, else the dateline's date (year from
 * options.datelineYear), else options.today (else the current UTC day).
 */
export function findReference(text: string, options: AnalyzeOptions): ArticleReference {
  return readReference(text, options);
}

/**
 * Every date expression in the prose (outside front matter and dateline), in text order, resolved
 * against the reference date, the sentence's tense, and for narrative forms (`a day later`) the
 * previous explicitly dated expression. `lines`: the line cache of the previous analysis of the same
 * document (see incremental.ts), so only changed lines are scanned again.
 */
export function findDates(text: string, sentences: readonly Span[], reference: ArticleReference, lines?: LineCache<Candidate[]>): DateMention[] {
  const from = reference.frontMatter ? reference.frontMatter.end : 0;
  const excluded: Span[] = reference.dateline ? [reference.dateline] : [];
  const candidates = scanDates(text, from, text.length, excluded, lines);
  return resolveCandidates(text, sentences, candidates, reference.referenceDate);
}
