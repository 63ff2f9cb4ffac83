import type { Span } from '../types';
import { LineCache, lineSpans } from './lineCache';

/**
 * The name of one stage's line cache in a LineCacheSet, with the type of its values: each module
 * declares its own (`const LOWER = lineCacheKey<string[]>('headlines.lower')`), so a stage adds a
 * cache without touching the interfaces every stage shares.
 */
export interface LineCacheKey<T> {
  readonly name: string;
  /** Never set: carries the value type. */
  readonly type?: T;
}

export function lineCacheKey<T>(name: string): LineCacheKey<T> {
  return { name };
}

/**
 * The per-line caches of one document's analyses (see incremental.ts): one LineCache per key, all
 * ended together when an analysis is done, so every stage forgets the lines the latest version no
 * longer has. A cold analysis gets a fresh set: nothing carries from one document to another.
 */
export class LineCacheSet {
  private readonly caches = new Map<string, LineCache<unknown>>();

  of<T>(key: LineCacheKey<T>): LineCache<T> {
    let cache = this.caches.get(key.name);
    if (!cache) {
      cache = new LineCache<unknown>();
      this.caches.set(key.name, cache);
    }
    return cache as LineCache<T>;
  }

  endPass(): void {
    for (const cache of this.caches.values()) cache.endPass();
  }
}

/** One line's spans, relative to the line, and as last placed in the text (at `base`). */
export interface PlacedSpans<T extends Span> {
  readonly relative: readonly T[];
  placed: readonly T[];
  base: number;
}

/**
 * `compute(line)` for every line of `text[from, end)` (lineSpans: a line with the line breaks and
 * indentation after it), from `cache` where an earlier pass saw the same line, with the spans moved
 * to text offsets (lines before an edit keep theirs: no copy). Only for spans that never run over
 * white space, found by reading one line alone exactly as in the whole text. A line that starts
 * before `from` is read by `partial(from, lineEnd)` on the whole text instead, never cached.
 */
export function spansByLine<T extends Span>(
  text: string,
  from: number,
  cache: LineCache<PlacedSpans<T>> | undefined,
  compute: (line: string) => readonly T[],
  partial: (from: number, to: number) => readonly T[],
): T[] {
  const out: T[] = [];
  const fresh = (line: string): PlacedSpans<T> => {
    const relative = compute(line);
    return { relative, placed: relative, base: 0 };
  };
  for (const line of lineSpans(text)) {
    if (line.end <= from) continue;
    if (line.start < from) {
      for (const s of partial(from, line.end)) out.push(s);
      continue;
    }
    const lineText = text.slice(line.start, line.end);
    const spans = cache ? cache.get(lineText, fresh) : fresh(lineText);
    if (spans.base !== line.start) {
      spans.placed = spans.relative.map((s) => ({ ...s, start: s.start + line.start, end: s.end + line.start }));
      spans.base = line.start;
    }
    for (const s of spans.placed) out.push(s);
  }
  return out;
}
