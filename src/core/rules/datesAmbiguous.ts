import { clauseTense } from '../dates/tense';
import type { DateMention } from '../types';
import { sentenceAt } from '../text/sentences';
import type { RawFinding, Rule, RuleContext } from './context';
import { quote } from './messages';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `dates.ambiguous-relative`: a narrative date (`two days later`, `the next day`) that the dates
 * engine could not count from any earlier date a reader can pin down; or one that counts to a day
 * after the article's own date although its clause tells of the past (`Three days later, the council
 * met` in a story dated two days after the date it counts from): the count, or its anchor, is off.
 */
export const datesAmbiguousRelative: Rule = {
  id: 'dates.ambiguous-relative',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    const findings: RawFinding[] = [];
    const reference = context.reference.referenceDate;
    for (const d of context.dates) {
      if (d.kind === 'relative' && d.value === null) {
        findings.push({
          start: d.start,
          end: d.end,
          message:
            `${quote(d.text)} cannot be pinned to a day: ` +
            (d.anchor ? `it would count from ${d.anchor}, which is not a single day` : 'there is no earlier date in the article to count from') +
            '. Give the day or the date.',
          fixes: [],
        });
        continue;
      }
      if (reference.source === 'fallback' || !isNarrative(d) || !d.value || !ISO_DAY.test(d.value) || d.value <= reference.value) continue;
      const around = sentenceAt(context.sentences, d.start);
      const sentence = around && d.end <= around.end ? around : undefined;
      if (!sentence || clauseTense(context.text, sentence, d) !== 'past') continue;
      findings.push({
        start: d.start,
        end: d.end,
        message:
          `${quote(d.text)} counts to ${d.value}${d.anchor ? ` from ${d.anchor}` : ''}, after the article's date ` +
          `(${reference.value}), but the sentence tells of it in the past tense. Check the count or the date it counts from.`,
        fixes: [],
      });
    }
    return findings;
  },
};

/** Counted from an earlier date of the text (`a day later`, `the following week`). */
function isNarrative(d: DateMention): boolean {
  return d.kind === 'relative' && /\b(?:after|before) previous date$/.test(d.rule);
}

