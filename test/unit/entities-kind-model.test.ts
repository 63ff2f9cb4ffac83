import * as assert from 'node:assert/strict';
import { activeKindModel, formatKindModel, kindProbabilities, parseKindModel, useKindModel } from '../../src/core/entities/kind-model';
import { analyzeArticle } from '../../src/core/analyze';

describe('entities: learned kind model', () => {
  afterEach(() => useKindModel(undefined));

  it('ships weights that parse and weigh the kind cues', () => {
    const model = activeKindModel();
    assert.ok(model, 'no shipped kind model');
    assert.ok(model.weights.size > 50, `only ${model.weights.size} features`);
    assert.ok(model.weights.has('orgSuffix'));
  });

  it('reads back what it writes', () => {
    const model = { bias: [0.1, -0.2, 0.1] as const, weights: new Map([['a b', [1, -1, 0.5] as const], ['role', [2, 0, -2] as const]]) };
    const again = parseKindModel(formatKindModel(model));
    assert.ok(again);
    assert.deepEqual([...again.bias], [0.1, -0.2, 0.1]);
    assert.deepEqual(again.weights.get('a b'), [1, -1, 0.5]);
  });

  it('gives probabilities that sum to one and follow the weights', () => {
    const model = { bias: [0, 0, 0] as const, weights: new Map([['role', [3, 0, 0] as const]]) };
    const p = kindProbabilities(model, [['role', 1], ['unknown', 1]]);
    assert.ok(Math.abs(p[0] + p[1] + p[2] - 1) < 1e-9);
    assert.ok(p[0] > p[1] && p[0] > p[2]);
  });

  it('decides the same clear kinds with the learned weights and with the hand weights alone', () => {
    const text = 'Mayor Lena Brandt of Oakfield said Harlow Motors Inc. would move to Tacoma, Washington.';
    const kinds = () => analyzeArticle(text).entities.map((e) => `${e.kind} ${e.name}`).sort();
    const learned = kinds();
    useKindModel(null);
    assert.deepEqual(kinds(), learned);
    assert.ok(learned.includes('person Lena Brandt') && learned.includes('organization Harlow Motors Inc.'), learned.join(', '));
  });
});
