import type { Span } from '../types';
import type { Candidate } from './forms';
import { RECOGNIZERS } from './patterns';
import { LineCache, lineSpans, type LineText } from '../text/lineCache';

/**
 * Finds every date expression in `[from, to)` outside the excluded spans, as non-overlapping
 * candidates in text order. Where recognisers overlap, the one starting first wins, then the
 * longest (`Tuesday, Oct. 20` over `Tuesday`, `a day later` over `a day`), then the earlier
 * recogniser in RECOGNIZERS. Pass the cache of the previous analysis of the same document to scan
 * only the lines that changed.
 */
export function scanDates(text: string, from: number, to: number, excluded: readonly Span[], cache?: LineCache<Candidate[]>, lines?: readonly LineText[]): Candidate[] {
  // Line by line: a date never runs over a line break (nor does a sentence), and a line read
  // alone reads the same wherever it stands, so `cache` can keep lines from an earlier version.
  const out: Candidate[] = [];
  for (const line of lines ?? lineSpans(text)) {
    const start = Math.max(line.start, from);
    const end = Math.min(line.end, to);
    if (start >= end) continue;
    const lineText = 'text' in line ? line.text : text.slice(line.start, line.end);
    const inside = excluded.filter((x) => x.start < line.end && line.start < x.end).map((x) => ({ start: x.start - line.start, end: x.end - line.start }));
    const whole = start === line.start && end === line.end && inside.length === 0;
    const found = whole && cache ? cache.get(lineText, (t) => scanRegion(t, 0, t.length, [])) : scanRegion(lineText, start - line.start, end - line.start, inside);
    for (const c of found) out.push(line.start === 0 ? c : { ...c, start: c.start + line.start, end: c.end + line.start });
  }
  cache?.endPass();
  return out;
}

function scanRegion(text: string, from: number, to: number, excluded: readonly Span[]): Candidate[] {
  const region = text.slice(0, to);
  const found: { candidate: Candidate; rank: number }[] = [];
  RECOGNIZERS.forEach((recognizer, rank) => {
    const re = new RegExp(recognizer.re.source, recognizer.re.flags);
    re.lastIndex = from;
    for (let m = re.exec(region); m; m = re.exec(region)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = recognizer.build(m, text);
      if (c && c.start >= from && c.end > c.start && !excluded.some((x) => c.start < x.end && x.start < c.end)) {
        found.push({ candidate: c, rank });
      }
    }
  });
  found.sort((a, b) => a.candidate.start - b.candidate.start || b.candidate.end - a.candidate.end || a.rank - b.rank);
  const chosen: Candidate[] = [];
  let end = -1;
  for (const { candidate } of found) {
    if (candidate.start < end) continue;
    chosen.push(candidate);
    end = candidate.end;
  }
  return chosen;
}
