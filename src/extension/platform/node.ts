// The Node extension host's side of the platform: analysis in a worker thread (dist/worker.js).
// esbuild.js swaps this module for ./web.ts in the browser bundle (dist/web/extension.js).
import { AnalysisWorker } from '../analysisWorker';
import type { AnalysisEngine } from '../engine';

export const PLATFORM: 'node' | 'web' = 'node';

export function createEngine(onError: (error: unknown) => void): AnalysisEngine {
  return new AnalysisWorker(undefined, onError);
}
