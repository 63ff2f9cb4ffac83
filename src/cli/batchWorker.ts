// A batch worker thread of the CLI (bundled as dist/cli-worker.js): runs the tasks the pool sends,
// one at a time, and answers each with its id.
import { parentPort } from 'worker_threads';
import { runTask, type Task, type TaskResult } from './tasks';

export interface WorkerTask {
  readonly id: number;
  readonly task: Task;
}

export interface WorkerResult {
  readonly id: number;
  readonly result: TaskResult;
}

parentPort?.on('message', ({ id, task }: WorkerTask) => {
  let result: TaskResult;
  try {
    result = runTask(task);
  } catch (error) {
    result = { type: 'error', message: `${task.file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  parentPort?.postMessage({ id, result } satisfies WorkerResult);
});
