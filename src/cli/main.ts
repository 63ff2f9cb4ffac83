// `copydesk`: the command line over the same core as the extension (contract: shared/design.md).
import * as path from 'path';
import { setFlagsFromString } from 'v8';
import { defaultIndexFile, updateIndex, whoInFile } from './archive';
import { parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { closeQuietlyOnBrokenPipe } from './output';
import { defaultJobs, runTasks } from './pool';
import { Progress } from './progress';
import type { Task } from './tasks';
import { expandInputs } from './walk';

declare const COPYDESK_VERSION: string | undefined;

const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : 'dev';
/** Written into the index: an index made by another version of the engine is rebuilt. */
export const ENGINE_ID = `copydesk ${VERSION}`;

export interface CliOptions {
  /** Raw writer of the progress line: given only when stderr is a terminal (never into a CI log or a file). */
  readonly progress?: (s: string) => void;
  /** Raised when stdout closed (`copydesk check … | head`): the run stops. */
  readonly signal?: AbortSignal;
  /** Overrides the number of cores (tests). */
  readonly defaultJobs?: number;
}

export async function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, options: CliOptions = {}): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`copydesk: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    out(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    out(VERSION);
    return 0;
  }
  const jobs = args.jobs ?? options.defaultJobs ?? defaultJobs();
  const progress = new Progress(options.progress);
  try {
    const run: Run = { jobs, out, err, progress, signal: options.signal };
    if (args.command === 'index') return await indexCommand(args, run);
    if (args.command === 'who') return whoCommand(args, out, err);
    return await batchCommand(args, run);
  } finally {
    progress.clear();
  }
}

/** analyze and check over every file and folder given, on the worker pool, output in argument order. */
/** What a command on the worker pool writes to and runs with. */
interface Run {
  readonly jobs: number;
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly progress: Progress;
  readonly signal?: AbortSignal;
}

async function batchCommand(args: CliArgs, { jobs, out, err, progress, signal }: Run): Promise<number> {
  const inputs = expandInputs(args.files, args.excludes ?? []);
  const tasks: Task[] = inputs.map(({ file }) =>
    args.command === 'check'
      ? { type: 'check', file, format: args.format ?? 'text', referenceDate: args.referenceDate }
      : { type: 'analyze', file, json: args.json, referenceDate: args.referenceDate },
  );
  let readError = false;
  let errors = 0;
  let warnings = 0;
  await runTasks(tasks, {
    jobs,
    signal,
    onResult: (i, result) => {
      progress.update(i + 1, tasks.length);
      if (result.type === 'error') {
        progress.clear();
        err(`copydesk: ${result.message}`);
        readError = true;
        return;
      }
      if (result.type !== 'lines') return;
      errors += result.errors;
      warnings += result.warnings;
      for (const line of result.lines) out(line);
    },
  });
  if (readError) return 2;
  if (args.command !== 'check') return 0;
  return errors > 0 || warnings > (args.maxWarnings ?? 0) ? 1 : 0;
}

async function indexCommand(args: CliArgs, { jobs, out, err, progress, signal }: Run): Promise<number> {
  const dir = args.files[0];
  const indexFile = args.indexFile ?? defaultIndexFile(dir);
  if (!isFolder(dir)) {
    err(`copydesk: ${dir}: not a folder`);
    return 2;
  }
  const started = Date.now();
  const summary = await updateIndex({
    dir,
    indexFile,
    engine: ENGINE_ID,
    jobs,
    excludes: args.excludes ?? [],
    signal,
    progress: (done, total) => progress.update(done, total),
    warn: (message) => {
      progress.clear();
      err(`copydesk: ${message}`);
    },
  });
  if (signal?.aborted) return 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  out(
    `${indexFile}: ${summary.articles} articles (${summary.analysed} analysed, ${summary.unchanged} unchanged, ` +
      `${summary.removed} removed${summary.failed ? `, ${summary.failed} unreadable` : ''}) in ${seconds} s`,
  );
  return summary.failed > 0 ? 2 : 0;
}

function whoCommand(args: CliArgs, out: (s: string) => void, err: (s: string) => void): number {
  const dir = args.files[0];
  const indexFile = args.indexFile ?? defaultIndexFile(dir);
  const name = args.name ?? '';
  const { hits, existed } = whoInFile(indexFile, ENGINE_ID, name, args.kind);
  if (!existed) {
    err(`copydesk: no archive index at ${indexFile}: run \`copydesk index ${dir}\` first`);
    return 2;
  }
  const fileOf = (relative: string) => path.join(dir, ...relative.split('/'));
  if (args.json) {
    out(JSON.stringify({ name, articles: hits.map((hit) => ({ file: fileOf(hit.path), ...hit })) }));
  } else {
    for (const hit of hits) {
      const mentions = `${hit.mentions} mention${hit.mentions === 1 ? '' : 's'}`;
      out(`${fileOf(hit.path)}:${hit.line}:${hit.col}: ${hit.name} (${hit.kind}, ${mentions})`);
    }
  }
  return hits.length > 0 ? 0 : 1;
}

function isFolder(dir: string): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('fs') as typeof import('fs')).statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * V8 settings of the copydesk process, set before the engine loads and before any worker starts (the
 * flags are the process's, workers included). No inlining in the optimising compiler: each worker
 * thread compiles the engine's hot code for itself, and with inlining that took ~3.5 s of CPU on V8's
 * helper threads per 200 articles, which an idle second core hides from one thread but two workers
 * pay on the cores they analyse on. Measured with `npm run bench:archive 0` (issue 16): the compiler
 * threads' CPU fell by ~1.5 s per thread that analyses, the analysing threads' own CPU did not change.
 */
export const CLI_V8_FLAGS = ['--no-turbo-inlining'];

if (require.main === module) {
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
  const signal = closeQuietlyOnBrokenPipe();
  void main(
    process.argv.slice(2),
    (s) => {
      if (!signal.aborted) process.stdout.write(`${s}\n`);
    },
    (s) => process.stderr.write(`${s}\n`),
    { progress: process.stderr.isTTY ? (s) => process.stderr.write(s) : undefined, signal },
  ).then(
    (status) => {
      process.exitCode = signal.aborted ? BROKEN_PIPE_STATUS : status;
    },
    (error: unknown) => {
      process.stderr.write(`copydesk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

/** 128 + SIGPIPE: what a Unix filter whose reader went away exits with (`yes | head`). */
const BROKEN_PIPE_STATUS = 141;
