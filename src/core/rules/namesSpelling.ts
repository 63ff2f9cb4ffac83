import type { Entity, Span } from '../types';
import { wordsIn, isCapitalized, type Word } from '../text/words';
import type { RawFinding, Rule, RuleContext } from './context';
import { editDistance } from '../text/editDistance';
import { glossaryForms } from '../glossary/lookup';
import { quote } from './messages';

interface NameWord {
  readonly form: string;
  readonly occurrences: Word[];
  /** The words before it inside each multi-word mention (`Linda` for `Okafor`): tells people apart. */
  readonly givenNames: Set<string>;
  readonly kinds: Set<Entity['kind']>;
  /** How often it is the last word of a mention (a surname, or a one-word name). */
  lastOfName: number;
}

/**
 * `names.spelling`: one person's name written two ways (`Okafor` / `Okafour`). Compares the surnames
 * and one-word names of people; the less used form is flagged, with a fix to the more used
 * one (the glossary's form wins; ties go to the form that appears inside a full name, then to the earlier).
 */
export const namesSpelling: Rule = {
  id: 'names.spelling',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    const words = collectNameWords(context);
    const preferred = new Set([...glossaryForms(context.options.glossary).keys()].flatMap((f) => f.split(/\s+/)));
    const findings: RawFinding[] = [];
    // Only people's surnames of six letters or more, with the same first letter, can be variants
    // (see areVariants): comparing just those keeps a long article's pairs few.
    const forms = [...words.values()].filter((w) => w.form.length >= 6 && isPersonSurname(w));
    const initials = forms.map((w) => w.form[0].toLowerCase());
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        if (initials[i] !== initials[j]) continue;
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
          entry = { form: w.text, occurrences: [], givenNames: new Set(), kinds: new Set(), lastOfName: 0 };
          byForm.set(w.text, entry);
        }
        entry.occurrences.push(w);
        entry.kinds.add(entity.kind);
        if (k === ws.length - 1) entry.lastOfName++;
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
  // Five-letter names one letter apart are usually two real names (`Cheng`, `Cheung`).
  if (shorter < 6) return false;
  // `SPRINGFIELD` in a dateline is the same word in capitals, not another spelling.
  if (a.toLowerCase() === b.toLowerCase()) return false;
  // Typos rarely touch the first letter, and `Democrats` / `Democratic` are one stem, two words.
  if (a[0].toLowerCase() !== b[0].toLowerCase()) return false;
  if (stem(a) === stem(b) || a.toLowerCase().startsWith(b.toLowerCase()) || b.toLowerCase().startsWith(a.toLowerCase())) return false;
  // People's names only: near-identical organization and place words are usually two real names
  // (`Wikimedia`, `Wikipedia`; `Slovenia`, `Slovenian`); the glossary catches those it knows.
  // Given names are compared only as part of their person (`Kristin` and `Kristen` are likely two
  // people): surnames and one-word names carry the spelling.
  if (!isPersonSurname(keep) || !isPersonSurname(change)) return false;
  const limit = shorter >= 8 ? 2 : 1;
  if (editDistance(a.toLowerCase(), b.toLowerCase(), limit) > limit) return false;
  // Two full names with different given names are two people (`Ann Hansen`, `Carl Hanson`).
  if (keep.givenNames.size > 0 && change.givenNames.size > 0) {
    for (const g of change.givenNames) if (!keep.givenNames.has(g)) return false;
  }
  return true;
}

const SUFFIXES = /(?:ians|ans|ics|ists|ism|ese|ish|ian|ist|ic|an|es|s|n|a|e)$/;

function stem(word: string): string {
  return word.toLowerCase().replace(SUFFIXES, '');
}

function isPersonSurname(word: NameWord): boolean {
  // `Kwok-hing`: a hyphenated given name written after the family name (Chinese order).
  return word.kinds.has('person') && word.lastOfName > 0 && !/-\p{Ll}/u.test(word.form);
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}
