import { glossaryForms } from '../glossary/lookup';
import type { GlossaryEntry } from '../glossary/types';
import { isCapitalized, wordsIn } from '../text/words';
import type { RawFinding, Rule, RuleContext } from './context';
import { editDistance } from '../text/editDistance';
import { quote } from './messages';

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

/** Words that miss a glossary word by a letter or two, when the article never has the right form. */
function nearMisses(context: RuleContext, entries: readonly GlossaryEntry[]): RawFinding[] {
  const forms = glossaryForms({ entries });
  const targets = new Map<string, GlossaryEntry>();
  for (const [form, entry] of forms) {
    for (const w of form.split(/\s+/)) if (w.length >= 5 && isCapitalized(w)) targets.set(w, entry);
  }
  const avoided = new Set(entries.flatMap((e) => e.avoid.flatMap((a) => a.form.split(/\s+/))));
  const words = wordsIn(context.text, context.reference.frontMatter?.end ?? 0).filter((w) => isCapitalized(w.text));
  const present = new Set(words.map((w) => w.text));
  const out: RawFinding[] = [];
  for (const w of words) {
    if (targets.has(w.text) || avoided.has(w.text) || w.text.length < 5) continue;
    for (const [target, entry] of targets) {
      if (present.has(target) || target[0] !== w.text[0]) continue;
      const limit = Math.min(target.length, w.text.length) >= 8 ? 2 : 1;
      if (editDistance(w.text, target, limit) > limit) continue;
      out.push({
        start: w.start,
        end: w.end,
        message: `${quote(w.text)} is probably a misspelling of ${quote(target)} (glossary: ${entry.name}).`,
        fixes: [{ title: `Change to ${quote(target)}`, edits: [{ start: w.start, end: w.end, replacement: target }] }],
      });
      break;
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
