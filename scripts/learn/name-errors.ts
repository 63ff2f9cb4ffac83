// The error classes of predicted name spans against gold spans, shared by errors.ts (train, dev part a)
// and meantime-errors.ts (MEANTIME training topics).
import type { NameSpanOut } from '../eval/names';

/**
 * Counts each error of `pred` against `gold` in `bump` (`kind person->place`, `boundary too long`,
 * `false positive …`, `missed …`) and, with `show`, prints each one with its context.
 */
export function classifyNameErrors(
  text: string,
  pred: readonly NameSpanOut[],
  gold: readonly NameSpanOut[],
  bump: (category: string) => void,
  show?: (what: string, span: NameSpanOut, extra?: string) => void,
): void {
  for (const p of pred) {
    const same = gold.find((g) => g.start === p.start && g.end === p.end);
    if (same) {
      if (same.kind !== p.kind) {
        bump(`kind ${same.kind}->${p.kind}`);
        show?.('kind', p, `(gold ${same.kind})`);
      }
      continue;
    }
    const over = gold.find((g) => g.start < p.end && p.start < g.end);
    if (over) {
      const rel = p.start <= over.start && p.end >= over.end ? 'too long' : p.start >= over.start && p.end <= over.end ? 'too short' : 'shifted';
      bump(`boundary ${rel}`);
      show?.(`bound ${rel}`, p, `(gold ${over.kind} ${JSON.stringify(text.slice(over.start, over.end))})`);
    } else {
      bump(`false positive ${p.kind}`);
      show?.('false pos', p);
    }
  }
  for (const g of gold) {
    if (!pred.some((p) => p.start < g.end && g.start < p.end)) {
      bump(`missed ${g.kind}`);
      show?.('missed', g);
    }
  }
}

/** A printer for classifyNameErrors: the class, the kind, the span and `context` characters around it. */
export function errorPrinter(text: string, context: number): (what: string, s: NameSpanOut, extra?: string) => void {
  return (what, s, extra = '') =>
    console.log(`${what.padEnd(14)} ${s.kind.padEnd(12)} ${JSON.stringify(text.slice(s.start, s.end))} ${extra} …${JSON.stringify(text.slice(Math.max(0, s.start - context), s.end + context))}`);
}
