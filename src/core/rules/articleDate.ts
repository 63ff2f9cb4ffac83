/**
 * Setting an article's own date in Markdown: `date:` in the front matter, the first source of the
 * reference date after the explicit option (see dates/reference.ts). Used by the quick fix offered
 * where a dateline's year was assumed from the file's date.
 */
import type { TextEdit } from '../edits';

// The block as dates/frontMatter.ts reads it: `---` at the very start (after a BOM), lines, `---`.
const BLOCK = /^(\uFEFF?)---[ \t]*(\r?\n)(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const DATE_LINE = /^date[ \t]*:.*$/m;

/** The one edit that makes `day` (ISO, `YYYY-MM-DD`) the article's date in Markdown front matter. */
export function frontMatterDateEdit(text: string, day: string): TextEdit {
  const block = BLOCK.exec(text);
  if (!block) {
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { start: bom, end: bom, replacement: `---${eol}date: ${day}${eol}---${eol}${eol}` };
  }
  const [, bom, eol, body] = block;
  const bodyStart = bom.length + 3 + (block[0].slice(bom.length + 3).indexOf(eol)) + eol.length;
  if (body !== undefined) {
    const line = DATE_LINE.exec(body);
    // A `date:` the reader could not use (empty, not a day): replace it rather than add a second one.
    if (line) return { start: bodyStart + line.index, end: bodyStart + line.index + line[0].length, replacement: `date: ${day}` };
    const end = bodyStart + body.length;
    return { start: end, end, replacement: `${eol}date: ${day}` };
  }
  return { start: bodyStart, end: bodyStart, replacement: `date: ${day}${eol}` };
}
