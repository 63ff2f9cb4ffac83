/**
 * Results per line, kept from one pass over a document to the next, so that after an edit only
 * the changed lines are worked on again. Lines not used in the latest pass are dropped: memory
 * follows the document. Keyed by the line's text only, so a value must depend on nothing else.
 */
export class LineCache<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();
  /** Counts the passes: what a pass stamps on a value tells a later use in the same pass (spansByLine). */
  pass = 0;

  /** The value for `line`, computed when no earlier pass kept one. */
  get(line: string, compute: (line: string) => T): T {
    // A line the previous pass kept has the same value in both maps (current takes it from previous),
    // so previous is asked first: one lookup, not two, for most lines after an edit.
    let value = this.previous.get(line);
    if (value === undefined) value = this.current.get(line);
    if (value === undefined) value = compute(line);
    this.current.set(line, value);
    return value;
  }

  /** Ends a pass over one text: values it did not use are forgotten. */
  endPass(): void {
    this.previous = this.current;
    this.current = new Map();
    this.pass++;
  }
}

// A line and the run of line breaks and indentation after it.
const LINE_END = /(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))*[^\S\r\n]*/g;

/** `[start, end)` of each line of `text`, its following line breaks and indentation included. */
export function lineSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  LINE_END.lastIndex = 0;
  for (let m = LINE_END.exec(text); m; m = LINE_END.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
