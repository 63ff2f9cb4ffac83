// Batch and archive-index figures: `npm run bench` prints a small run of them (a hook in bench.ts),
// `npm run bench:archive [N]` the full one: a 600-article batch (COPYDESK_BENCH_BATCH=N to change it,
// 0 to skip it) and an N-article archive index (default 100,000; 0 to skip it).
//
// Batch size: a worker thread loads compromise and warms up (~1 s of CPU) before its first article,
// one in-thread job does it once too. At 600 articles (~300,000 words, ~25 s of analysis on one core)
// that start-up is ~4% of the run, as it would be in a newsroom's CI batch; at 80 articles (the quick
// hook) it is a third, and the speed-up says little about the pool.
//
// The synthetic archive: the texts of ../shared/corpus/*.jsonl, each used many times with its people
// renamed (the annotated PERSON names' last words mapped to made-up surnames, differently per copy),
// so the articles differ and names recur across them the way an archive's do. Written to a temporary
// folder, never committed, removed afterwards.
//
// What each figure covers:
// - batch words/s: `node dist/cli.js check DIR` wall time, process start and worker start included,
//   over the words of every generated file, with --jobs 1 (analysis in the main thread) and with
//   --jobs <cores>; the two outputs are compared byte for byte. Both runs' CPU time (all threads) is
//   printed with the load average: on a machine shared with other work, wall time of the parallel run
//   is depressed by the others' load, and equal CPU times show the split itself costs nothing.
// - CLI index build: `node dist/cli.js index DIR` wall time on the same folder (analysis of every
//   article on all cores, hashing, writing the index), scaled to 10,000 articles.
// - index build from analysis results: the archive index alone (src/core/archive) filled with N
//   articles' names, then written as JSON and read back: no analysis. The names of copy k of a corpus
//   text are those the engine found in that text, renamed as the copy's text was renamed, so the
//   index holds what analysing the copies would give, at a cost that lets N be 100,000.
// - one-file update: a changed article analysed (the real engine) and its entry replaced, plus
//   writing the whole index again; and `copydesk index DIR` after one file changed, on disk
//   (walk + stat of every file, read of the index, one analysis, write of the index).
// - query: ArchiveIndex.who on a loaded index (median and slowest of many names); the CLI's query path
//   in this process (whoInFile: the base's id from its first bytes, the lookup's head and one shard,
//   the journal; median and slowest of many names); and `copydesk who` as a process (start included).
// - write: the whole index as `copydesk index` writes it (saveIndex: base JSON + name lookup).
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ArchiveIndex as ArchiveIndexClass, ArticleName } from '../src/core/archive';
import type { Analysis, AnalyzeOptions } from '../src/core/types';
import { saveIndex, whoInFile } from '../src/cli/archive';
import { corpusDir } from './eval/corpus';

interface Core {
  analyzeArticle(text: string, options?: AnalyzeOptions): Analysis;
  articleNames(text: string, analysis: Analysis): ArticleName[];
  ArchiveIndex: typeof ArchiveIndexClass;
}

interface SourceDoc {
  readonly text: string;
  readonly surnames: readonly string[];
}

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const CLI = path.join(dist, 'cli.js');
const OPTIONS: AnalyzeOptions = { today: '2026-01-01', datelineYear: 2022 };

/** Made-up surnames (24 × 6 × 12 = 1,728): enough that names recur across copies without all colliding. */
const SURNAMES: string[] = (() => {
  const a = ['Bar', 'Cor', 'Dal', 'Esk', 'Fen', 'Gar', 'Hal', 'Ing', 'Jor', 'Kel', 'Lun', 'Mor', 'Nor', 'Orl', 'Pel', 'Quen', 'Ros', 'Sten', 'Tal', 'Ulm', 'Var', 'Wil', 'Yor', 'Zan'];
  const b = ['a', 'e', 'i', 'o', 'u', 'ai'];
  const c = ['dahl', 'ford', 'mann', 'sky', 'vik', 'ton', 'more', 'berg', 'wick', 'ley', 'nov', 'ric'];
  return a.flatMap((x) => b.flatMap((y) => c.map((z) => `${x}${y}${z}`)));
})();

