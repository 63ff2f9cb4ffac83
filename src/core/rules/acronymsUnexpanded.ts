import type { Span } from '../types';
import { wordsFrom, type Word } from '../text/words';
import type { RawFinding, Rule, RuleContext } from './context';
import { KNOWN_ACRONYMS } from './data/knownAcronyms';
import { headlineSpans, insideAny } from './headlines';
import { lexiconTag } from '../nlp';
import { quote } from './messages';

// Small words a name's initials may take or skip: `Illinois Department of Transportation` is IDOT.
const JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'la', 'del', '&']);
const LONGEST_JOINER = Math.max(...[...JOINERS].map((j) => j.length));
const ACRONYM = /^[A-Z][A-Z&]{1,5}s?$/;

/**
 * `acronyms.unexpanded`: an acronym the article never spells out, or spells out only after first
 * using it. Well-known acronyms (FBI, NATO, …, extendable) need no expansion, but one the article
 * defines (`World Health Organization (WHO)`) only after using it is said. Headlines, the dateline
 * (wire agencies such as IANS) and company forms after a name (`Vale SA`) are exempt. One finding
 * per acronym, on its first use.
 */
export const acronymsUnexpanded: Rule = {
  id: 'acronyms.unexpanded',
  defaultSeverity: 'information',
  check(context: RuleContext): RawFinding[] {
    const { text } = context;
    const skip: Span[] = headlineSpans(text, context.sentences);
    if (context.reference.dateline) skip.push(context.reference.dateline);
    if (context.reference.frontMatter) skip.push(context.reference.frontMatter);
    // `TM Roh`, `AJ Mitchell`: capitals opening a person's name are initials, not an acronym.
    for (const e of context.entities) if (e.kind === 'person') for (const m of e.mentions) if (/\s/.test(m.text)) skip.push(m);
    const words = wordsFrom(text, context.reference.frontMatter?.end ?? 0, context.lineCaches);
    const known = new Set(context.options.knownAcronyms ?? []);
    const firstUse = new Map<string, Word>();
    const firstKnownUse = new Map<string, Word>();
    words.forEach((w, i) => {
      if (!ACRONYM.test(w.text) || insideAny(skip, w.start) || isLegalSuffix(text, words, i)) return;
      const key = w.text.replace(/s$/, '');
      if (KNOWN_ACRONYMS.has(key) || KNOWN_ACRONYMS.has(w.text) || known.has(key) || known.has(w.text)) {
        if (!firstKnownUse.has(w.text)) firstKnownUse.set(w.text, w);
        return;
      }
      if (isShouting(words, i) || isEmphasis(w.text)) return;
      if (!firstUse.has(key)) firstUse.set(key, w);
    });
    const findings: RawFinding[] = [];
    const byInitial = indexByInitial(words);
    for (const [acronym, use] of firstKnownUse) {
      const defined = laterDefinition(context, words, acronym, use, byInitial);
      if (defined) findings.push(defined);
    }
    for (const [acronym, use] of firstUse) {
      const expansion = findExpansion(words, acronym, byInitial);
      if (expansion && expansion.start < use.start) continue;
      if (!expansion) {
        findings.push({
          start: use.start,
          end: use.end,
          message: `${quote(acronym)} is never spelled out: give the full name on first reference.`,
          fixes: [],
        });
        continue;
      }
      const full = text.slice(expansion.start, expansion.end);
      findings.push({
        start: use.start,
        end: use.end,
        message:
          `${quote(acronym)} is used before it is spelled out as ${quote(full)} ` +
          `(line ${context.lines.lineNumber(expansion.start)}).`,
        fixes: [{ title: `Spell out: ${quote(`${full} (${acronym})`)}`, edits: [{ start: use.start, end: use.end, replacement: `${full} (${acronym})` }] }],
        related: [{ start: expansion.start, end: expansion.end, message: 'spelled out here' }],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/**
 * A well-known acronym (`WHO`) needs no expansion, but when the article spells it out as a definition
 * (`World Health Organization (WHO)`) after already using it, the definition comes too late: say so.
 */
function laterDefinition(context: RuleContext, words: readonly Word[], acronym: string, use: Word, byInitial: Map<string, number[]>): RawFinding | null {
  const { text } = context;
  const expansion = findExpansion(words, acronym, byInitial);
  if (!expansion || expansion.start < use.start) return null;
  if (!new RegExp(`^\\s*\\(${acronym}\\)`).test(text.slice(expansion.end, expansion.end + acronym.length + 4))) return null;
  const full = text.slice(expansion.start, expansion.end);
  return {
    start: use.start,
    end: use.end,
    message:
      `${quote(acronym)} is well known, but the article spells it out as ${quote(full)} only later ` +
      `(line ${context.lines.lineNumber(expansion.start)}): give the full name at the first use, or leave the later spelling out.`,
    fixes: [{ title: `Spell out: ${quote(`${full} (${acronym})`)}`, edits: [{ start: use.start, end: use.end, replacement: `${full} (${acronym})` }] }],
    related: [{ start: expansion.start, end: expansion.end, message: 'spelled out here' }],
  };
}

/**
 * Company-form abbreviations after a name (`Vale SA`, `Siemens AG`, `Acme LLC`) are part of the
 * name, not acronyms for the reader to decode.
 */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'AG', 'NV', 'PLC', 'LLC', 'LLP', 'LP', 'SA', 'SAS', 'SARL', 'SPA', 'BV', 'AB', 'ASA', 'AS', 'SE', 'KK', 'PTE', 'PTY',
  'GMBH', 'KG', 'KGAA', 'OYJ', 'SL', 'SRL', 'CORP', 'INC', 'LTD', 'CO',
]);

function isLegalSuffix(text: string, words: readonly Word[], i: number): boolean {
  if (!LEGAL_SUFFIXES.has(words[i].text.toUpperCase()) || i === 0) return false;
  const before = words[i - 1];
  // Right after a capitalised word, or after `Name,` (`Acme Holdings, LLC`).
  return /^\p{Lu}/u.test(before.text) && /^,?\s+$/u.test(text.slice(before.end, words[i].start));
}

// Tags of words that are English in capitals for emphasis (`UNLESS`, `AS`), never acronyms.
const FUNCTION_TAGS = new Set(['Condition', 'Preposition', 'Pronoun', 'Conjunction', 'Determiner', 'Adverb', 'QuestionWord', 'Copula', 'Modal', 'Negative']);

/** A word written in capitals for emphasis: a function word, or a longer word the lexicon knows. */
function isEmphasis(word: string): boolean {
  const tag = lexiconTag(word);
  return tag !== undefined && (FUNCTION_TAGS.has(tag) || word.length >= 5);
}

/** An all-capitals run of words (`BREAKING NEWS`) is emphasis, not acronyms. */
function isShouting(words: readonly Word[], i: number): boolean {
  const caps = (w: Word | undefined) => !!w && w.text.length >= 3 && w.text === w.text.toUpperCase() && /\p{L}/u.test(w.text);
  return caps(words[i - 1]) || caps(words[i + 1]);
}

/**
 * Word indices by first character, in text order: where an expansion of each acronym may start.
 * Only words opening with a capital A-Z: an acronym (ACRONYM) opens with one, and findExpansion
 * looks up only its first letter (the lower-case bulk of the text was indexed on every analysis).
 */
function indexByInitial(words: readonly Word[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  words.forEach((w, i) => {
    const c = w.text.charCodeAt(0);
    if (c < 65 || c > 90) return;
    const list = index.get(w.text[0]);
    if (list) list.push(i);
    else index.set(w.text[0], [i]);
  });
  return index;
}

/**
 * The first run of capitalized words whose initials spell the acronym. `byInitial` (from
 * indexByInitial) lets many acronyms be looked up without a scan of every word each.
 */
export function findExpansion(words: readonly Word[], acronym: string, byInitial = indexByInitial(words)): Span | null {
  const letters = acronym.toUpperCase();
  for (const i of byInitial.get(letters[0]) ?? []) {
    if (words[i].text === acronym) continue;
    const end = match(words, i, letters, 0);
    if (end !== -1) return { start: words[i].start, end: words[end].end };
  }
  return null;
}

/** Index of the last word when words[i..] spell letters[k..], else -1. Small backtracking search. */
function match(words: readonly Word[], i: number, letters: string, k: number): number {
  if (i >= words.length) return -1;
  const w = words[i].text;
  // Lower-casing never shortens a word: a longer one is no joiner, without a lower-cased copy of
  // every capitalised word for every acronym on every analysis.
  const joiner = w.length <= LONGEST_JOINER && JOINERS.has(w.toLowerCase());
  if (!joiner && !/^\p{Lu}\p{Ll}/u.test(w)) return -1;
  if (i > 0 && k > 0 && words[i].start - words[i - 1].end > 2) return -1; // not across punctuation
  if (w[0].toUpperCase() === letters[k] && !(joiner && k === 0 && w === w.toLowerCase())) {
    if (k === letters.length - 1) return joiner ? -1 : i;
    const next = match(words, i + 1, letters, k + 1);
    if (next !== -1) return next;
  }
  if (joiner && k > 0) return match(words, i + 1, letters, k);
  return -1;
}
