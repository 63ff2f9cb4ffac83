// One unit of batch work: read one file, analyse it, and turn the analysis into what the main thread
// prints or stores. The same function runs in a worker thread (batchWorker.ts) or in the main thread
// (one job), so the output cannot depend on where it ran.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { ArticleName } from '../core';
import type { CheckFormat } from './args';
import { toCheckRecord, toCheckLines, toGithubAnnotations, toJsonRecord, toReport } from './format';
import { readArticle, ReadError } from './readArticle';

export type Task =
  | { readonly type: 'analyze'; readonly file: string; readonly json: boolean; readonly referenceDate?: string }
  | { readonly type: 'check'; readonly file: string; readonly format: CheckFormat; readonly referenceDate?: string }
  | { readonly type: 'index'; readonly file: string };

export type TaskResult =
  | { readonly type: 'error'; readonly message: string }
  | { readonly type: 'lines'; readonly lines: readonly string[]; readonly errors: number; readonly warnings: number }
  | { readonly type: 'indexed'; readonly hash: string; readonly size: number; readonly mtime: number; readonly names: readonly ArticleName[] };

/**
 * The engine, loaded on first use, from a path known only at run time so that no bundle of the CLI
 * inlines it: dist/cli.js then starts without compromise and its lexicon (~0.7 s of CPU), which
 * `copydesk who`, `--help` and the main thread of a run on worker threads never need (only the
 * workers, or the main thread with --jobs 1, analyse). Bundled: dist/core.js beside this file (the
 * engine's own bundle); from the sources (tests run the CLI under tsx): src/core/index.ts.
 */
let loadedEngine: typeof import('../core') | undefined;
function engine(): typeof import('../core') {
  if (!loadedEngine) {
    const bundled = path.join(__dirname, 'core.js');
    const source = path.join(__dirname, '..', 'core', 'index.ts');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loadedEngine = require(fs.existsSync(bundled) ? bundled : source) as typeof import('../core');
  }
  return loadedEngine;
}

export function runTask(task: Task): TaskResult {
  const { analyzeArticle, articleNames } = engine();
  let article;
  try {
    article = readArticle(task.file);
  } catch (error) {
    if (error instanceof ReadError) return { type: 'error', message: error.message };
    return { type: 'error', message: `${task.file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const referenceDate = task.type === 'index' ? undefined : task.referenceDate;
  const analysis = analyzeArticle(article.text, { referenceDate, datelineYear: article.modifiedYear });
  switch (task.type) {
    case 'index':
      return { type: 'indexed', hash: hashBytes(article.bytes), size: article.size, mtime: article.mtime, names: articleNames(article.text, analysis) };
    case 'analyze':
      return { type: 'lines', lines: [task.json ? JSON.stringify(toJsonRecord(task.file, analysis)) : toReport(task.file, analysis)], errors: 0, warnings: 0 };
    case 'check': {
      const errors = analysis.findings.filter((f) => f.severity === 'error').length;
      const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
      const lines =
        task.format === 'github'
          ? toGithubAnnotations(task.file, article.text, analysis)
          : task.format === 'json'
            ? [JSON.stringify(toCheckRecord(task.file, article.text, analysis))]
            : toCheckLines(task.file, article.text, analysis);
      return { type: 'lines', lines, errors, warnings };
    }
  }
}

/** The archive index's content hash: SHA-256 of the file's bytes, hex (the extension computes the same with Web Crypto). */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
