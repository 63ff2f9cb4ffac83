// Scores Copydesk's events against MEANTIME's verbal events and time links, exactly as
// ../shared/corpus/README.md ("How events are scored") defines the three figures:
// - dated: of the gold verbal events (inside `annotated_end`) with an inclusion link to a timex whose
//   value is one day, the share covered by an event of the analysis (start <= word.start < end) that
//   carries that day;
// - actors: of the gold verbal events with an Arg0 or Arg1 participant overlapping a name, the share
//   covered by an event that lists an actor one of whose mentions overlaps that participant;
// - wrong date: of the analysis's one-day dated events that cover a gold event word with a one-day
//   inclusion link, the share whose day is none of those words' days.
// Nothing is learned from MEANTIME: the figure is still reported as the mean of the three topic folds
// (each fold's held-out topic), as the README asks, so it reads the same way as any learned figure.
import { analyzeArticle } from '../../src/core/analyze';
import type { Analysis, ArticleEvent, Entity } from '../../src/core/types';
import type { MeantimeDoc, MeantimeEvent, MeantimeParticipant } from './corpus';
import { foldMean, type FoldReport } from './folds';

const INCLUSION = new Set(['IS_INCLUDED', 'INCLUDES', 'SIMULTANEOUS', 'DURING', 'BEGINS', 'ENDS', 'BEGUN_BY', 'ENDED_BY']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface EventCounts {
  datedGold: number;
  datedHit: number;
  actorGold: number;
  actorHit: number;
  /** Analysis events with one day that cover a dated gold event word. */
  datedPredicted: number;
  wrongDate: number;
  /** Every event of the analyses (any window), for the record. */
  events: number;
}

export interface EventsReport extends EventCounts {
  docs: number;
  dated: number;
  actors: number;
  wrongDateShare: number;
}

/** The days a gold event is linked to by inclusion, when the timex names one day. */
export function goldDays(e: MeantimeEvent): string[] {
  return e.times.filter((t) => INCLUSION.has(t.reltype) && ISO_DAY.test(t.value)).map((t) => t.value);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function covers(event: ArticleEvent, word: { start: number }): boolean {
  return event.start <= word.start && word.start < event.end;
}

/** Arg0/Arg1 participants that overlap a gold name. */
function namedParticipants(doc: MeantimeDoc, e: MeantimeEvent): MeantimeParticipant[] {
  return e.participants.filter((p) => (p.role === 'Arg0' || p.role === 'Arg1') && doc.entities.some((n) => overlaps(n, p)));
}

export function scoreDocument(doc: MeantimeDoc, analysis: Analysis): EventCounts {
  const byId = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  const gold = doc.events.filter((e) => e.pos === 'VERB' && e.start < doc.annotated_end);
  const counts: EventCounts = { datedGold: 0, datedHit: 0, actorGold: 0, actorHit: 0, datedPredicted: 0, wrongDate: 0, events: analysis.events.length };
  for (const g of gold) {
    const covering = analysis.events.filter((ev) => covers(ev, g));
    const days = goldDays(g);
    if (days.length > 0) {
      counts.datedGold++;
      if (covering.some((ev) => ev.date !== null && days.includes(ev.date))) counts.datedHit++;
    }
    const participants = namedParticipants(doc, g);
    if (participants.length > 0) {
      counts.actorGold++;
      const hit = covering.some((ev) =>
        ev.actors.some((id) => byId.get(id)?.mentions.some((m) => participants.some((p) => overlaps(m, p)))),
      );
      if (hit) counts.actorHit++;
    }
  }
  const datedGold = gold.filter((g) => goldDays(g).length > 0);
  for (const ev of analysis.events) {
    if (ev.date === null || !ISO_DAY.test(ev.date)) continue;
    const covered = datedGold.filter((g) => covers(ev, g));
    if (covered.length === 0) continue;
    counts.datedPredicted++;
    if (!covered.some((g) => goldDays(g).includes(ev.date as string))) counts.wrongDate++;
  }
  return counts;
}

export function analyzeMeantime(doc: MeantimeDoc): Analysis {
  return analyzeArticle(doc.text, doc.dct ? { referenceDate: doc.dct } : {});
}

export function evaluateEvents(docs: readonly MeantimeDoc[]): EventsReport {
  const total: EventCounts = { datedGold: 0, datedHit: 0, actorGold: 0, actorHit: 0, datedPredicted: 0, wrongDate: 0, events: 0 };
  for (const doc of docs) {
    const c = scoreDocument(doc, analyzeMeantime(doc));
    for (const k of Object.keys(total) as (keyof EventCounts)[]) total[k] += c[k];
  }
  return {
    docs: docs.length,
    ...total,
    dated: total.datedGold ? total.datedHit / total.datedGold : 0,
    actors: total.actorGold ? total.actorHit / total.actorGold : 0,
    wrongDateShare: total.datedPredicted ? total.wrongDate / total.datedPredicted : 0,
  };
}

export function printEventsFolds(folds: FoldReport<EventsReport>[], write: (line: string) => void = console.log): void {
  const f = (x: number) => x.toFixed(3);
  write('Events on meantime-dev.jsonl (verbal gold events in the annotated window; mean of the 3 topic folds, each scored on its held-out topic):');
  for (const { topic, report: r } of folds) {
    write(
      `  ${topic.padEnd(7)} dated ${f(r.dated)} (${r.datedHit}/${r.datedGold})  actors ${f(r.actors)} (${r.actorHit}/${r.actorGold})  wrong date ${f(r.wrongDateShare)} (${r.wrongDate}/${r.datedPredicted})`,
    );
  }
  write(
    `  mean    dated ${f(foldMean(folds, (r) => r.dated))}  actors ${f(foldMean(folds, (r) => r.actors))}  wrong date ${f(foldMean(folds, (r) => r.wrongDateShare))}`,
  );
}
