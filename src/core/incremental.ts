import { analyzeWith, createLineCaches } from './analyze';
import type { Analysis, AnalyzeOptions } from './types';

/** Analyses successive versions of one document, reusing the work on lines that did not change. */
export interface IncrementalAnalyzer {
  /** The same Analysis as `analyzeArticle(text, options)`, computed faster after a small edit. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/**
 * One analyzer per open document. compromise's tagging of each line (the costliest step) and the
 * date expressions of each line are kept by line text between calls, each name candidate's roles,
 * kind scores and name features by the sentences they read (entities/draft-work.ts), each
 * sentence's events by its words and everything else they read (events/memo.ts), and the words
 * before an edit as they were; article-level work (the article's evidence about words, linking,
 * anchoring dates, rules) is redone every time, so the result never depends on the order of edits.
 *
 * @example
 * const analyzer = createIncrementalAnalyzer();
 * analyzer.analyze(version1); // cold
 * analyzer.analyze(version2); // re-tags only the edited lines
 */
export function createIncrementalAnalyzer(): IncrementalAnalyzer {
  const caches = createLineCaches(true);
  return {
    analyze: (text, options = {}) => analyzeWith(text, options, caches),
  };
}
