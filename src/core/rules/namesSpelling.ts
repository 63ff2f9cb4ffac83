import type { Entity, Span } from '../types';
import { wordsIn, isCapitalized, type Word } from '../text/words';
import type { RawFinding, Rule, RuleContext } from './context';
import { editDistance } from './editDistance';
import { glossaryForms } from '../glossary/lookup';
import { quote } from './messages';

interface NameWord {
  readonly form: string;
  readonly occurrences: Word[];
  /** The words before it inside each multi-word mention (`Linda` for `Okafor`): tells people apart. */
  readonly givenNames: Set<string>;
  readonly kinds: Set<Entity['kind']>;
}

/**
 * `names.spelling`: one name written two ways (`Okafor` / `Okafour`). Compares the words of every
 * person, organization and place mention; the less used form is flagged, with a fix to the more used
 * one (the glossary's form wins; ties go to the form that appears inside a full name, then to the earlier).
 */
export const namesSpelling: Rule = {
  id: 'names.spelling',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    const words = collectNameWords(context);
    const preferred = new Set([...glossaryForms(context.options.glossary).keys()].flatMap((f) => f.split(/\s+/)));
    const findings: RawFinding[] = [];
    const forms = [...words.values()];
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        const pair = orderPair(forms[i], forms[j], preferred);
        if (!areVariants(pair[0], pair[1])) continue;
        const [keep, change] = pair;
        const first = keep.occurrences[0];
        const times = keep.occurrences.length === 1 ? 'once' : `${keep.occurrences.length} times`;
        for (const occ of change.occurrences) {
          findings.push({
            start: occ.start,
            end: occ.end,
            message:
              `${quote(change.form)} looks like a misspelling of ${quote(keep.form)}, ` +
              `which the article uses ${times} (first on line ${context.lines.lineNumber(first.start)}).`,
            fixes: [
              { title: `Change to ${quote(keep.form)}`, edits: [{ start: occ.start, end: occ.end, replacement: keep.form }] },
              ...(change.occurrences.length > 1
                ? [{
                    title: `Change every ${quote(change.form)} to ${quote(keep.form)}`,
                    edits: change.occurrences.map((o) => ({ start: o.start, end: o.end, replacement: keep.form })),
                  }]
                : []),
            ],
            related: [{ start: first.start, end: first.end, message: `${quote(keep.form)} is spelled this way here` }],
          });
        }
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

function collectNameWords(context: RuleContext): Map<string, NameWord> {
  const byForm = new Map<string, NameWord>();
  const seen = new Set<number>();
  for (const entity of context.entities) {
    for (const mention of entity.mentions) {
      const ws = wordsIn(context.text, mention.start, mention.end).filter((w) => isCapitalized(w.text));
      ws.forEach((w, k) => {
        if (seen.has(w.start)) return;
        seen.add(w.start);
        let entry = byForm.get(w.text);
        if (!entry) {
          entry = { form: w.text, occurrences: [], givenNames: new Set(), kinds: new Set() };
          byForm.set(w.text, entry);
        }
        entry.occurrences.push(w);
        entry.kinds.add(entity.kind);
        if (k > 0 && entity.kind === 'person') entry.givenNames.add(ws.slice(0, k).map((x) => x.text).join(' '));
      });
    }
  }
  for (const entry of byForm.values()) entry.occurrences.sort(byStart);
  return byForm;
}

/** [form to keep, form to change]: the glossary's form, else the more used, else the one in a full name. */
function orderPair(a: NameWord, b: NameWord, preferred: ReadonlySet<string>): [NameWord, NameWord] {
  if (preferred.has(a.form) !== preferred.has(b.form)) return preferred.has(a.form) ? [a, b] : [b, a];
  if (a.occurrences.length !== b.occurrences.length) {
    return a.occurrences.length > b.occurrences.length ? [a, b] : [b, a];
  }
  const aFull = a.givenNames.size > 0;
  const bFull = b.givenNames.size > 0;
  if (aFull !== bFull) return aFull ? [a, b] : [b, a];
  return a.occurrences[0].start < b.occurrences[0].start ? [a, b] : [b, a];
}

function areVariants(keep: NameWord, change: NameWord): boolean {
  const a = keep.form;
  const b = change.form;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  // `SPRINGFIELD` in a dateline is the same word in capitals, not another spelling.
  if (a.toLowerCase() === b.toLowerCase()) return false;
  // Typos rarely touch the first letter, and a plural or possessive-like ending is another word.
  if (a[0].toLowerCase() !== b[0].toLowerCase()) return false;
  if (isInflection(a, b) || isInflection(b, a)) return false;
  const onlyPlaces = keep.kinds.size === 1 && keep.kinds.has('place');
  const limit = onlyPlaces ? (shorter >= 7 ? 1 : 0) : shorter >= 8 ? 2 : 1;
  if (limit === 0) return false;
  if (editDistance(a.toLowerCase(), b.toLowerCase(), limit) > limit) return false;
  // Two full names with different given names are two people (`Ann Hansen`, `Carl Hanson`).
  if (keep.givenNames.size > 0 && change.givenNames.size > 0) {
    for (const g of change.givenNames) if (!keep.givenNames.has(g)) return false;
  }
  return true;
}

function isInflection(base: string, other: string): boolean {
  const lower = base.toLowerCase();
  const o = other.toLowerCase();
  return o === `${lower}s` || o === `${lower}es` || o === `${lower}n` || o === `${lower}an` || o === `${lower}ian`;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}