function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The corpus texts with the surnames of their annotated people (the words that copies rename). */
export function loadSources(): SourceDoc[] {
  const dir = corpusDir();
  const docs: SourceDoc[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const doc = JSON.parse(line) as { text: string; entities?: { type: string; text: string }[] };
      const surnames = new Set<string>();
      for (const e of doc.entities ?? []) {
        const last = e.type === 'PERSON' ? e.text.split(/\s+/).pop() : undefined;
        if (last && /^\p{Lu}\p{Ll}{2,}$/u.test(last)) surnames.add(last);
      }
      docs.push({ text: doc.text, surnames: [...surnames] });
    }
  }
  return docs;
}

/** The renaming of copy `variant` of a text: each surname to a made-up one. */
function renaming(doc: SourceDoc, variant: number): Map<string, string> {
  return new Map(doc.surnames.map((s) => [s, SURNAMES[(stringHash(s) + variant * 7919) % SURNAMES.length]]));
}

function rename(text: string, map: Map<string, string>): string {
  if (map.size === 0) return text;
  const pattern = new RegExp(`\\b(${[...map.keys()].join('|')})\\b`, 'g');
  return text.replace(pattern, (word) => map.get(word) ?? word);
}

/** Article `i` of the synthetic archive: copy floor(i / D) of corpus text i mod D. */
export function syntheticArticle(sources: readonly SourceDoc[], i: number): { text: string; source: number; map: Map<string, string> } {
  const source = i % sources.length;
  const map = renaming(sources[source], Math.floor(i / sources.length));
  return { text: rename(sources[source].text, map), source, map };
}

function articlePath(i: number): string {
  const n = String(i).padStart(6, '0');
  return `${n.slice(0, 3)}/article-${n}.txt`;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** Writes articles [0, count) into `dir`; returns their total words. */
export function writeArchive(dir: string, sources: readonly SourceDoc[], count: number): number {
  let total = 0;
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, articlePath(i));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const { text } = syntheticArticle(sources, i);
    fs.writeFileSync(file, text);
    total += words(text);
  }
  return total;
}

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const PROC_TASKS = fs.existsSync('/proc/self/task');

/**
 * A Node wrapper (Linux, /proc) that runs the CLI and reads the CPU time of each of its threads every
 * 50 ms: the busiest threads are the analysing ones (the main thread with --jobs 1, the workers
 * otherwise), the others are the main thread of a worker run and V8's helper threads (optimising
 * compiler, parallel GC). Wall time is taken from the spawn to the exit, without the wrapper's own
 * start; the process's CPU time is its last sample (all threads, exited ones included). Stdout passes
 * through; the figures are the last line of stderr.
 */
const THREAD_SAMPLER = `
const { spawn } = require('child_process');
const fs = require('fs');
const [command, ...args] = process.argv.slice(1);
const cpu = (file) => {
  const stat = fs.readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const t0 = performance.now();
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const threads = new Map();
let total = 0;
const sample = () => {
  try {
    for (const tid of fs.readdirSync('/proc/' + child.pid + '/task')) {
      try { threads.set(tid, cpu('/proc/' + child.pid + '/task/' + tid + '/stat')); } catch {}
    }
    total = cpu('/proc/' + child.pid + '/stat');
  } catch {}
};
const timer = setInterval(sample, 50);
child.on('exit', (code) => {
  const ms = performance.now() - t0;
  clearInterval(timer);
  const sorted = [...threads.values()].filter((t) => t > 0).sort((a, b) => b - a);
  process.stderr.write('\\ncopydesk-threads ' + JSON.stringify({ ms, cpuMs: total, threadsMs: sorted }) + '\\n');
  process.exitCode = code ?? 2;
});
`;

interface CliRun {
  ms: number;
  cpuMs?: number;
  /** CPU time of each thread, busiest first (sampled; Linux only, where asked for). */
  threadsMs?: number[];
  stdout: string;
  status: number | null;
}

