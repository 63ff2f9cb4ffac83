// The public surface of the Copydesk engine (bundled alone as dist/core.js).
export { analyzeArticle } from './analyze';
export * from './types';
export { createIncrementalAnalyzer, type IncrementalAnalyzer } from './incremental';
export * from './archive';
