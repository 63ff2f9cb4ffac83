// Scores Copydesk's date finding against the gold time expressions of the annotated corpus (format:
// ../shared/corpus/README.md), beside two off-the-shelf baselines measured by the same scorer.
// Run: npx tsx scripts/eval/timex.ts [--json] [--split dev|train]
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import * as chrono from 'chrono-node';
import { findDates, findReference } from '../../src/core/dates';
import { splitSentences } from '../../src/core/text/sentences';
import { loadCorpus, type CorpusDoc, type GoldTimex, type MeantimeDoc } from './corpus';
import { foldMean, type FoldReport } from './folds';

/** What a system says about one time expression: where, and its value when it names one day. */
export interface SystemTimex {
  start: number;
  end: number;
  value: string | null;
}

export interface DetectionScores {
  precision: number;
  recall: number;
  f1: number;
}

export interface SystemScores {
  system: string;
  predicted: number;
  exact: DetectionScores;
  overlap: DetectionScores;
  /** Over gold timex whose value is one ISO day: an overlapping prediction has exactly that value. */
  dayValueAccuracy: number;
  dayValueCorrect: number;
}

export interface TimexReport {
  documents: number;
  goldTimex: number;
  goldDays: number;
  systems: SystemScores[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

type Runner = (doc: CorpusDoc) => SystemTimex[];

export function copydeskTimex(doc: CorpusDoc): SystemTimex[] {
  // Two MEANTIME articles have no creation date: their date line is then the reference.
  const reference = findReference(doc.text, doc.dct ? { referenceDate: doc.dct } : {});
  const bodyStart = reference.frontMatter ? reference.frontMatter.end : 0;
  const sentences = splitSentences(doc.text, bodyStart);
  // The gold (GUM's TEI dates) marks points and spans of the calendar, never lengths of time
  // (`three years`, `24 hours`), so Copydesk's durations are left out of the comparison.
  return findDates(doc.text, sentences, reference)
    .filter((d) => d.kind !== 'duration')
    .map((d) => ({ start: d.start, end: d.end, value: d.value }));
}

export function chronoTimex(doc: CorpusDoc): SystemTimex[] {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const refDate = new Date(y, m - 1, d, 12);
  return chrono.parse(doc.text, refDate, { forwardDate: false }).map((r) => {
    const date = r.start.date();
    return { start: r.index, end: r.index + r.text.length, value: localDay(date) };
  });
}

let compromiseReady = false;
export function compromiseTimex(doc: CorpusDoc): SystemTimex[] {
  if (!compromiseReady) {
    nlp.plugin(datesPlugin);
    compromiseReady = true;
  }
  // compromise-dates 3.x: doc.dates(context).json({offset}) gives each match's offset and its
  // resolved {start, end} in the given timezone; `today` is the reference day.
  const found = (nlp(doc.text) as unknown as DatesView).dates({ timezone: 'UTC', today: doc.dct }).json({ offset: true });
  return found.map((f) => ({
    start: f.offset.start,
    end: f.offset.start + f.offset.length,
    value: f.dates?.start ? f.dates.start.slice(0, 10) : null,
  }));
}

interface DatesView {
  dates(context: { timezone: string; today: string }): {
    json(options: { offset: boolean }): { offset: { start: number; length: number }; dates?: { start?: string } }[];
  };
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function scoreSystem(system: string, docs: readonly CorpusDoc[], run: Runner): SystemScores {
  let predicted = 0;
  let gold = 0;
  let exactHits = 0;
  let overlapGoldHits = 0;
  let overlapPredHits = 0;
  let days = 0;
  let dayHits = 0;
  for (const doc of docs) {
    const preds = run(doc);
    predicted += preds.length;
    gold += doc.timex.length;
    const exactKeys = new Set(preds.map((p) => `${p.start}:${p.end}`));
    for (const g of doc.timex) if (exactKeys.has(`${g.start}:${g.end}`)) exactHits++;
    overlapGoldHits += doc.timex.filter((g) => preds.some((p) => overlaps(p, g))).length;
    overlapPredHits += preds.filter((p) => doc.timex.some((g) => overlaps(p, g))).length;
    for (const g of doc.timex) {
      if (!ISO_DAY.test(g.value)) continue;
      days++;
      if (preds.some((p) => overlaps(p, g) && p.value === g.value)) dayHits++;
    }
  }
  const exact = prf(exactHits, predicted, exactHits, gold);
  const overlap = prf(overlapPredHits, predicted, overlapGoldHits, gold);
  return { system, predicted, exact, overlap, dayValueAccuracy: days ? dayHits / days : 0, dayValueCorrect: dayHits };
}

function overlaps(a: { start: number; end: number }, b: GoldTimex | SystemTimex): boolean {
  return a.start < b.end && b.start < a.end;
}

function prf(truePred: number, predicted: number, trueGold: number, gold: number): DetectionScores {
  const precision = predicted ? truePred / predicted : 0;
  const recall = gold ? trueGold / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Copydesk and the two baselines on the same documents, by the same scorer. */
export function evaluateTimex(docs: readonly CorpusDoc[], options: { baselines?: boolean } = {}): TimexReport {
  const systems: SystemScores[] = [scoreSystem('copydesk', docs, copydeskTimex)];
  if (options.baselines !== false) {
    systems.push(scoreSystem('chrono-node (forwardDate false)', docs, chronoTimex));
    systems.push(scoreSystem('compromise-dates', docs, compromiseTimex));
  }
  return {
    documents: docs.length,
    goldTimex: docs.reduce((n, d) => n + d.timex.length, 0),
    goldDays: docs.reduce((n, d) => n + d.timex.filter((t) => ISO_DAY.test(t.value)).length, 0),
    systems,
  };
}

export function printTimex(report: TimexReport, write: (line: string) => void = console.log): void {
  const f = (x: number) => x.toFixed(3);
  write(`Time expressions: ${report.documents} documents, ${report.goldTimex} gold timex, ${report.goldDays} single days (Copydesk durations not scored: the gold has none)`);
  const header = ['system', 'pred', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1', 'day-value acc'];
  const rows = report.systems.map((s) => [
    s.system,
    String(s.predicted),
    f(s.exact.precision),
    f(s.exact.recall),
    f(s.exact.f1),
    f(s.overlap.precision),
    f(s.overlap.recall),
    f(s.overlap.f1),
    `${f(s.dayValueAccuracy)} (${s.dayValueCorrect}/${report.goldDays})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  write(line(header));
  for (const r of rows) write(line(r));
}

/**
 * MEANTIME's time expressions, scored only inside each article's annotated window (`annotated_end`:
 * title, date line, first four body sentences); what a system finds after it is left out too.
 */
export function meantimeWindow(doc: MeantimeDoc): CorpusDoc {
  const inWindow = <T extends { start: number }>(xs: readonly T[]) => xs.filter((x) => x.start < doc.annotated_end);
  return { ...doc, timex: inWindow(doc.timex) };
}

/** Day-value accuracy of Copydesk on MEANTIME, per topic fold and their mean (nothing is learned from it). */
export function evaluateMeantimeTimex(folds: FoldReport<TimexReport>[], write: (line: string) => void = console.log): void {
  const f = (x: number) => x.toFixed(3);
  const acc = (r: TimexReport) => r.systems[0].dayValueAccuracy;
  write('Time expressions on meantime-dev.jsonl (annotated window), day-value accuracy by held-out topic:');
  for (const { topic, report } of folds) write(`  ${topic.padEnd(7)} ${f(acc(report))} (${report.systems[0].dayValueCorrect}/${report.goldDays})`);
  write(`  mean    ${f(foldMean(folds, acc))}`);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const split = args.includes('--split') ? (args[args.indexOf('--split') + 1] as 'dev' | 'train') : 'dev';
  const report = evaluateTimex(loadCorpus(split));
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else printTimex(report);
}
