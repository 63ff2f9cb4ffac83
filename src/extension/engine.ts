// The engine as the adapters see it: analyse a document's text under a key, forget the key. Free of
// Node: the Node entry (extension.ts) runs it in a worker thread (AnalysisWorker), the web entry
// (web.ts) in the extension host's own thread (InThreadEngine).
import type { Analysis, AnalyzeOptions, IncrementalAnalyzer } from '../core';

export interface AnalysisEngine {
  /** The analysis of `text`, or undefined when a newer request for the same key replaced it. */
  analyze(key: string, text: string, options: AnalyzeOptions): Promise<Analysis | undefined>;
  /** The document closed (or was indexed): drop what is kept for it. */
  forget(key: string): void;
  dispose(): void;
}

/**
 * One incremental analyzer per key, in this thread: where no worker can run (VS Code for the Web, or
 * the worker failed). `createAnalyzer` is how the platform reaches the engine (see platform/web.ts
 * and analysisWorker.ts), called on the first request only.
 */
export class InThreadEngine implements AnalysisEngine {
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();

  constructor(private readonly createAnalyzer: () => IncrementalAnalyzer) {}

  analyze(key: string, text: string, options: AnalyzeOptions): Promise<Analysis | undefined> {
    try {
      let analyzer = this.analyzers.get(key);
      if (!analyzer) {
        analyzer = this.createAnalyzer();
        this.analyzers.set(key, analyzer);
      }
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
