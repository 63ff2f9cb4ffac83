import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import type { AnalyzeOptions } from '../../src/core/types';
import { AnalysisWorker } from '../../src/extension/analysisWorker';

/**
 * The extension analyses in a worker thread (dist/worker.js): results equal analyzeArticle's, a
 * version superseded while it waits is never analysed nor published, and the host's thread stays free.
 */

const OPTIONS: AnalyzeOptions = { today: '2026-01-01', datelineYear: 2022 };
const WORKER = path.join(__dirname, '..', '..', 'dist', 'worker.js');
const ARTICLE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'kazakhstan-unrest.txt'), 'utf8');

describe('analysis worker', () => {
  it('analyses in this thread when there is no worker bundle', async () => {
    const engine = new AnalysisWorker(path.join(__dirname, 'no-such-worker.js'));
    assert.deepEqual(await engine.analyze('doc', ARTICLE, OPTIONS), analyzeArticle(ARTICLE, OPTIONS));
    engine.dispose();
  });

  describe('with dist/worker.js', function () {
    let engine: AnalysisWorker;
    before(function () {
      assert.ok(fs.existsSync(WORKER), `${WORKER} is missing: run \`npm run build\` before the unit tests (npm test does)`);
      engine = new AnalysisWorker(WORKER, (error) => assert.fail(String(error)));
    });
    after(() => engine?.dispose());

    it('gives the analysis of the newest version and drops versions superseded while waiting', async () => {
      const v1 = engine.analyze('doc', ARTICLE, OPTIONS);
      const v2 = engine.analyze('doc', `${ARTICLE} Tokayev`, OPTIONS);
      const v3 = engine.analyze('doc', `${ARTICLE} Tokayev said.`, OPTIONS);
      const [a1, a2, a3] = await Promise.all([v1, v2, v3]);
      assert.deepEqual(a1, analyzeArticle(ARTICLE, OPTIONS));
      assert.equal(a2, undefined);
      assert.deepEqual(a3, analyzeArticle(`${ARTICLE} Tokayev said.`, OPTIONS));
    });

    it('keeps the calling thread free while a long article is analysed', async () => {
      const long = Array.from({ length: 20 }, () => ARTICLE).join('\n\n');
      let last = performance.now();
      let longest = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 2);
      await engine.analyze('long', long, OPTIONS);
      clearInterval(timer);
      // Receiving the result (a structured clone) is the only work here; analysing takes far longer.
      assert.ok(longest < 100, `the thread stalled ${longest.toFixed(0)} ms`);
    });
  });
});
