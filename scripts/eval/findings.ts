// Findings per 1,000 words on the corpus: how often each rule speaks on edited, published news.
// Published Wikinews copy is not error-free, but a rule that fires often there cries wolf.
import { analyzeArticle } from '../../src/core/analyze';
import type { CorpusDoc } from './corpus';

export interface FindingsReport {
  words: number;
  documents: number;
  /** rule id → findings */
  counts: Record<string, number>;
  /** rule id → findings per 1,000 words */
  perThousandWords: Record<string, number>;
  total: number;
  totalPerThousandWords: number;
}

export function evaluateFindings(docs: readonly CorpusDoc[]): FindingsReport {
  const counts: Record<string, number> = {};
  let words = 0;
  for (const doc of docs) {
    words += doc.text.split(/\s+/).filter(Boolean).length;
    // Two MEANTIME articles carry no creation date: they are read with the engine's own reference date.
    for (const f of analyzeArticle(doc.text, doc.dct ? { referenceDate: doc.dct } : {}).findings) {
      counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    }
  }
  return findingsReport(counts, words, docs.length);
}

function findingsReport(counts: Record<string, number>, words: number, documents: number): FindingsReport {
  const per = (n: number) => Math.round((n * 1000 * 100) / words) / 100;
  const perThousandWords: Record<string, number> = {};
  for (const rule of Object.keys(counts).sort()) perThousandWords[rule] = per(counts[rule]);
  const total = Object.values(counts).reduce((n, c) => n + c, 0);
  return { words, documents, counts, perThousandWords, total, totalPerThousandWords: per(total) };
}

/** One report over several (the folds of a cross-validation): counts and words added up. */
export function mergeFindings(reports: readonly FindingsReport[]): FindingsReport {
  const counts: Record<string, number> = {};
  for (const r of reports) for (const [rule, n] of Object.entries(r.counts)) counts[rule] = (counts[rule] ?? 0) + n;
  return findingsReport(
    counts,
    reports.reduce((n, r) => n + r.words, 0),
    reports.reduce((n, r) => n + r.documents, 0),
  );
}

export function printFindings(report: FindingsReport, log: (s: string) => void = console.log): void {
  log(`Findings per 1,000 words (${report.documents} documents, ${report.words} words)`);
  for (const [rule, rate] of Object.entries(report.perThousandWords)) log(`  ${rule.padEnd(28)} ${rate.toFixed(2)}`);
  log(`  ${'all rules'.padEnd(28)} ${report.totalPerThousandWords.toFixed(2)}`);
}
