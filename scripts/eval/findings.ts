// Findings per 1,000 words on the corpus: how often each rule speaks on edited, published news.
// Published Wikinews copy is not error-free, but a rule that fires often there cries wolf.
import { analyzeArticle } from '../../src/core/analyze';
import type { CorpusDoc } from './corpus';

export interface FindingsReport {
  words: number;
  documents: number;
  /** rule id → findings per 1,000 words */
  perThousandWords: Record<string, number>;
  total: number;
  totalPerThousandWords: number;
}

export function evaluateFindings(docs: readonly CorpusDoc[]): FindingsReport {
  const counts: Record<string, number> = {};
  let words = 0;
  let total = 0;
  for (const doc of docs) {
    words += doc.text.split(/\s+/).filter(Boolean).length;
    // Two MEANTIME articles carry no creation date: they are read with the engine's own reference date.
    for (const f of analyzeArticle(doc.text, doc.dct ? { referenceDate: doc.dct } : {}).findings) {
      counts[f.rule] = (counts[f.rule] ?? 0) + 1;
      total++;
    }
  }
  const per = (n: number) => Math.round((n * 1000 * 100) / words) / 100;
  const perThousandWords: Record<string, number> = {};
  for (const rule of Object.keys(counts).sort()) perThousandWords[rule] = per(counts[rule]);
  return { words, documents: docs.length, perThousandWords, total, totalPerThousandWords: per(total) };
}

export function printFindings(report: FindingsReport, log: (s: string) => void = console.log): void {
  log(`Findings per 1,000 words (${report.documents} documents, ${report.words} words)`);
  for (const [rule, rate] of Object.entries(report.perThousandWords)) log(`  ${rule.padEnd(28)} ${rate.toFixed(2)}`);
  log(`  ${'all rules'.padEnd(28)} ${report.totalPerThousandWords.toFixed(2)}`);
}
