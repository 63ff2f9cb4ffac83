import * as fs from 'fs';
import * as path from 'path';
import { isArchivePath } from '../core';
import { ExcludeMatcher } from './exclude';

/** One article file to process: the path to open and print, and where it sits under a walked folder. */
export interface InputFile {
  /** As printed and opened: the folder as given joined with the path under it, or the file as given. */
  readonly file: string;
  /** Under a walked folder, `/`-separated; the file as given otherwise. */
  readonly relative: string;
}

/**
 * The files the arguments name: a file as given (even when excluded or of another extension: the user
 * asked for it), a folder walked for articles (isArchivePath) in sorted order, minus the excluded
 * paths. Arguments that cannot be read are returned as they are, for the reader to report.
 */
export function expandInputs(inputs: readonly string[], excludes: readonly string[]): InputFile[] {
  const matcher = new ExcludeMatcher(excludes);
  const out: InputFile[] = [];
  for (const input of inputs) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      for (const relative of walkFolder(input, matcher)) out.push({ file: path.join(input, ...relative.split('/')), relative });
    } else out.push({ file: input, relative: input });
  }
  return out;
}

/** The article paths under `root`, relative and `/`-separated, sorted (code-unit order per folder). */
export function walkFolder(root: string, matcher = new ExcludeMatcher([])): string[] {
  const found: string[] = [];
  const visit = (relative: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(relative === '' ? root : path.join(root, relative), { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to index there
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // A link to a file counts; a link to a folder is not followed (no cycles, no walking out).
        try {
          isFile = fs.statSync(path.join(root, child)).isFile();
        } catch {
          isFile = false;
        }
        isDirectory = false;
      }
      if (matcher.excludes(child, isDirectory)) continue;
      if (isDirectory) visit(child);
      else if (isFile && isArchivePath(child)) found.push(child);
    }
  };
  visit('');
  return found;
}
