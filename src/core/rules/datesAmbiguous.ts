import type { RawFinding, Rule, RuleContext } from './context';
import { quote } from './messages';

/**
 * `dates.ambiguous-relative`: a narrative date (`two days later`, `the next day`) that the dates
 * engine could not count from any earlier date a reader can pin down.
 */
export const datesAmbiguousRelative: Rule = {
  id: 'dates.ambiguous-relative',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    return context.dates
      .filter((d) => d.kind === 'relative' && d.value === null)
      .map((d) => ({
        start: d.start,
        end: d.end,
        message:
          `${quote(d.text)} cannot be pinned to a day: ` +
          (d.anchor
            ? `it would count from ${d.anchor}, which is not a single day`
            : 'there is no earlier date in the article to count from') +
          '. Give the day or the date.',
        fixes: [],
      }));
  },
};
