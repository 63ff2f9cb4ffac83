// Headlines and title lines capitalise ordinary words (`School board picks new coach`): there a
// capital says nothing, so a run made only of words the article or the training text writes in
// lower case is no name, unless the body capitalises it mid-sentence too (`the White House said`).
import type { Candidate, Word } from './model';
import { isLearnedCommonWord, learnedKinds } from './learned-words';
import { ORG_SUFFIXES } from './kinds';
import { lineCacheKey, withTexts, type LineCacheSet } from '../text/lineCaches';

/** Drops candidates on a title line whose words are all ordinary words (see the file's comment). */
export function dropHeadlineWords(text: string, words: readonly Word[], candidates: readonly Candidate[], caches?: LineCacheSet): Candidate[] {
  let lower: Set<string> | null = null;
  let body: string | null = null;
  const firstLine = text.search(/\S/);
  // Most candidates share their line with others: each line is judged once.
  const titleLines = new Map<string, boolean>();
  const titleLine = (lineStart: number, lineEnd: number) => {
    const key = `${lineStart}:${lineEnd}`;
    let title = titleLines.get(key);
    if (title === undefined) {
      title = isTitleLineCached(text.slice(lineStart, lineEnd), lineStart <= firstLine, caches);
      titleLines.set(key, title);
    }
    return title;
  };
  return candidates.filter((c) => {
    const start = words[c.from].start;
    const end = words[c.to].end;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const next = text.indexOf('\n', end);
    const lineEnd = next < 0 ? text.length : next;
    if (!titleLine(lineStart, lineEnd)) return true;
    lower ??= lowerCaseWords(text, caches);
    const known = lower;
    // An institution's head word alone (`School board picks…`, `Council approves…`) names nothing there.
    // (A head word the training text also capitalises outside names: not `Reuters`.)
    const headWord = c.from === c.to && ORG_SUFFIXES.has(words[c.from].key) && (learnedKinds(words[c.from].text)?.[3] ?? 0) > 0;
    const ordinary = headWord || words.slice(c.from, c.to + 1).every((w) => !/\p{Lu}.*\p{Lu}/u.test(w.text) && (writtenLowerCase(known, w.key) || isLearnedCommonWord(w.key)));
    if (!ordinary) return true;
    body ??= bodyText(text, firstLine, caches);
    const name = text.slice(start, end);
    // A match has ` name` in it: most names are not in the body at all, found without the regex.
    if (!body.includes(` ${name}`)) return false;
    return usedInRunningText(body, name);
  });
}

/**
 * Whether the article writes the word in lower case, also as its plural or its singular: the headline's
 * `Chipmaker shares slide` is the body's `shares of chipmakers`.
 */
function writtenLowerCase(lower: ReadonlySet<string>, key: string): boolean {
  if (lower.has(key) || lower.has(`${key}s`) || lower.has(`${key}es`)) return true;
  return key.endsWith('s') && (lower.has(key.slice(0, -1)) || (key.endsWith('es') && lower.has(key.slice(0, -2))));
}

/**
 * Whether the body writes `name` after a lower-case word (`the report said School…` no; `at the
 * School on Monday` yes) and not as the opening of a longer name: `Lincoln Magnet School` in the body
 * says nothing of `School` opening the headline, `the School Board` nothing of `School`. A scan of
 * the occurrences, not a regular expression over the whole body per candidate (an edit's cost).
 */
function usedInRunningText(body: string, name: string): boolean {
  for (let at = body.indexOf(` ${name}`); at >= 0; at = body.indexOf(` ${name}`, at + 1)) {
    const end = at + 1 + name.length;
    const after = body.slice(end, end + 3);
    if (/^[\p{L}\p{N}]/u.test(after) || /^\s+\p{Lu}/u.test(after)) continue;
    // The word before: starts lower case (a comma may close it).
    let k = at;
    while (k > 0 && !/[\s(]/.test(body[k - 1])) k--;
    if (/^\p{Ll}/u.test(body.slice(k, k + 1))) return true;
  }
  return false;
}

/**
 * A headline or title line: the first line of the text (when not running text), a Markdown heading, or a short line (at most
 * twelve words) ending without sentence punctuation.
 */
export function isTitleLine(line: string, first: boolean): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (t.startsWith('#')) return true;
  // The first line heads the text unless it is running text (a whole article on one line).
  if (first) return t.split(/\s+/).length <= 20 && !/[.!?]["”’)]?\s/.test(t);
  return t.split(/\s+/).length <= 12 && !/[.!?:;,"”')\]]$/.test(t);
}

const LOWER_BY_LINE = lineCacheKey<readonly string[]>('headlines.lower');

/**
 * Words the text writes in lower case in running text (not inside an address: `ann.ray@…`). Read
 * line by line (a line ends in white space, which splits words anyway), each line's words kept in
 * `caches` for the next analysis of the document.
 */
function lowerCaseWords(text: string, caches?: LineCacheSet): Set<string> {
  const cache = caches?.of(LOWER_BY_LINE);
  const out = new Set<string>();
  for (const line of caches ? caches.linesOf(text) : withTexts(text)) {
    for (const word of cache ? cache.get(line.text, lowerCaseWordsOf) : lowerCaseWordsOf(line.text)) out.add(word);
  }
  return out;
}

function lowerCaseWordsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    const bare = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(bare)) out.push(bare);
  }
  return out;
}

const TITLE_LINES = lineCacheKey<boolean>('headlines.title');

/** isTitleLine, kept in `caches` by line for the next analysis (most lines are not the first). */
function isTitleLineCached(line: string, first: boolean, caches: LineCacheSet | undefined): boolean {
  if (first || !caches) return isTitleLine(line, first);
  return caches.of(TITLE_LINES).get(line, (l) => isTitleLine(l, false));
}

/** The text's lines that are not title lines, joined. */
function bodyText(text: string, firstLine: number, caches?: LineCacheSet): string {
  let at = 0;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!isTitleLineCached(line, at <= firstLine && line.trim() !== '', caches)) out.push(line);
    at += line.length + 1;
  }
  return out.join('\n');
}
