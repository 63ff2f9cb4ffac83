import type { Span } from '../types';

/**
 * The items (sorted by start) whose span lies inside `span`, in order, found by binary search.
 * Events look up actors and dates per sentence and per verb; filtering the whole list each time
 * was quadratic on long texts (seconds on a 2 MB article or one long unpunctuated line).
 */
export function within<T>(items: readonly T[], spanOf: (item: T) => Span, span: Span): T[] {
  const out: T[] = [];
  for (let k = firstStartingAtOrAfter(items, spanOf, span.start); k < items.length && spanOf(items[k]).start < span.end; k++) {
    if (spanOf(items[k]).end <= span.end) out.push(items[k]);
  }
  return out;
}

/** The index of the first item (sorted by start) that starts at or after `offset`. */
export function firstStartingAtOrAfter<T>(items: readonly T[], spanOf: (item: T) => Span, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(items[mid]).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
