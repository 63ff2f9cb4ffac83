import type { Analysis, AnalyzeOptions } from './types';
import { findDates, findReference } from './dates';
import type { Candidate } from './dates/forms';
import { findEntities } from './entities';
import { findEvents } from './events';
import { applyGlossaryNotes } from './glossary/lookup';
import { LineTokenCache, tokenize } from './nlp';
import { runRules } from './rules';
import { LineCache } from './text/lineCache';
import { LineCacheSet } from './text/lineCaches';
import { splitSentences } from './text/sentences';

/**
 * The one entry point of the engine: text in, plain data out. Deterministic: the same text and
 * options give the same Analysis.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(text, options, createLineCaches());
}

/** The per-line work an analysis keeps for the next analysis of the same document. */
export interface LineCaches {
  /** compromise's tokens of each line: the costliest step. */
  readonly tokens: LineTokenCache;
  /** The date expressions found in each line, before resolution (which is article-wide). */
  readonly dates: LineCache<Candidate[]>;
  /** Each later stage's per-line work (words, capitals, title lines...), by the stage's own key. */
  readonly lines: LineCacheSet;
  /** Kept for later versions of the document (incremental.ts), not for one analysis alone. */
  readonly incremental: boolean;
}

export function createLineCaches(incremental = false): LineCaches {
  return { tokens: new LineTokenCache(), dates: new LineCache(), lines: new LineCacheSet(incremental), incremental };
}

/**
 * analyzeArticle with the per-line work of earlier analyses of the same document (see
 * incremental.ts): the same result, faster when most lines are unchanged.
 */
export function analyzeWith(text: string, options: AnalyzeOptions, caches: LineCaches): Analysis {
  const reference = findReference(text, options);
  const bodyStart = reference.frontMatter ? reference.frontMatter.end : 0;
  const sentences = splitSentences(text, bodyStart);
  // Every stage reads the lines of the text as one set of string objects (text/lineCache.ts LineTexts).
  const lines = caches.lines.linesOf(text);
  const dates = findDates(text, sentences, reference, caches.dates, lines);
  const tokens = tokenize(text, caches.tokens, lines);
  const entities = applyGlossaryNotes(findEntities(text, sentences, { dateline: reference.dateline, dates, tokens, lineCaches: caches.lines, incremental: caches.incremental }), options.glossary);
  const events = findEvents(text, sentences, entities, dates, tokens, { referenceDate: reference.referenceDate, dateline: reference.dateline });
  const findings = runRules({ text, sentences, reference, dates, entities, events, lineCaches: caches.lines }, options);
  caches.lines.endPass();
  return {
    textLength: text.length,
    sentences,
    referenceDate: reference.yearAssumed
      ? { ...reference.referenceDate, yearAssumed: true, ...(reference.yearFromWeekday ? { yearFromWeekday: true } : {}) }
      : reference.referenceDate,
    dateline: reference.dateline,
    entities,
    dates,
    events,
    findings,
  };
}
