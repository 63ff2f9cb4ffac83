import type { RawFinding, Rule, RuleContext } from './context';
import { glossaryForms } from '../glossary/lookup';
import { isNameSlip } from '../entities/misspellings';
import { isDictionaryWord, isKnownWord, isPersonNameWord } from './dictionary';
import { byStart, collectWordForms, type NamePosition, type WordForm } from './nameForms';
import { quote } from './messages';
import { lineCacheKey, type LineCacheSet } from '../text/lineCaches';

/**
 * `names.spelling`: a name written two ways (`Vance` / `Vanse's`, `Zhao Weiming` / `Zhao Weimin`).
 * Every capitalised word is compared with the words of the article's people (surnames, given names,
 * family names written first); a word one slip away (see isNameSlip) from a better attested name
 * word is flagged, with a fix to that form here and, when it is repeated, everywhere.
 *
 * A word nobody writes (no dictionary word, known place or known name) is compared even inside an
 * organization or place name: the names model may have read the slip into one (`the Haloran
 * Institute` beside `Ines Halloran`). Contractions (`We'll` beside `Dan Well`) are never names.
 * Such a word read into no name at all is also a right form a slip may be measured against, when
 * the slip is read as a person's name (the model missed `Osterholm explained …` but not `Tamsin
 * Ostreholm`).
 *
 * Quiet when the two forms are two people (each written with other words: `Ann Hansen`, `Carl
 * Hanson`), when both are well attested (`Johnson` three times, `Johnston` twice), when the word is a
 * dictionary word, a known place or the glossary's, and when one is only ever a given name and the
 * other only ever a surname.
 */
export const namesSpelling: Rule = {
  id: 'names.spelling',
  defaultSeverity: 'warning',
  check(context: RuleContext): RawFinding[] {
    const forms = collectWordForms(context.text, context.reference.frontMatter?.end ?? 0, context.entities, context.lineCaches);
    const glossaryWords = new Set([...glossaryForms(context.options.glossary).keys()].flatMap((f) => f.split(/\s+/)));
    const names = [...forms.values()].filter((f) => isNameLike(f.form) && (isPersonName(f) || isStray(f)));
    const byInitial = new Map<string, WordForm[]>();
    for (const n of names) {
      const key = n.form[0].toLowerCase();
      const list = byInitial.get(key);
      if (list) list.push(n);
      else byInitial.set(key, [n]);
    }
    const findings: RawFinding[] = [];
    const slipTables = new Map<string, Map<string, ReadonlySet<string>>>();
    for (const suspect of forms.values()) {
      if (!isNameLike(suspect.form) || glossaryWords.has(suspect.form)) continue;
      const initial = suspect.form[0].toLowerCase();
      const candidates = byInitial.get(initial) ?? [];
      let table = slipTables.get(initial);
      if (!table) {
        table = slipTable(candidates, context.lineCaches);
        slipTables.set(initial, table);
      }
      const right = bestMatch(suspect, candidates, slipsOf(suspect.form, candidates, table), !isKnownWord(suspect.form));
      if (right) findings.push(...findingsFor(context, suspect, right));
    }
    return findings.sort(byStart);
  },
};

/**
 * A capitalised word that may be a name: not all capitals (acronyms), no hyphen, no digit, and no
 * contraction (`We'll`, `Don't`: names take their apostrophe early, `O'Brien`).
 */
