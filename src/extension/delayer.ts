/**
 * Runs the last task handed to it once nothing new has arrived for `delayMs`. One per document for
 * diagnostics, one for the tree view's refresh. Free of `vscode`.
 */
export class Delayer {
  private timer: ReturnType<typeof setTimeout> | undefined;

  get isPending(): boolean {
    return this.timer !== undefined;
  }

  trigger(task: () => void, delayMs: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      task();
    }, delayMs);
  }

  cancel(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  dispose(): void {
    this.cancel();
  }
}
