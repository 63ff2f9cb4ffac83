import type { Entity, Role } from '../types';
import type { RawFinding, Rule, RuleContext } from './context';
import { quote } from './messages';

/** Abbreviated and full titles that name the same office. */
const SAME_OFFICE: Readonly<Record<string, string>> = {
  'sen.': 'senator', senator: 'senator',
  'rep.': 'representative', representative: 'representative', congressman: 'representative', congresswoman: 'representative',
  'gov.': 'governor', governor: 'governor',
  'lt. gov.': 'lieutenant governor', 'lieutenant governor': 'lieutenant governor',
  mayor: 'mayor', president: 'president', 'vice president': 'vice president', 'prime minister': 'prime minister',
  'atty. gen.': 'attorney general', 'attorney general': 'attorney general',
  judge: 'judge', justice: 'justice', sheriff: 'sheriff', 'gen.': 'general', general: 'general',
  'col.': 'colonel', colonel: 'colonel', 'lt.': 'lieutenant', lieutenant: 'lieutenant', 'sgt.': 'sergeant', sergeant: 'sergeant',
};

/**
 * `names.role-consistency`: one person given two different offices directly before the name
 * (`Sen. Ann Ray` here, `Rep. Ann Ray` there), or the same title capitalized two ways before the
 * name (`Mayor Linda Okafor`, `mayor Linda Okafor`).
 */
export const namesRoleConsistency: Rule = {
  id: 'names.role-consistency',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const entity of context.entities) {
      if (entity.kind !== 'person') continue;
      const titles = titlesBeforeName(context.text, entity);
      const first = titles[0];
      if (!first) continue;
      for (const t of titles.slice(1)) {
        const line = context.lines.lineNumber(first.start);
        if (t.office !== first.office) {
          findings.push({
            start: t.start,
            end: t.end,
            message: `${entity.name} is ${quote(t.title)} here but ${quote(first.title)} on line ${line}.`,
            fixes: [],
            related: [{ start: first.start, end: first.end, message: `${quote(first.title)} here` }],
          });
        } else if (t.title !== first.title && t.title.toLowerCase() === first.title.toLowerCase()) {
          findings.push({
            start: t.start,
            end: t.end,
            message: `${quote(t.title)} is capitalized differently from ${quote(first.title)} on line ${line}.`,
            fixes: [{ title: `Change to ${quote(first.title)}`, edits: [{ start: t.start, end: t.end, replacement: first.title }] }],
          });
        }
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

interface Title {
  readonly role: Role;
  /** The title words themselves, at the end of the role (`Gov.` in `Michigan Gov.`). */
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly office: string;
}

function titlesBeforeName(text: string, entity: Entity): Title[] {
  const out: Title[] = [];
  for (const role of entity.roles) {
    const next = entity.mentions.find((m) => m.start >= role.end);
    if (!next || !/^\s+$/.test(text.slice(role.end, next.start))) continue;
    const lower = role.text.toLowerCase();
    const key = Object.keys(SAME_OFFICE)
      .filter((k) => lower === k || lower.endsWith(` ${k}`))
      .sort((a, b) => b.length - a.length)[0];
    if (!key) continue;
    const start = role.end - key.length;
    out.push({ role, title: text.slice(start, role.end), start, end: role.end, office: SAME_OFFICE[key] });
  }
  return out.sort((a, b) => a.start - b.start);
}
