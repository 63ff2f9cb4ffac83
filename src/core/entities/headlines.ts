// Headlines and title lines capitalise ordinary words (`School board picks new coach`): there a
// capital says nothing, so a run made only of words the article or the training text writes in
// lower case is no name, unless the body capitalises it mid-sentence too (`the White House said`).
import type { Candidate, Word } from './model';
import { isLearnedCommonWord } from './learned-words';

/** Drops candidates on a title line whose words are all ordinary words (see the file's comment). */
export function dropHeadlineWords(text: string, words: readonly Word[], candidates: readonly Candidate[]): Candidate[] {
  let lower: Set<string> | null = null;
  let body: string | null = null;
  const firstLine = text.search(/\S/);
  return candidates.filter((c) => {
    const start = words[c.from].start;
    const end = words[c.to].end;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const next = text.indexOf('\n', end);
    const lineEnd = next < 0 ? text.length : next;
    if (!isTitleLine(text.slice(lineStart, lineEnd), lineStart <= firstLine)) return true;
    lower ??= lowerCaseWords(text);
    const known = lower;
    const ordinary = words.slice(c.from, c.to + 1).every((w) => !/\p{Lu}.*\p{Lu}/u.test(w.text) && (known.has(w.key) || isLearnedCommonWord(w.key)));
    if (!ordinary) return true;
    body ??= bodyText(text, firstLine);
    const escaped = text.slice(start, end).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`[\\p{Ll},] ${escaped}\\b`, 'u').test(body);
  });
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

/** Words the text writes in lower case in running text (not inside an address: `ann.ray@…`). */
function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of text.split(/\s+/)) {
    const bare = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(bare)) out.add(bare);
  }
  return out;
}

/** The text's lines that are not title lines, joined. */
function bodyText(text: string, firstLine: number): string {
  let at = 0;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!isTitleLine(line, at <= firstLine && line.trim() !== '')) out.push(line);
    at += line.length + 1;
  }
  return out.join('\n');
}
