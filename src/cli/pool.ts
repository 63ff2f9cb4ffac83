// The CLI's worker pool: tasks go to N worker threads (dist/cli-worker.js), results come back in the
// order the tasks were given, whatever order the workers finish in, so the output of N workers is
// byte for byte the output of one.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { WorkerResult, WorkerTask } from './batchWorker';
import { runTask, type Task, type TaskResult } from './tasks';

/** Tasks kept in flight per worker: one running, one waiting, so a worker never idles for a message. */
const IN_FLIGHT_PER_WORKER = 2;

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * The worker's script: dist/cli-worker.js beside the bundle; from the sources (tests run the CLI
 * under tsx) batchWorker.ts, loaded through tsx. Undefined when neither exists.
 */
function workerScript(): { file: string; execArgv?: string[] } | undefined {
  const bundled = path.join(__dirname, 'cli-worker.js');
  if (fs.existsSync(bundled)) return { file: bundled };
  const source = path.join(__dirname, 'batchWorker.ts');
  if (fs.existsSync(source)) return { file: source, execArgv: ['--require', 'tsx/cjs'] };
  return undefined;
}

export interface PoolRun {
  readonly jobs: number;
  /** Called once per task, in task order. */
  readonly onResult: (index: number, result: TaskResult) => void;
  /** Stops the run: no more results are delivered, the workers end. */
  readonly signal?: AbortSignal;
}

/**
 * Runs every task and delivers the results in order. One job runs in this thread (no worker to start,
 * nothing to copy); more start that many workers, or run here when no worker script is found.
 */
export async function runTasks(tasks: readonly Task[], { jobs, onResult, signal }: PoolRun): Promise<void> {
  const script = jobs > 1 && tasks.length > 1 ? workerScript() : undefined;
  if (!script) return runInThread(tasks, onResult, signal);
  const count = Math.min(jobs, tasks.length);
  const workers: Worker[] = [];
  const done = new Map<number, TaskResult>();
  let next = 0;
  let delivered = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const abort = () => resolve();
      signal?.addEventListener('abort', abort, { once: true });
      if (signal?.aborted) return resolve();
      const send = (worker: Worker) => {
        if (next >= tasks.length) return;
        const id = next++;
        worker.postMessage({ id, task: tasks[id] } satisfies WorkerTask);
      };
      for (let w = 0; w < count; w++) {
        const worker = new Worker(script.file, { execArgv: script.execArgv });
        workers.push(worker);
        worker.on('message', ({ id, result }: WorkerResult) => {
          if (signal?.aborted) return;
          done.set(id, result);
          while (done.has(delivered)) {
            const ready = done.get(delivered)!;
            done.delete(delivered);
            onResult(delivered++, ready);
            if (signal?.aborted) return;
          }
          send(worker);
          if (delivered === tasks.length) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (delivered < tasks.length && !signal?.aborted) reject(new Error(`a worker thread stopped (exit code ${code})`));
        });
        for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

async function runInThread(tasks: readonly Task[], onResult: PoolRun['onResult'], signal?: AbortSignal): Promise<void> {
  for (const [i, task] of tasks.entries()) {
    if (signal?.aborted) return;
    let result: TaskResult;
    try {
      result = runTask(task);
    } catch (error) {
      result = { type: 'error', message: `${task.file}: ${error instanceof Error ? error.message : String(error)}` };
    }
    onResult(i, result);
    // Let pending events in (a closed stdout's error among them) between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
