// Runs the engine off the extension host's thread: a worker_threads Worker (dist/worker.js, see
// worker.ts) holds one incremental analyzer per document. Node-only, like the rest of the adapter.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Analysis, AnalyzeOptions, IncrementalAnalyzer } from '../core';
import { type AnalysisEngine, InThreadEngine } from './engine';
import type { WorkerReply, WorkerRequest } from './worker';

interface Request {
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly resolve: (analysis: Analysis | undefined) => void;
  readonly reject: (error: Error) => void;
}

interface DocumentQueue {
  /** The request the worker is running for this document, if any. */
  running: Request | null;
  /** The newest request waiting for it: only the latest version is ever queued. */
  waiting: Request | null;
}

/**
 * Analyses documents in a worker thread, one request per document at a time: a request made while
 * an older one of the same document is still waiting replaces it (the older one resolves to
 * undefined: superseded, never published). Where no worker can start (the bundle is missing, as
 * in unit tests), it analyses in this thread with the same incremental analyzers.
 */
export class AnalysisWorker implements AnalysisEngine {
  /** Null before the first request, and when no worker could start or it died: then analysis runs in this thread. */
  private worker: Worker | null = null;
  /**
   * The worker's bundle until the worker starts. It starts with the first request, not in the
   * constructor: booting a thread that loads the engine (700 KB) would run beside activate() and
   * slow it on a small machine, and the first request comes right after anyway. Whether the file
   * exists is looked up then too (a synchronous file system call, kept out of activate()).
   */
  private workerFile: string | null;
  private readonly queues = new Map<string, DocumentQueue>();
  private readonly inThread = new InThreadEngine(createAnalyzerInThisThread);
  private readonly running = new Map<number, { key: string; request: Request }>();
  private nextId = 1;

  constructor(
    workerFile = path.join(__dirname, 'worker.js'),
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.workerFile = workerFile;
  }

  /** The analysis of `text`, or undefined when a newer request for the same document replaced it. */
  analyze(key: string, text: string, options: AnalyzeOptions): Promise<Analysis | undefined> {
    if (this.workerFile) {
      const file = this.workerFile;
      this.workerFile = null;
      if (fs.existsSync(file)) this.worker = this.start(file);
    }
    if (!this.worker) return this.inThread.analyze(key, text, options);
    return new Promise((resolve, reject) => {
      let queue = this.queues.get(key);
      if (!queue) {
        queue = { running: null, waiting: null };
        this.queues.set(key, queue);
      }
      queue.waiting?.resolve(undefined);
      queue.waiting = { text, options, resolve, reject };
      this.pump(key, queue);
    });
  }

  /** The document closed: drop what is kept for it. */
  forget(key: string): void {
    this.inThread.forget(key);
    const queue = this.queues.get(key);
    queue?.waiting?.resolve(undefined);
    this.queues.delete(key);
    this.post({ type: 'forget', key });
  }

  /** How much is kept: documents with a queue, requests in the worker; whether the worker runs. */
  debugState(): { queues: number; running: number; inWorker: boolean } {
    return { queues: this.queues.size, running: this.running.size, inWorker: this.worker !== null };
  }

  dispose(): void {
    for (const queue of this.queues.values()) queue.waiting?.resolve(undefined);
    for (const { request } of this.running.values()) request.resolve(undefined);
    this.queues.clear();
    this.running.clear();
    this.workerFile = null;
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }

  private start(file: string): Worker | null {
    try {
      const worker = new Worker(file);
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
      worker.on('error', (error) => {
        this.onError(error);
        this.worker = null;
        this.failAll(error);
      });
      worker.on('exit', () => {
        this.worker = null;
        this.failAll(new Error('the analysis worker stopped'));
      });
      worker.unref();
      return worker;
    } catch (error) {
      this.onError(error);
      return null;
    }
  }

  private pump(key: string, queue: DocumentQueue): void {
    if (queue.running || !queue.waiting) return;
    const request = queue.waiting;
    queue.waiting = null;
    queue.running = request;
    const id = this.nextId++;
    this.running.set(id, { key, request });
    this.post({ type: 'analyze', id, key, text: request.text, options: request.options });
  }

  private settle(reply: WorkerReply): void {
    const job = this.running.get(reply.id);
    if (!job) return;
    this.running.delete(reply.id);
    if ('error' in reply) job.request.reject(new Error(reply.error));
    else job.request.resolve(reply.analysis);
    const queue = this.queues.get(job.key);
    if (queue && queue.running === job.request) {
      queue.running = null;
      this.pump(job.key, queue);
    }
  }

  private failAll(error: Error): void {
    for (const { request } of this.running.values()) request.reject(error);
    this.running.clear();
    for (const queue of this.queues.values()) queue.waiting?.reject(error);
    this.queues.clear();
  }

  private post(message: WorkerRequest): void {
    this.worker?.postMessage(message);
  }
}

/**
 * The engine in this thread, loaded on the first request that needs it: from the worker's own module
 * (dist/worker.js in the package, worker.ts when run from source), through a path esbuild does not
 * follow. Bundled into dist/extension.js instead, the engine (compromise and its lexicon, most of a
 * second to load) would load at activation: the host imports small helpers from the same public
 * surface (src/core/index.ts), and esbuild initialises a lazily required module for every importer.
 */
function createAnalyzerInThisThread(): IncrementalAnalyzer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(path.join(__dirname, 'worker')) as Pick<typeof import('./worker'), 'createIncrementalAnalyzer'>;
  return engine.createIncrementalAnalyzer();
}
