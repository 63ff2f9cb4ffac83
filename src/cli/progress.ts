/** Throttle of the progress line: a terminal need not redraw more often than this. */
const REDRAW_MS = 100;

/**
 * `copydesk: 120/540 files` on one line of stderr, redrawn in place while a batch runs; only given a
 * writer when stderr is a terminal, so logs and files never receive it.
 */
export class Progress {
  private lastDraw = 0;
  private shown = false;

  constructor(private readonly write?: (s: string) => void) {}

  update(done: number, total: number): void {
    if (!this.write || total < 2) return;
    const now = Date.now();
    if (done < total && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.shown = true;
    this.write(`\r\x1b[Kcopydesk: ${done}/${total} files`);
  }

  /** Wipes the line before other output (and at the end). */
  clear(): void {
    if (!this.write || !this.shown) return;
    this.shown = false;
    this.write('\r\x1b[K');
  }
}
