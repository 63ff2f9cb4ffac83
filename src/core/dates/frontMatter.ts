import type { Span } from '../types';
import { parseIsoDay } from './calendar';

export interface FrontMatter {
  /** The whole block, from the opening `---` to the end of the closing `---` line. */
  readonly span: Span;
  /** The ISO day of its `date:` field, when it has a valid one. */
  readonly date: string | null;
}

// A YAML block at the very start (after an optional BOM): `---`, lines, `---`.
const BLOCK = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
// `date: 2025-10-16`, quoted, or with a time (`2025-10-16T09:30:00-05:00`, `2025-10-16 09:30`). The
// calendar day as written is taken, not converted to UTC: the newsroom's day is the story's day.
const DATE_FIELD = /^date[ \t]*:[ \t]*["']?(\d{4}-\d{2}-\d{2})(?:[T ][^\r\n]*)?["']?[ \t]*$/m;

export function findFrontMatter(text: string): FrontMatter | null {
  const block = BLOCK.exec(text);
  if (!block) return null;
  const field = DATE_FIELD.exec(block[1] ?? '');
  const date = field && parseIsoDay(field[1]) ? field[1] : null;
  return { span: { start: 0, end: block[0].length }, date };
}
