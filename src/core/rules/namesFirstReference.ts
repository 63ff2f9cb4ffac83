import type { Mention } from '../types';
import type { RawFinding, Rule, RuleContext } from './context';
import { headlineSpans, insideAny } from './headlines';
import { quote } from './messages';

/**
 * `names.first-reference`: a surname (or a short form of an organization) used before the article
 * gives the full name. Headlines are exempt. The fix puts the full name in the first reference.
 */
export const namesFirstReference: Rule = {
  id: 'names.first-reference',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    const headlines = headlineSpans(context.text, context.sentences);
    const findings: RawFinding[] = [];
    for (const entity of context.entities) {
      if (entity.kind === 'place') continue;
      const body = entity.mentions.filter((m) => !insideAny(headlines, m.start));
      const firstFull = body.find((m) => m.link === 'full' && m.text.trim().includes(' '));
      if (!firstFull) continue;
      const early = body.filter((m) => m.start < firstFull.start && isShortForm(m));
      for (const m of early.slice(0, 1)) {
        findings.push({
          start: m.start,
          end: m.end,
          message:
            `${quote(m.text)} is used before the full name ${quote(firstFull.text)} ` +
            `(line ${context.lines.lineNumber(firstFull.start)}): give the full name on first reference.`,
          fixes: [{ title: `Use the full name ${quote(firstFull.text)} here`, edits: [{ start: m.start, end: m.end, replacement: firstFull.text }] }],
          related: [{ start: firstFull.start, end: firstFull.end, message: 'the first full reference' }],
        });
      }
    }
    return findings;
  },
};

function isShortForm(m: Mention): boolean {
  return m.link === 'surname' || m.link === 'partial';
}