function isNameLike(form: string): boolean {
  return form.length >= 3 && /^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(form) && !/['’]$/.test(form) && !CONTRACTION.test(form);
}

const CONTRACTION = /(?:n['’]t|['’](?:ll|re|ve|d|m))$/i;

/**
 * A word the article gives as a person's name, reliably enough to measure other words against: in
 * person mentions more than in other names, and either used alone for the person, or a known name,
 * or written with name words only (`App Store` read as a person does not make `Store` a surname).
 */
function isPersonName(f: WordForm): boolean {
  if (f.inPerson === 0 || f.inPerson < f.inOtherName) return false;
  if (isPersonNameWord(f.form)) return true;
  // `Jobs`, `Key`: a surname that is also a word is one when written after a given name.
  if (isDictionaryWord(f.form)) return hasGivenName(f);
  if (f.positions.has('alone')) return true;
  return [...f.partners].every((p) => isPersonNameWord(p) || !isDictionaryWord(p));
}

/**
 * A capitalised word nobody writes (no dictionary word, known place or known name) that the names
 * model read into no name at all: a mention it missed (`Justice Scalia's opinion`, a surname opening
 * a sentence). Compared with the article's people, never with another such word.
 */
function isStray(f: WordForm): boolean {
  return f.inPerson === 0 && f.inOtherName === 0 && !isKnownWord(f.form);
}

/**
 * Written with a word the lexicon knows as a given name or surname (`Steve Jobs`), or, for a given
 * name, before a surname that is no dictionary word (`Frank Okonjo`).
 */
function hasGivenName(f: WordForm): boolean {
  return [...f.partners].some((p) => isPersonNameWord(p) || (f.positions.has('first') && !isDictionaryWord(p)));
}

const SLIPS = lineCacheKey<Map<string, ReadonlySet<string>>>('names.spelling.slips');

/**
 * Every word is compared with every name of its initial (isNameSlip, a function of the two strings
 * only): the answers for one list of names, by word, kept in `caches` by that list, so after an
 * edit that leaves the article's names as they were only new words are compared.
 */
function slipTable(names: readonly WordForm[], caches: LineCacheSet | undefined): Map<string, ReadonlySet<string>> {
  return caches ? caches.of(SLIPS).get(names.map((n) => n.form).join(' '), () => new Map()) : new Map();
}

/** The forms of `names` that `form` may be a slip of, from `table` (see slipTable) or computed into it. */
function slipsOf(form: string, names: readonly WordForm[], table: Map<string, ReadonlySet<string>>): ReadonlySet<string> {
  let slips = table.get(form);
  if (!slips) {
    slips = new Set(names.filter((n) => isNameSlip(form, n.form)).map((n) => n.form));
    table.set(form, slips);
  }
  return slips;
}

/**
 * The person's name word `suspect` most likely misspells, if any (`slips`: see slipsOf). `unknown`:
 * the suspect is no dictionary word, known place or known name (dictionary.ts isKnownWord), so it is
 * compared even where the names model read it into an organization or place name.
 */
function bestMatch(suspect: WordForm, names: readonly WordForm[], slips: ReadonlySet<string>, unknown: boolean): WordForm | null {
  // Most words are no slip of any name: nothing to weigh (the loop below asked every name of the initial).
  if (slips.size === 0) return null;
  let best: WordForm | null = null;
  for (const name of names) {
    if (name === suspect || !slips.has(name.form)) continue;
    // A word read as nobody's is measured only against a word the article gives as a person's name.
    if (isStray(name) && !isPersonName(suspect)) continue;
    if (!isRarer(suspect, name) || twoPeople(suspect, name) || differentRoles(suspect, name)) continue;
    // A dictionary word or a known place is read as itself, unless the article writes it as a
    // person's surname with a given name (`Maria Vanse` beside `Vance`; two people are ruled out above).
    if (isDictionaryWord(suspect.form) && !(suspect.positions.has('last') && hasGivenName(suspect))) continue;
    // `Vance Avenue`: a word that only ever sits in another kind of name is that name, unless nobody
    // writes it (`Vanse` beside `Rita Vance` is a slip the names model read into a street name).
    if (suspect.inOtherName > 0 && suspect.inPerson === 0 && !unknown) continue;
    if (!best || name.occurrences.length > best.occurrences.length) best = name;
  }
  return best;
}

/**
 * The frequency prior: the rarer form is the suspect. A form written once against one written once
 * is a suspect both ways when one of them is written in a full name (one of them is wrong; the
 * editor knows which): two lone words once each are too little to go on. A form written twice or
 * more is taken for deliberate unless the other is written at least twice as often.
 */
function isRarer(suspect: WordForm, name: WordForm): boolean {
  const s = suspect.occurrences.length;
  const n = name.occurrences.length;
  // A name the lexicon knows (`Johnston`, `Reed`) is a real name: a tie is not enough against it.
  if (isPersonNameWord(suspect.form)) return n >= 2 * s;
  if (s === 1 && n === 1) return true;
  return n >= 2 * s;
}

/** Both written with other words, never the same ones: `Ann Hansen` and `Carl Hanson`. */
function twoPeople(a: WordForm, b: WordForm): boolean {
  if (a.partners.size === 0 || b.partners.size === 0) return false;
  return !shareWords(a, b);
}

function shareWords(a: WordForm, b: WordForm): boolean {
  for (const p of a.partners) if (b.partners.has(p)) return true;
  return false;
}

const GIVEN: ReadonlySet<NamePosition> = new Set(['first', 'middle']);

/** One only ever a given name, the other only ever a surname (`Dana Smith` and `Ann Dane`). */
function differentRoles(a: WordForm, b: WordForm): boolean {
  if (a.positions.size === 0 || b.positions.size === 0) return false;
  const onlyGiven = (f: WordForm) => [...f.positions].every((p) => GIVEN.has(p));
  const onlySurname = (f: WordForm) => [...f.positions].every((p) => p === 'last');
  return (onlyGiven(a) && onlySurname(b)) || (onlySurname(a) && onlyGiven(b));
}

function findingsFor(context: RuleContext, change: WordForm, keep: WordForm): RawFinding[] {
  const first = keep.occurrences[0];
  const times = keep.occurrences.length === 1 ? 'once' : `${keep.occurrences.length} times`;
  return change.occurrences.map((occ) => ({
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
  }));
}
