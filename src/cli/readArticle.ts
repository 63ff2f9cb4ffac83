import * as fs from 'fs';

export interface Article {
  readonly file: string;
  /** UTF-8 decoded, BOM stripped: the text every offset counts into. */
  readonly text: string;
  /** The year of the file's modification time: the year a dateline without one takes. */
  readonly modifiedYear: number;
  /** The bytes as read (what the archive index hashes), their count and the modification time in ms. */
  readonly bytes: Buffer;
  readonly size: number;
  readonly mtime: number;
}

export class ReadError extends Error {}

/** Reads one article, refusing directories and binary files with a clear message. Never writes. */
export function readArticle(file: string): Article {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw new ReadError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (stat.isDirectory()) throw new ReadError(`${file}: is a directory, not an article`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new ReadError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new ReadError(`${file}: looks like a binary file (it has NUL bytes); not analysed`);
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { file, text, modifiedYear: stat.mtime.getUTCFullYear(), bytes, size: stat.size, mtime: stat.mtimeMs };
}
