import { glossaryForms } from '../glossary/lookup';
import type { GlossaryEntry } from '../glossary/types';
import { isCapitalized, wordsFrom } from '../text/words';
import type { RawFinding, Rule, RuleContext } from './context';
import { editDistance } from '../text/editDistance';
import { quote } from './messages';
import { isDictionaryWord } from './dictionary';

/**
 * `glossary.preferred-form`: a form the newsroom's glossary avoids (`Commonwealth of Independence
 * States`, `Nur-Sultan` in an article dated after the city's renaming) → the preferred form; and a
 * word one or two letters away from a glossary name that the article never spells right (a likely
 * misspelling). Silent without a glossary.
 */
export const glossaryPreferredForm: Rule = {
  id: 'glossary.preferred-form',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    const glossary = context.options.glossary;
    if (!glossary || glossary.entries.length === 0) return [];
    const findings = [...avoidedForms(context, glossary.entries), ...nearMisses(context, glossary.entries)];
    return findings.sort((a, b) => a.start - b.start);
  },
};

function avoidedForms(context: RuleContext, entries: readonly GlossaryEntry[]): RawFinding[] {
  const out: RawFinding[] = [];
  const from = context.reference.frontMatter?.end ?? 0;
  const reference = context.reference.referenceDate.value;
  for (const entry of entries) {
    for (const avoided of entry.avoid) {
      if (avoided.since && reference < avoided.since) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(avoided.form)}(?![\\p{L}\\p{N}])`, 'gu');
      re.lastIndex = from;
      for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
        const start = m.index;
        const end = start + m[0].length;
        const why = avoided.reason ? `: ${avoided.reason}` : '';
        out.push({
          start,
          end,
          message: `The glossary prefers ${quote(entry.name)} to ${quote(avoided.form)}${why}.`,
          fixes: [{ title: `Change to ${quote(entry.name)}`, edits: [{ start, end, replacement: entry.name }] }],
        });
      }
    }
  }
  return out;
}

/**
 * Words that miss a glossary name by a letter or two, when the article never has the right form. A
 * name of two or more words is compared whole (`Commonwealth of Independant States`); a single word
 * only when neither it nor the glossary's word is a dictionary word (`Lagos State` is no misspelling
 * of the `States` of a glossary name).
 */
function nearMisses(context: RuleContext, entries: readonly GlossaryEntry[]): RawFinding[] {
  const forms = glossaryForms({ entries });
  const avoided = new Set(entries.flatMap((e) => e.avoid.map((a) => a.form)));
  const words = wordsFrom(context.text, context.reference.frontMatter?.end ?? 0, context.lineCaches);
  const present = new Set(words.map((w) => w.text));
  const out: RawFinding[] = [];
  const taken = new Set<number>();
  for (const [form, entry] of forms) {
    const parts = form.split(/\s+/);
    if (parts.length === 1 && (form.length < 5 || !isCapitalized(form) || isDictionaryWord(form) || present.has(form))) continue;
    if (parts.length > 1 && context.text.includes(form)) continue;
    for (let i = 0; i + parts.length <= words.length; i++) {
      const first = words[i];
      if (taken.has(first.start) || first.text[0] !== form[0]) continue;
      const last = words[i + parts.length - 1];
      const written = context.text.slice(first.start, last.end);
      if (written === form || avoided.has(written) || /\n/.test(written)) continue;
      if (parts.length === 1 && isDictionaryWord(written)) continue;
      const limit = form.length >= 8 ? 2 : 1;
      if (editDistance(written, form, limit) > limit) continue;
      taken.add(first.start);
      // Point at the one word that differs when the rest is written right (`Tokayv` in `Kassym-Jomart Tokayv`).
      const run = words.slice(i, i + parts.length);
      const differing = run.filter((w, k) => w.text !== parts[k]);
      const [span, wrong, right] =
        differing.length === 1 && run.every((w, k) => w === differing[0] || w.text === parts[k])
          ? [differing[0], differing[0].text, parts[run.indexOf(differing[0])]]
          : [{ start: first.start, end: last.end }, written, form];
      if (out.some((f) => f.start < span.end && span.start < f.end)) continue;
      out.push({
        start: span.start,
        end: span.end,
        message: `${quote(wrong)} is probably a misspelling of ${quote(right)} (glossary: ${entry.name}).`,
        fixes: [{ title: `Change to ${quote(right)}`, edits: [{ start: span.start, end: span.end, replacement: right }] }],
      });
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
