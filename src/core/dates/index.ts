import type { AnalyzeOptions, DateMention, Dateline, ReferenceDate, Span } from '../types';

/** What the top of the article says about when it was written. */
export interface ArticleReference {
  readonly referenceDate: ReferenceDate;
  readonly dateline: Dateline | null;
  /** The Markdown front matter block (`---` … `---`), when present: not prose, never analysed. */
  readonly frontMatter: Span | null;
}

/**
 * Reads the front matter and the dateline and decides the reference date:
 * options.referenceDate, else front matter `date:`, else the dateline's date (year from
 * options.datelineYear), else options.today (else the current UTC day).
 */
export function findReference(text: string, options: AnalyzeOptions): ArticleReference {
  void text;
  void options;
  throw new Error('not implemented yet');
}

/**
 * Every date expression in the prose (outside front matter and dateline), in text order, resolved
 * against the reference date, the sentence's tense, and for narrative forms (`a day later`) the
 * previous explicitly dated expression.
 */
export function findDates(text: string, sentences: readonly Span[], reference: ArticleReference): DateMention[] {
  void text;
  void sentences;
  void reference;
  throw new Error('not implemented yet');
}
