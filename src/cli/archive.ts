// `copydesk index DIR` and `copydesk who NAME [DIR]`: the archive index (src/core/archive) kept in a
// file beside the archive, updated by content hash, the changed articles analysed on the worker pool.
import * as fs from 'fs';
import * as path from 'path';
import { ArchiveIndex, buildLookup, type FoundFile, storedBaseIdOf, type StoredIndex, type WhoHit, whoInLookup } from '../core';
import { ExcludeMatcher } from './exclude';
import { runTasks } from './pool';
import { hashBytes, type Task } from './tasks';
import { walkFolder } from './walk';

/** Where `copydesk index DIR` keeps the index unless told: beside the glossary, in DIR/.copydesk. */
export function defaultIndexFile(dir: string): string {
  return path.join(dir, '.copydesk', 'archive-index.json');
}

/** The journal beside an index file: the articles changed since the index was written whole. */
export function journalFile(indexFile: string): string {
  return `${indexFile.replace(/\.json$/, '')}.journal.json`;
}

/** The index in `file` (and its journal), or an empty one when there is none or it cannot be used (it is rebuilt then). */
export function loadIndex(file: string, engine: string): { index: ArchiveIndex; existed: boolean } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { index: new ArchiveIndex(engine), existed: false };
  }
  try {
    return { index: ArchiveIndex.fromJSON(JSON.parse(text), engine, readJson(journalFile(file))), existed: true };
  } catch {
    return { index: new ArchiveIndex(engine), existed: true };
  }
}

/**
 * The name lookup beside an index file (src/core/archive/lookup.ts): `head.json`, one file per
 * shard (`0.json` …) and per page of paths (`paths-0.json` …), written with the whole index, so that `copydesk who` reads a few MB rather than the index.
 */
export function lookupDir(indexFile: string): string {
  return `${indexFile.replace(/\.json$/, '')}.lookup`;
}

/**
 * `copydesk who` on the index as stored, without building the index: through the lookup made with
 * the base (its id read from the base's first bytes), else over the whole base (ArchiveIndex.whoInStored);
 * the journal applies on top either way.
 */
export function whoInFile(file: string, engine: string, name: string, kind?: 'person' | 'organization'): { hits: WhoHit[]; existed: boolean } {
  let baseId: string | undefined;
  try {
    baseId = storedBaseIdOf(readStart(file, 1024));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { hits: [], existed: false };
  }
  const journal = readJson(journalFile(file));
  if (baseId !== undefined) {
    const dir = lookupDir(file);
    const read = (part: 'shard' | 'page', n: number) => readJson(path.join(dir, `${part === 'shard' ? '' : 'paths-'}${n}.json`));
    const hits = whoInLookup(readJson(path.join(dir, 'head.json')), read, baseId, engine, name, kind, journal);
    if (hits) return { hits, existed: true };
  }
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { hits: [], existed: (error as NodeJS.ErrnoException).code !== 'ENOENT' };
  }
  return { hits: ArchiveIndex.whoInStored(data, engine, name, kind, journal), existed: true };
}

/** The first `bytes` bytes of a file, as text. */
function readStart(file: string, bytes: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, fs.readSync(fd, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Stores what changed: the journal alone while it stays small (one changed article costs a small
 * write, not the whole index), else the whole index and an empty journal. Each file is written to a
 * temporary name and renamed over the old one: a reader never sees half a file, and a journal left
 * from before names an older base, so it is ignored.
 */
export function saveIndex(file: string, index: ArchiveIndex): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!index.shouldWriteWhole()) {
    if (index.pendingChanges > 0) writeAtomically(journalFile(file), JSON.stringify(index.toStoredJournal()));
    return;
  }
  const base = index.toStoredBase();
  writeAtomically(file, JSON.stringify(base));
  fs.rmSync(journalFile(file), { force: true });
  writeLookup(lookupDir(file), base);
}

/**
 * The lookup of the base just written, into a fresh folder renamed over the old one. Each of its
 * files names the base it was made from: a reader meeting one of an older base (a run stopped
 * half-way) reads the base instead.
 */
function writeLookup(dir: string, base: StoredIndex): void {
  const { head, shards, pages } = buildLookup(base);
  const temporary = `${dir}.${process.pid}.tmp`;
  fs.rmSync(temporary, { recursive: true, force: true });
  fs.mkdirSync(temporary, { recursive: true });
  for (const shard of shards) fs.writeFileSync(path.join(temporary, `${shard.shard}.json`), JSON.stringify(shard));
  for (const page of pages) fs.writeFileSync(path.join(temporary, `paths-${page.page}.json`), JSON.stringify(page));
  fs.writeFileSync(path.join(temporary, 'head.json'), JSON.stringify(head));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(temporary, dir);
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

export interface IndexRun {
  readonly dir: string;
  readonly indexFile: string;
  readonly engine: string;
  readonly jobs: number;
  readonly excludes: readonly string[];
  readonly signal?: AbortSignal;
  readonly progress?: (done: number, total: number) => void;
  readonly warn: (message: string) => void;
}

export interface IndexSummary {
  readonly articles: number;
  readonly analysed: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly failed: number;
}

/**
 * Brings the index of `dir` up to date: files whose size and time match the index are taken as they
 * are; the others are hashed, and only those whose hash differs (or that are new) are analysed again;
 * files gone are dropped. Unreadable files are reported and left out.
 */
export async function updateIndex(run: IndexRun): Promise<IndexSummary> {
  const { index } = loadIndex(run.indexFile, run.engine);
  const matcher = new ExcludeMatcher(run.excludes);
  const found: FoundFile[] = [];
  for (const relative of walkFolder(run.dir, matcher)) {
    try {
      const stat = fs.statSync(path.join(run.dir, relative));
      found.push({ path: relative, size: stat.size, mtime: stat.mtimeMs });
    } catch {
      found.push({ path: relative });
    }
  }
  const plan = index.plan(found);
  for (const removed of plan.removed) index.remove(removed);
  const toAnalyse: FoundFile[] = [];
  let unchanged = plan.unchanged;
  for (const file of plan.check) {
    const known = index.get(file.path);
    if (known) {
      // Touched but maybe not changed (a checkout, a copy): the content hash decides.
      try {
        if (hashBytes(fs.readFileSync(path.join(run.dir, file.path))) === known.hash) {
          index.touch(file.path, file.size, file.mtime);
          unchanged++;
          continue;
        }
      } catch {
        // unreadable now: analysing reports it
      }
    }
    toAnalyse.push(file);
  }
  const tasks: Task[] = toAnalyse.map((file) => ({ type: 'index', file: path.join(run.dir, file.path) }));
  let failed = 0;
  await runTasks(tasks, {
    jobs: run.jobs,
    signal: run.signal,
    onResult: (i, result) => {
      run.progress?.(i + 1, tasks.length);
      const relative = toAnalyse[i].path;
      if (result.type === 'indexed') index.set(relative, { hash: result.hash, size: result.size, mtime: result.mtime, names: result.names });
      else {
        if (result.type === 'error') run.warn(result.message);
        index.remove(relative);
        failed++;
      }
    },
  });
  if (!run.signal?.aborted) saveIndex(run.indexFile, index);
  return { articles: index.size, analysed: tasks.length - failed, unchanged, removed: plan.removed.length, failed };
}
