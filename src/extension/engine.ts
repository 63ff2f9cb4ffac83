// The engine as the adapters see it: analyse a document's text under a key, forget the key. Free of
// Node: the Node entry (extension.ts) runs it in a worker thread (AnalysisWorker), the web entry
// (web.ts) in the extension host's own thread (InThreadEngine).
import type { IncrementalAnalyzer } from '../core/incremental';
import type { Analysis, AnalyzeOptions } from '../core/types';

export interface AnalysisEngine {
  /** The analysis of `text`, or undefined when a newer request for the same key replaced it. */
  analyze(key: string, text: string, options: AnalyzeOptions): Promise<Analysis | undefined>;
  /** The document closed (or was indexed): drop what is kept for it. */
  forget(key: string): void;
  dispose(): void;
}

/** One incremental analyzer per key, in this thread: where no worker can run (VS Code for the Web). */
export class InThreadEngine implements AnalysisEngine {
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();

  analyze(key: string, text: string, options: AnalyzeOptions): Promise<Analysis | undefined> {
    let analyzer = this.analyzers.get(key);
    if (!analyzer) {
      analyzer = loadEngine().createIncrementalAnalyzer();
      this.analyzers.set(key, analyzer);
    }
    try {
      return Promise.resolve(analyzer.analyze(text, options));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  forget(key: string): void {
    this.analyzers.delete(key);
  }

  dispose(): void {
    this.analyzers.clear();
  }
}

/**
 * The engine, loaded on first use. compromise and its lexicon take ~200 ms to load; on the desktop
 * the worker thread runs the engine, so the extension host loads it only if the worker cannot run,
 * and activation stays cheap. (esbuild keeps a required module's body lazy until this call.)
 */
function loadEngine(): typeof import('../core/incremental') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../core/incremental') as typeof import('../core/incremental');
}
