import type { Span } from '../types';

/**
 * Sentences that are headlines: a Markdown heading, or a first line with no closing punctuation
 * followed by a blank line. Headlines use surnames and acronyms alone by convention, so rules about
 * first references skip them.
 */
export function headlineSpans(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  sentences.forEach((s, i) => {
    const line = text.slice(s.start, s.end);
    if (/^#{1,6}\s/.test(line)) {
      out.push(s);
      return;
    }
    if (i !== 0) return;
    const after = text.slice(s.end, s.end + 4);
    if (!/[.!?"”:]$/.test(line) && /^[^\S\r\n]*(\r?\n|\r)[^\S\r\n]*(\r?\n|\r)/.test(after)) out.push(s);
  });
  return out;
}

export function insideAny(spans: readonly Span[], offset: number): boolean {
  return spans.some((s) => s.start <= offset && offset < s.end);
}
