import type { Span } from '../types';
import type { Candidate } from './forms';
import { RECOGNIZERS } from './patterns';

/**
 * Finds every date expression in `[from, to)` outside the excluded spans, as non-overlapping
 * candidates in text order. Where recognisers overlap, the one starting first wins, then the
 * longest (`Tuesday, Oct. 20` over `Tuesday`, `a day later` over `a day`), then the earlier
 * recogniser in RECOGNIZERS.
 */
export function scanDates(text: string, from: number, to: number, excluded: readonly Span[]): Candidate[] {
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
