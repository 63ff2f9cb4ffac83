import type { RawFinding, Rule, RuleContext } from './context';
import { FORMAL_TITLES } from './data/formalTitles';
import { headlineSpans, insideAny } from './headlines';
import { quote } from './messages';

const TITLE_RE = new RegExp(
  `\\b(the|a|an|its|his|her|their|our|former|then)\\s+((?:${FORMAL_TITLES.map((t) => t.replace(/[-]/g, '\\-')).join('|')})(?:e?s)?)(?![\\w-])`,
  'gi',
);

/**
 * `style.title-case`: AP style lowercases a formal title that is not directly before a name
 * (`the President asked` → `the president asked`, `The Mayor said` → `The mayor said`). A title
 * before a name (`President Raymond Castellano`, `its Chairman Sergei Lebedev`) stays capitalized, and
 * so does a title that is part of a name (`the Prime Minister's Office`, `the Mayor of London`).
 */
export const styleTitleCase: Rule = {
  id: 'style.title-case',
  defaultSeverity: 'information',
  apStyle: true,
  check(context: RuleContext): RawFinding[] {
    const { text } = context;
    const headlines = headlineSpans(text, context.sentences);
    const names = context.entities.flatMap((e) => e.mentions).filter((n) => n.link !== 'title');
    const findings: RawFinding[] = [];
    TITLE_RE.lastIndex = 0;
    for (let m = TITLE_RE.exec(text); m; m = TITLE_RE.exec(text)) {
      const title = m[2];
      if (!/^\p{Lu}/u.test(title) || title === title.toUpperCase()) continue;
      const start = m.index + m[0].length - title.length;
      const end = start + title.length;
      if (insideAny(headlines, start)) continue;
      if (names.some((n) => n.start <= start && end <= n.end)) continue;
      const after = text.slice(end, end + 40);
      // Directly before a name, or the head of a name: keep the capital.
      if (/^\s+\p{Lu}/u.test(after) || /^\s+of\s+\p{Lu}/u.test(after) || /^['’]s\s+(Office|Palace|Cabinet|Residence)\b/.test(after)) continue;
      const lower = title.toLowerCase();
      findings.push({
        start,
        end,
        message: `AP style: ${quote(title)} is lowercase when it does not come directly before a name (${quote(`${m[1].toLowerCase()} ${lower}`)}).`,
        fixes: [{ title: `Change to ${quote(lower)}`, edits: [{ start, end, replacement: lower }] }],
      });
    }
    return findings;
  },
};
