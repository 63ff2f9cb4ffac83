import type { Analysis, AnalyzeOptions } from './types';
import { findDates, findReference } from './dates';
import { findEntities } from './entities';
import { findEvents } from './events';
import { applyGlossaryNotes } from './glossary/lookup';
import { tokenize } from './nlp';
import { runRules } from './rules';
import { splitSentences } from './text/sentences';

/**
 * The one entry point of the engine: text in, plain data out. Deterministic: the same text and
 * options give the same Analysis.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): Analysis {
  const reference = findReference(text, options);
  const bodyStart = reference.frontMatter ? reference.frontMatter.end : 0;
  const sentences = splitSentences(text, bodyStart);
  const dates = findDates(text, sentences, reference);
  const entities = applyGlossaryNotes(findEntities(text, sentences, { dateline: reference.dateline, dates }), options.glossary);
  const tokens = tokenize(text);
  const events = findEvents(text, sentences, entities, dates, tokens);
  const findings = runRules({ text, sentences, reference, dates, entities, events }, options);
  return {
    textLength: text.length,
    referenceDate: reference.referenceDate,
    dateline: reference.dateline,
    entities,
    dates,
    events,
    findings,
  };
}
