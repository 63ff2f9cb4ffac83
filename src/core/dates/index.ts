import type { AnalyzeOptions, DateMention, Span } from '../types';
import { findReference as readReference, type ArticleReference } from './reference';
import { resolveCandidates } from './resolve';
import { datelineOrder } from './datelineOrder';
import { scanDates } from './scan';
import type { Candidate } from './forms';
import type { LineCache, LineText } from '../text/lineCache';

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
 * document (see incremental.ts), so only changed lines are scanned again; `lineTexts`: the text's
 * lines when the caller has them (text/lineCache.ts LineTexts).
 */
export function findDates(text: string, sentences: readonly Span[], reference: ArticleReference, lines?: LineCache<Candidate[]>, lineTexts?: readonly LineText[]): DateMention[] {
  const from = reference.frontMatter ? reference.frontMatter.end : 0;
  const excluded: Span[] = reference.dateline ? [reference.dateline] : [];
  const candidates = scanDates(text, from, text.length, excluded, lines, lineTexts);
  const found = resolveCandidates(text, sentences, candidates, reference.referenceDate, datelineOrder(text, reference.dateline));
  const dateline = datelineDate(text, reference);
  return dateline ? [dateline, ...found] : found;
}

/**
 * The dateline's own date (`Jan 9` in `Nur-Sultan, Jan 9 (IANS)`) as a date mention: the article
 * lists every date it writes. Its value is the dateline's, whose year, when the dateline gives
 * none, comes from the explicit reference date or else the file's modification year.
 */
function datelineDate(text: string, reference: ArticleReference): DateMention | null {
  const dateline = reference.dateline;
  if (!dateline?.date) return null;
  const found = scanDates(text, dateline.start, dateline.end, []).find((c) => c.form.type === 'date');
  if (!found) return null;
  const written = text.slice(found.start, found.end);
  const hasYear = 'year' in found.form && found.form.year !== undefined;
  const anchor = hasYear
    ? null
    : reference.referenceDate.source === 'dateline'
      ? "the file's date (the dateline gives no year)"
      : `reference date ${reference.referenceDate.value} (${reference.referenceDate.source})`;
  return {
    start: found.start,
    end: found.end,
    text: written,
    kind: 'absolute',
    value: dateline.date,
    anchor,
    rule: hasYear ? 'dateline date' : 'dateline date, year assumed',
    confidence: hasYear ? 0.95 : 0.8,
  };
}
