import type { Span } from '../types';
import type { RawFinding, Rule, RuleContext } from './context';
import { AP_MONTHS } from './data/apMonths';
import { quote } from './messages';

const MONTH_FORMS = AP_MONTHS.flatMap((m) => [m.full, m.ap, ...m.other])
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace('.', '\\.'));
// `Jan 9`, `January 5th`, `Sept. 3`: a month form, then a day number not followed by more digits.
const MONTH_DAY = new RegExp(`\\b(${MONTH_FORMS.join('|')})(?!\\w)\\s+(\\d{1,2})(st|nd|rd|th)?\\b`, 'g');
// `9 January 2022`: day before month (the British order).
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+(${AP_MONTHS.map((m) => m.full).join('|')})(?:,?\\s+(\\d{4}))?\\b`, 'g');

/**
 * `dates.ap-format`: dates written other than the AP way: `Jan 9` → `Jan. 9`, `January 5` → `Jan. 5`,
 * `Sep. 3` → `Sept. 3`, `Mar. 3` → `March 3`, `5th` → `5`, `9 January 2022` → `Jan. 9, 2022`. Checks the
 * dateline and every date the engine found. Off for newsrooms that do not follow AP (`copydesk.apStyle`).
 */
export const datesApFormat: Rule = {
  id: 'dates.ap-format',
  defaultSeverity: 'information',
  apStyle: true,
  check(context: RuleContext): RawFinding[] {
    const spans: Span[] = context.dates.filter((d) => d.kind === 'absolute');
    if (context.reference.dateline) spans.push(context.reference.dateline);
    const findings: RawFinding[] = [];
    const seen = new Set<number>();
    for (const span of spans) {
      for (const f of checkSpan(context.text, span)) {
        if (seen.has(f.start)) continue;
        seen.add(f.start);
        findings.push(f);
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

function checkSpan(text: string, span: Span): RawFinding[] {
  const body = text.slice(span.start, span.end);
  const out: RawFinding[] = [];
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(body); m; m = MONTH_DAY.exec(body)) {
    const month = AP_MONTHS.find((x) => x.full === m![1] || x.ap === m![1] || x.other.includes(m![1]));
    if (!month) continue;
    const wanted = `${month.ap} ${Number(m[2])}`;
    const written = m[0];
    if (written === wanted) continue;
    const start = span.start + m.index;
    out.push(finding(start, start + written.length, written, wanted));
  }
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(body); m; m = DAY_MONTH.exec(body)) {
    const month = AP_MONTHS.find((x) => x.full === m![2]);
    if (!month) continue;
    const wanted = `${month.ap} ${Number(m[1])}${m[3] ? `, ${m[3]}` : ''}`;
    const start = span.start + m.index;
    out.push(finding(start, start + m[0].length, m[0], wanted));
  }
  return out;
}

function finding(start: number, end: number, written: string, wanted: string): RawFinding {
  return {
    start,
    end,
    message: `AP style writes this date ${quote(wanted)}, not ${quote(written)}.`,
    fixes: [{ title: `Change to ${quote(wanted)}`, edits: [{ start, end, replacement: wanted }] }],
  };
}
