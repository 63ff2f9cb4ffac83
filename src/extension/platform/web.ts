// VS Code for the Web's side of the platform (the web worker extension host): no worker_threads and
// no Node fs, so the engine runs in the extension host's own thread. Bundled in place of ./node.ts.
// The engine loads with the bundle: the first analysis follows activation at once anyway.
import { createIncrementalAnalyzer } from '../../core';
import { type AnalysisEngine, InThreadEngine } from '../engine';

export const PLATFORM: 'node' | 'web' = 'web';

export function createEngine(_onError: (error: unknown) => void): AnalysisEngine {
  return new InThreadEngine(createIncrementalAnalyzer);
}
