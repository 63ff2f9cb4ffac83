import type { Span } from '../types';
import { LineCache, LineTexts, lineSpans, type LineText } from './lineCache';

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
  private readonly texts: LineTexts;

  /** `incremental`: kept for later versions of the document (see LineTexts). */
  constructor(incremental = false) {
    this.texts = new LineTexts(incremental);
  }

  /** The lines of the pass's text, one string object per line for every stage (see LineTexts). */
  linesOf(text: string): readonly LineText[] {
    return this.texts.of(text);
  }

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
    this.texts.endPass();
  }
}

/** One line's spans, relative to the line, and as last placed in the text (at `base`, in pass `pass` of its cache). */
export interface PlacedSpans<T extends Span> {
  readonly relative: readonly T[];
  placed: readonly T[];
  base: number;
  pass?: number;
}

/**
 * `compute(line)` for every line of `text[from, end)` (lineSpans: a line with the line breaks and
 * indentation after it), from `cache` where an earlier pass saw the same line, with the spans moved
 * to text offsets (lines before an edit keep theirs: no copy; lines after it have theirs moved in
 * place, so a caller may not keep the spans of one pass into the next). Only for spans that never run over
 * white space, found by reading one line alone exactly as in the whole text. A line that starts
 * before `from` is read by `partial(from, lineEnd)` on the whole text instead, never cached.
 * `lines`: the text's lines when the caller has them (LineCacheSet.linesOf).
 */
export function spansByLine<T extends Span>(
  text: string,
  from: number,
  cache: LineCache<PlacedSpans<T>> | undefined,
  compute: (line: string) => readonly T[],
  partial: (from: number, to: number) => readonly T[],
  lines: readonly LineText[] = withTexts(text),
): T[] {
  const out: T[] = [];
  const fresh = (line: string): PlacedSpans<T> => {
    const relative = compute(line);
    return { relative, placed: relative, base: 0 };
  };
  for (const line of lines) {
    if (line.end <= from) continue;
    if (line.start < from) {
      for (const s of partial(from, line.end)) out.push(s);
      continue;
    }
    const lineText = line.text;
    const spans = cache ? cache.get(lineText, fresh) : fresh(lineText);
    if (spans.base !== line.start) {
      if (cache && spans.placed !== spans.relative && spans.pass !== cache.pass) {
        // A line an edit moved: its placed spans were handed out by an earlier pass, whose results
        // no caller reads any more (the rules copy offsets into findings), so they move in place
        // rather than be copied, one object per word after every edit.
        for (let k = 0; k < spans.placed.length; k++) {
          const s = spans.placed[k] as Span & { start: number; end: number };
          s.start = spans.relative[k].start + line.start;
          s.end = spans.relative[k].end + line.start;
        }
      } else {
        // The relative spans themselves, or a line written twice whose first copy this pass placed.
        spans.placed = spans.relative.map((s) => ({ ...s, start: s.start + line.start, end: s.end + line.start }));
      }
      spans.base = line.start;
    }
    if (cache) spans.pass = cache.pass;
    for (const s of spans.placed) out.push(s);
  }
  return out;
}

/** The lines of `text` with their texts, for a caller without a LineCacheSet. */
export function withTexts(text: string): LineText[] {
  return lineSpans(text).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}