/**
 * Runs the CLI; `ms` is wall time, `cpuMs` the CPU time of the process and its threads (user + system,
 * from /usr/bin/time where there is one, or /proc with `threads`): on a machine shared with other
 * work, the CPU time of a one-thread run is close to what its wall time would be on a quiet machine.
 */
function cli(args: string[], { threads = false } = {}): CliRun {
  const t0 = performance.now();
  const sampled = threads && PROC_TASKS;
  const command = sampled
    ? [process.execPath, '-e', THREAD_SAMPLER, process.execPath, CLI, ...args]
    : TIME
      ? [TIME, '-f', 'copydesk-cpu %U %S', process.execPath, CLI, ...args]
      : [process.execPath, CLI, ...args];
  const r = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`copydesk ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const perThread = /copydesk-threads (\{.*\})/.exec(r.stderr);
  if (perThread) return { ...(JSON.parse(perThread[1]) as { ms: number; cpuMs: number; threadsMs: number[] }), stdout: r.stdout, status: r.status };
  const m = /copydesk-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { ms, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined, stdout: r.stdout, status: r.status };
}

/** Wall and CPU time of `fn` in this process. */
function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

export interface BatchRun {
  ms: number;
  cpuMs?: number;
  /** CPU time per thread, busiest first: the first `jobs` analyse (see THREAD_SAMPLER). */
  threadsMs?: number[];
  wordsPerSecond: number;
}

/** What the CPU times of a run say its wall time would be on an idle machine with `cores` cores. */
function quietMs(run: CliRun, cores: number): number | undefined {
  if (!run.threadsMs || run.cpuMs === undefined) return undefined;
  return Math.max(run.threadsMs[0] ?? 0, run.cpuMs / cores);
}

export interface BatchFigures {
  articles: number;
  words: number;
  cores: number;
  oneWorker: BatchRun;
  allCores: BatchRun;
  /** 1-minute load average before and after the two runs. */
  load: [number, number];
  speedup: number;
  /**
   * The speed-up the CPU times allow on an otherwise idle machine: each run takes at least its busiest
   * thread's CPU time and its whole CPU time over the cores. Undefined without the per-thread times.
   */
  quietSpeedup?: number;
  identical: boolean;
  cliIndex: { ms: number; msPer10k: number; oneFileUpdateMs: number; whoMs: number };
}

/** The batch figures on `articles` generated articles (CLI processes, wall time). */
export function batchFigures(sources: readonly SourceDoc[], articles: number): BatchFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-batch-'));
  try {
    const total = writeArchive(dir, sources, articles);
    const cores = Math.max(1, os.availableParallelism());
    const base = ['check', '--reference-date', '2026-01-01', dir];
    const loadBefore = os.loadavg()[0];
    const one = cli([...base, '--jobs', '1'], { threads: true });
    const all = cli([...base, '--jobs', String(cores)], { threads: true });
    const [quietOne, quietAll] = [quietMs(one, cores), quietMs(all, cores)];
    const loadAfter = os.loadavg()[0];
    const indexFile = path.join(dir, '.copydesk', 'archive-index.json');
    const built = cli(['index', dir, '--index', indexFile]);
    // One article changed: the update re-reads the folder's sizes and times, analyses one file.
    fs.appendFileSync(path.join(dir, articlePath(0)), '\n\nThe desk added this line later.\n');
    const update = cli(['index', dir, '--index', indexFile]);
    const name = sources[0].surnames[0] ? SURNAMES[stringHash(sources[0].surnames[0]) % SURNAMES.length] : 'Nobody';
    const who = cli(['who', name, dir, '--index', indexFile]);
    return {
      articles,
      words: total,
      cores,
      oneWorker: { ms: one.ms, cpuMs: one.cpuMs, threadsMs: one.threadsMs, wordsPerSecond: total / (one.ms / 1000) },
      allCores: { ms: all.ms, cpuMs: all.cpuMs, threadsMs: all.threadsMs, wordsPerSecond: total / (all.ms / 1000) },
      load: [loadBefore, loadAfter],
      speedup: one.ms / all.ms,
      quietSpeedup: quietOne && quietAll ? quietOne / quietAll : undefined,
      identical: one.stdout === all.stdout,
      cliIndex: { ms: built.ms, msPer10k: (built.ms * 10000) / articles, oneFileUpdateMs: update.ms, whoMs: who.ms },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall and CPU milliseconds. */
interface Pair {
  ms: number;
  cpuMs: number;
}

function pair({ ms, cpuMs }: Pair): Pair {
  return { ms, cpuMs };
}

export interface IndexFigures {
  articles: number;
  build: Pair;
  buildPer10k: Pair;
  save: Pair;
  load: Pair;
  bytes: number;
  names: number;
  firstQuery: Pair;
  queries: number;
  queryMedianMs: number;
  queryMaxMs: number;
  update: Pair;
  journal: Pair;
  cli?: {
    updateOneFileMs: number;
    updateOneFileCpuMs?: number;
    whoMs: number;
    whoCpuMs?: number;
    writeArchiveMs: number;
    /** The whole index as the CLI writes it: base and name lookup. */
    saveWithLookup: Pair;
    /** whoInFile in this process: median and slowest over the names asked. */
    queryMedianMs: number;
    queryMaxMs: number;
  };
}

/**
 * The archive index on `count` articles built from analysis results (see the head of this file).
 * With `onDisk`, the articles are also written as files and the index made to match them, so that
 * `copydesk index` (one file changed) and `copydesk who` can be timed on an archive of that size.
 */
export function indexFigures(core: Core, sources: readonly SourceDoc[], count: number, onDisk = false): IndexFigures {
  // Each corpus text analysed once, its names kept: copies rename them as their texts were renamed.
  const names = sources.map((s) => core.articleNames(s.text, core.analyzeArticle(s.text, OPTIONS)));
  const renamed = (i: number): { names: ArticleName[]; text: string } => {
    const { text, source, map } = syntheticArticle(sources, i);
    return {
      text,
      names: names[source].map((n) => ({ ...n, name: rename(n.name, map), aliases: n.aliases.map((a) => rename(a, map)) })),
    };
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-index-'));
  try {
    const entries: { path: string; hash: string; size: number; mtime?: number; names: ArticleName[] }[] = [];
    const writeStarted = performance.now();
    for (let i = 0; i < count; i++) {
      const { text, names: articleNames } = renamed(i);
      const bytes = Buffer.from(text, 'utf8');
      let mtime: number | undefined;
      if (onDisk) {
        const file = path.join(dir, articlePath(i));
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, bytes);
        mtime = fs.statSync(file).mtimeMs;
      }
      entries.push({ path: articlePath(i), hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, mtime, names: articleNames });
    }
    const writeArchiveMs = performance.now() - writeStarted;

    const build = timed(() => {
      const index = new core.ArchiveIndex(onDisk ? cliEngineId() : 'bench');
      for (const e of entries) index.set(e.path, { hash: e.hash, size: e.size, mtime: e.mtime, names: e.names });
      return index;
    });
    const index = build.value;

    const file = path.join(dir, '.copydesk', 'archive-index.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const save = timed(() => {
      const text = JSON.stringify(index.toStoredBase());
      fs.writeFileSync(file, text);
      return text;
    });
    const json = save.value;

    const load = timed(() => core.ArchiveIndex.fromJSON(JSON.parse(fs.readFileSync(file, 'utf8')), index.engine));
    const loaded = load.value;
    if (loaded.size !== count) throw new Error(`the index read back holds ${loaded.size} articles, not ${count}`);

    // Queries: the renamed people of the first copies and their organizations, each asked once. The
    // first builds the name → articles map of the loaded index (timed apart); the rest use it.
    const asked = [...new Set(entries.slice(0, 400).flatMap((e) => e.names.slice(0, 2).map((n) => n.name)))];
    const first = timed(() => loaded.who(asked[0]));
    const times: number[] = [];
    for (const name of asked.slice(1)) times.push(timed(() => loaded.who(name)).ms);
    times.sort((a, b) => a - b);

    // One article changed: analysed by the engine and its entry replaced (what the extension does on
    // save), then the change stored: the journal beside the index (the whole index is not rewritten).
    const changed = `${renamed(1).text}\n\nThe desk added this line later.\n`;
    const update = timed(() =>
      loaded.set(articlePath(1), {
        hash: createHash('sha256').update(changed).digest('hex'),
        size: Buffer.byteLength(changed),
        names: core.articleNames(changed, core.analyzeArticle(changed, OPTIONS)),
      }),
    );
    const journalFile = file.replace(/\.json$/, '.journal.json');
    const journal = timed(() => fs.writeFileSync(journalFile, JSON.stringify(loaded.toStoredJournal())));

    let cliFigures: IndexFigures['cli'];
    if (onDisk) {
      // The index matching the files on disk, written as `copydesk index` writes it (with its lookup).
      fs.rmSync(journalFile);
      const onDiskIndex = core.ArchiveIndex.fromJSON(JSON.parse(json), index.engine);
      const fresh = new core.ArchiveIndex(index.engine);
      for (const p of onDiskIndex.paths()) fresh.set(p, onDiskIndex.get(p)!);
      const saveWithLookup = timed(() => saveIndex(file, fresh));
      const cliTimes: number[] = [];
      for (const name of asked.slice(0, 100)) {
        const t = timed(() => whoInFile(file, index.engine, name));
        if (t.value.hits.length === 0) throw new Error(`whoInFile found no article naming ${name}`);
        cliTimes.push(t.ms);
      }
      cliTimes.sort((a, b) => a - b);
      fs.appendFileSync(path.join(dir, articlePath(2)), '\n\nThe desk added this line later.\n');
      const oneChange = cli(['index', dir]);
      if (!/\(1 analysed, /.test(oneChange.stdout)) throw new Error(`copydesk index after one change said: ${oneChange.stdout}`);
      const who = cli(['who', asked[0], dir]);
      cliFigures = {
        updateOneFileMs: oneChange.ms,
        updateOneFileCpuMs: oneChange.cpuMs,
        whoMs: who.ms,
        whoCpuMs: who.cpuMs,
        writeArchiveMs,
        saveWithLookup: pair(saveWithLookup),
        queryMedianMs: cliTimes[cliTimes.length >> 1],
        queryMaxMs: cliTimes[cliTimes.length - 1],
      };
    }
    return {
      articles: count,
      build: pair(build),
      buildPer10k: { ms: (build.ms * 10000) / count, cpuMs: (build.cpuMs * 10000) / count },
      save: pair(save),
      load: pair(load),
      bytes: json.length,
      names: index.toJSON().names.length,
      firstQuery: pair(first),
      queries: times.length,
      queryMedianMs: times[times.length >> 1] ?? 0,
      queryMaxMs: times[times.length - 1] ?? 0,
      update: pair(update),
      journal: pair(journal),
      cli: cliFigures,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The engine id dist/cli.js writes into its index (its version): the bench's index must match it. */
function cliEngineId(): string {
  const version = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).stdout.trim();
  return `copydesk ${version}`;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const int = (x: number) => Math.round(x).toLocaleString('en-US');

/** `CPU 9.6 s: analysing 6.4, others 3.2` (the first `jobs` threads analyse), or the CPU time alone. */
function runCpu(run: BatchRun, jobs: number): string {
  if (!run.cpuMs) return '';
  const cpu = `, CPU ${ms(run.cpuMs / 1000)} s`;
  if (!run.threadsMs) return cpu;
  const analysing = run.threadsMs.slice(0, jobs);
  const others = run.cpuMs - analysing.reduce((a, b) => a + b, 0);
  return `${cpu}: analysing thread${jobs > 1 ? 's' : ''} ${analysing.map((t) => ms(t / 1000)).join(' + ')} s, the other threads ${ms(others / 1000)} s`;
}

export function batchLines(b: BatchFigures): string[] {
  return [
    `Batch, \`copydesk check DIR\` on ${int(b.articles)} synthetic articles (${int(b.words)} words, wall time with process start): ` +
      `1 worker ${int(b.oneWorker.wordsPerSecond)} words/s (${ms(b.oneWorker.ms / 1000)} s${runCpu(b.oneWorker, 1)}), ` +
      `${b.cores} workers ${int(b.allCores.wordsPerSecond)} words/s (${ms(b.allCores.ms / 1000)} s${runCpu(b.allCores, b.cores)}): ` +
      `${b.speedup.toFixed(2)}x, output ${b.identical ? 'identical' : 'DIFFERENT'}; load average ${b.load[0].toFixed(1)} before, ${b.load[1].toFixed(1)} after` +
      (b.quietSpeedup ? `; on an idle machine the CPU times allow ${b.quietSpeedup.toFixed(2)}x (each run at least its busiest thread and its CPU over ${b.cores} cores)` : ''),
    `CLI index, \`copydesk index DIR\` (analysis on ${b.cores} workers): ${ms(b.cliIndex.ms / 1000)} s for ${int(b.articles)} articles = ` +
      `${ms(b.cliIndex.msPer10k / 1000)} s per 10,000; after one file changed ${int(b.cliIndex.oneFileUpdateMs)} ms; \`copydesk who\` ${int(b.cliIndex.whoMs)} ms`,
  ];
}

