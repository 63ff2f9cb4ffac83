// One unit of batch work: read one file, analyse it, and turn the analysis into what the main thread
// prints or stores. The same function runs in a worker thread (batchWorker.ts) or in the main thread
// (one job), so the output cannot depend on where it ran.
import { createHash } from 'crypto';
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
 * The engine, loaded on first use: `copydesk who` and `--help` answer without loading compromise and
 * its lexicon (esbuild keeps a module required here lazy until this call).
 */
function engine(): typeof import('../core') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../core') as typeof import('../core');
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
