// Events of the project's three working articles (../shared/articles) against the events a reader
// expects (shared-events.json, written by reading the articles), scored like MEANTIME's events
// (scripts/eval/events.ts): dated, actors, wrong date.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../src/core/analyze';
import type { Analysis, ArticleEvent } from '../../src/core/types';
import type { EventCounts } from './events';

interface Expected {
  verb: string;
  nth: number;
  date: string | null;
  actor: string | null;
}

interface ArticleExpectations {
  file: string;
  referenceDate: string;
  events: Expected[];
}

/** The MEANTIME event counts (events.ts), less the count of every event, on the shared articles. */
export interface SharedEventsReport extends Omit<EventCounts, 'events'> {
  articles: number;
  misses: string[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function articlesDir(): string {
  return process.env.COPYDESK_ARTICLES ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'articles');
}

/** The offset of the `nth` whole-word occurrence of `word`, or -1. */
function occurrence(text: string, word: string, nth: number): number {
  const re = new RegExp(`\\b${word}\\b`, 'g');
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (++n === nth) return m.index;
  return -1;
}

const covers = (e: ArticleEvent, at: number) => e.start <= at && at < e.end;

export function scoreArticle(text: string, analysis: Analysis, expected: readonly Expected[], report: SharedEventsReport, file: string): void {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const dated: { at: number; date: string }[] = [];
  for (const x of expected) {
    const at = occurrence(text, x.verb, x.nth);
    if (at < 0) throw new Error(`${file}: no occurrence ${x.nth} of "${x.verb}"`);
    const covering = analysis.events.filter((e) => covers(e, at));
    if (x.date) {
      report.datedGold++;
      dated.push({ at, date: x.date });
      if (covering.some((e) => e.date === x.date)) report.datedHit++;
      else report.misses.push(`${file}: "${x.verb}" #${x.nth} should be dated ${x.date}: ${covering.map((e) => `${e.date ?? 'undated'} ${e.summary}`).join('; ') || 'no event'}`);
    }
    if (x.actor) {
      report.actorGold++;
      const actor = x.actor;
      if (covering.some((e) => e.actors.some((id) => names.get(id)?.includes(actor)))) report.actorHit++;
      else report.misses.push(`${file}: "${x.verb}" #${x.nth} should list ${actor}: ${covering.map((e) => `${e.summary} [${e.actors.join(', ')}]`).join('; ') || 'no event'}`);
    }
  }
  for (const e of analysis.events) {
    if (!e.date || !ISO_DAY.test(e.date)) continue;
    const covered = dated.filter((d) => covers(e, d.at));
    if (covered.length === 0) continue;
    report.datedPredicted++;
    if (!covered.some((d) => d.date === e.date)) report.wrongDate++;
  }
}

export function evaluateSharedEvents(): SharedEventsReport | null {
  const dir = articlesDir();
  if (!fs.existsSync(dir)) return null;
  const spec = JSON.parse(fs.readFileSync(path.join(__dirname, 'shared-events.json'), 'utf8')) as { articles: ArticleExpectations[] };
  const report: SharedEventsReport = { articles: 0, datedGold: 0, datedHit: 0, actorGold: 0, actorHit: 0, datedPredicted: 0, wrongDate: 0, misses: [] };
  for (const article of spec.articles) {
    const text = fs.readFileSync(path.join(dir, article.file), 'utf8');
    report.articles++;
    scoreArticle(text, analyzeArticle(text, { referenceDate: article.referenceDate }), article.events, report, article.file);
  }
  return report;
}

export function printSharedEvents(r: SharedEventsReport, write: (line: string) => void = console.log): void {
  const f = (n: number, d: number) => `${(d ? n / d : 0).toFixed(3)} (${n}/${d})`;
  write(`Events on the ${r.articles} shared articles (expectations: scripts/eval/shared-events.json):`);
  write(`  dated ${f(r.datedHit, r.datedGold)}  actors ${f(r.actorHit, r.actorGold)}  wrong date ${f(r.wrongDate, r.datedPredicted)}`);
  for (const m of r.misses) write(`  miss: ${m}`);
}