const cpu = (x?: number) => (x === undefined ? '' : ` [CPU ${int(x)}]`);
const wc = (p: Pair) => `${int(p.ms)} ms${cpu(p.cpuMs)}`;

export function indexLines(f: IndexFigures): string[] {
  const lines = [
    `Archive index from analysis results, ${int(f.articles)} articles (${int(f.names)} distinct names, ${(f.bytes / 1024 / 1024).toFixed(1)} MB JSON), wall ms [CPU ms]: ` +
      `build ${wc(f.build)} (${wc(f.buildPer10k)} per 10,000), write ${wc(f.save)}, read ${wc(f.load)}`,
    `  query: first after reading (builds the name map) ${wc(f.firstQuery)}, then median ${ms(f.queryMedianMs)} ms, slowest ${ms(f.queryMaxMs)} ms of ${f.queries}; ` +
      `one-file update (analysis + entry) ${wc(f.update)}, then writing the journal ${wc(f.journal)}`,
  ];
  if (f.cli) {
    lines.push(
      `  on disk (${int(f.articles)} files, written in ${ms(f.cli.writeArchiveMs / 1000)} s): index written as the CLI does (base + name lookup) ${wc(f.cli.saveWithLookup)}; ` +
        `CLI query path (whoInFile: id, lookup head + one shard, journal) median ${ms(f.cli.queryMedianMs)} ms, slowest ${ms(f.cli.queryMaxMs)} ms; ` +
        `\`copydesk index\` after one file changed ${int(f.cli.updateOneFileMs)} ms${cpu(f.cli.updateOneFileCpuMs)}; ` +
        `\`copydesk who\` (process start + query) ${int(f.cli.whoMs)} ms${cpu(f.cli.whoCpuMs)}`,
    );
  }
  return lines;
}

function loadCore(): Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(dist, 'core.js')) as Core;
}

/** The hook of `npm run bench`: a small batch and a 10,000-article index, a few seconds each. */
export function archiveBench(quick: boolean): { batch: BatchFigures; index: IndexFigures } {
  const sources = loadSources();
  return { batch: batchFigures(sources, quick ? 40 : 200), index: indexFigures(loadCore(), sources.slice(0, 20), 10000) };
}

function main(argv: string[]): void {
  const count = Number(argv.find((a) => /^\d+$/.test(a)) ?? 100000);
  const batchArticles = Number(process.env.COPYDESK_BENCH_BATCH ?? 600);
  const sources = loadSources();
  console.log(`Copydesk archive bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(1)}\n`);
  // COPYDESK_BENCH_BATCH=0: the index figures alone.
  if (batchArticles > 0) for (const line of batchLines(batchFigures(sources, batchArticles))) console.log(line);
  // `npm run bench:archive 0`: the batch figures alone.
  if (count > 0) for (const line of indexLines(indexFigures(loadCore(), sources, count, true))) console.log(line);
}

if (require.main === module) main(process.argv.slice(2));
