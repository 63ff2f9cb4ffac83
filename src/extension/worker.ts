// The analysis worker (bundled as dist/worker.js): one incremental analyzer per document, fed by
// AnalysisWorker in the extension host. Requests of one document arrive one at a time.
import { parentPort } from 'worker_threads';
import { type Analysis, type AnalyzeOptions, createIncrementalAnalyzer, type IncrementalAnalyzer } from '../core';

export type WorkerRequest =
  | { readonly type: 'analyze'; readonly id: number; readonly key: string; readonly text: string; readonly options: AnalyzeOptions }
  | { readonly type: 'forget'; readonly key: string };

export type WorkerReply = { readonly id: number; readonly analysis: Analysis } | { readonly id: number; readonly error: string };

/** For the host's in-thread fallback (analysisWorker.ts), which loads this module when no worker runs. */
export { createIncrementalAnalyzer };

const analyzers = new Map<string, IncrementalAnalyzer>();

function handle(message: WorkerRequest): WorkerReply | null {
  if (message.type === 'forget') {
    analyzers.delete(message.key);
    return null;
  }
  let analyzer = analyzers.get(message.key);
  if (!analyzer) {
    analyzer = createIncrementalAnalyzer();
    analyzers.set(message.key, analyzer);
  }
  try {
    return { id: message.id, analysis: analyzer.analyze(message.text, message.options) };
  } catch (error) {
    return { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

// Only when run as the worker: the types above are also imported by the host.
parentPort?.on('message', (message: WorkerRequest) => {
  const reply = handle(message);
  if (reply) parentPort?.postMessage(reply);
});
