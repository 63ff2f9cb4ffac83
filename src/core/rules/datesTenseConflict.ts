import { clauseTense } from '../dates/tense';
import type { Span } from '../types';
import type { RawFinding, Rule, RuleContext } from './context';
import { quote } from './messages';

/**
 * `dates.tense-conflict`: an explicit date after the article's reference date in a past-tense
 * clause (`the council voted on Oct. 20` in a story dated Oct. 16), or before it in a future-tense
 * clause. Bare weekdays are resolved by tense in the first place, so only explicit dates can clash.
 */
export const datesTenseConflict: Rule = {
  id: 'dates.tense-conflict',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    const reference = context.reference.referenceDate.value;
    const findings: RawFinding[] = [];
    for (const date of context.dates) {
      if (date.kind !== 'absolute' || !date.value || !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) continue;
      const sentence = containing(context.sentences, date);
      if (!sentence) continue;
      // `called a snap election for Oct. 27`, `postponed the vote until Oct. 30`, `must be paid by
      // Oct. 31`: a date a past act sets for later is no clash with its past tense.
      if (SCHEDULED_BEFORE.test(context.text.slice(Math.max(sentence.start, date.start - 12), date.start))) continue;
      const tense = clauseTense(context.text, sentence, date);
      const after = date.value > reference;
      const before = date.value < reference;
      if (!((tense === 'past' && after) || (tense === 'future' && before))) continue;
      findings.push({
        start: date.start,
        end: date.end,
        message:
          `${quote(date.text)} (${date.value}) is ${after ? 'after' : 'before'} the article's date ` +
          `(${reference}), but the sentence speaks of it in the ${tense} tense.`,
        fixes: [],
      });
    }
    return findings;
  },
};

/** The word before a date that schedules it from the clause's time: `for`, `until`, `by`, `till`. */
const SCHEDULED_BEFORE = /\b(?:for|until|till|by)\s+(?:the\s+)?$/i;

function containing(sentences: readonly Span[], span: Span): Span | undefined {
  return sentences.find((s) => s.start <= span.start && span.end <= s.end);
}
