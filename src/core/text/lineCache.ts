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

/** A line (see lineSpans) and its text. */
export interface LineText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The lines of the text a pass reads, found once for every stage of the pass (tokens, dates, the
 * per-line caches of later stages), each line's text one string object for all of them: a line
 * cache's lookup hashes its key, and a new slice of the same line for every stage and every pass
 * was hashed and compared anew each time (eight times over the whole article on every edit).
 * `keep` (an incremental analysis): a line met in the previous pass comes back as the string
 * object it was then, so the caches find their own keys; each new line is kept as a copy of its own
 * (a slice would keep its whole version of the article alive).
 */
export class LineTexts {
  private previous = new Map<string, string>();
  private current = new Map<string, string>();
  private text: string | null = null;
  private lines: readonly LineText[] = [];

  constructor(private readonly keep: boolean) {}

  /** The lines of `text`, the article of this pass. */
  of(text: string): readonly LineText[] {
    if (text !== this.text) {
      this.lines = lineSpans(text).map(({ start, end }) => ({ start, end, text: this.canonical(text.slice(start, end)) }));
      this.text = text;
    }
    return this.lines;
  }

  /** Ends a pass: lines it did not read are forgotten, and so is its text. */
  endPass(): void {
    if (this.keep) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.text = null;
    this.lines = [];
  }

  private canonical(line: string): string {
    if (!this.keep) return line;
    let kept = this.previous.get(line) ?? this.current.get(line);
    if (kept === undefined) kept = `${line}\u0000`.slice(0, -1);
    this.current.set(kept, kept);
    return kept;
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
