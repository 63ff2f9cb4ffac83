import * as assert from 'node:assert/strict';
import { activeNameModel, formatNameModel, nameProbability, parseNameModel, useNameModel } from '../../src/core/entities/name-model';
import { analyzeArticle } from '../../src/core/analyze';

describe('entities: learned name decision', () => {
  afterEach(() => useNameModel(undefined));

  it('ships weights that parse and weigh the candidate features', () => {
    const model = activeNameModel();
    assert.ok(model, 'no shipped name model');
    assert.ok(model.weights.size > 50, `only ${model.weights.size} features`);
    assert.ok((model.weights.get('digit') ?? 0) < 0, 'a digit in a name should count against it');
  });

  it('reads back what it writes', () => {
    const model = { bias: -0.25, weights: new Map([['a b', 1.5], ['digit', -2]]) };
    const again = parseNameModel(formatNameModel(model));
    assert.ok(again);
    assert.equal(again.bias, -0.25);
    assert.equal(again.weights.get('a b'), 1.5);
    assert.equal(again.weights.get('digit'), -2);
  });

  it('gives a probability that follows the weights', () => {
    const model = { bias: 0, weights: new Map([['digit', -3]]) };
    assert.ok(nameProbability(model, [['digit', 1]]) < 0.1);
    assert.equal(nameProbability(model, [['unknown', 1]]), 0.5);
  });

  it('drops model numbers and amounts but keeps the people, companies and places around them', () => {
    const text =
      'Harlow Aviation will deliver twelve new Skylark K400 jets to Nordair for US$3.2 billion, chief executive Dana Whitcombe said in Tacoma on Monday. ' +
      'The K400s replace older aircraft.';
    const names = () => analyzeArticle(text).entities.map((e) => e.name);
    const learned = names();
    for (const name of ['Harlow Aviation', 'Nordair', 'Dana Whitcombe', 'Tacoma']) assert.ok(learned.includes(name), `${name} missing: ${learned.join(', ')}`);
    assert.ok(!learned.some((n) => /\d/.test(n)), learned.join(', '));
    useNameModel(null);
    assert.ok(names().some((n) => /\d/.test(n)), 'without the model the rules propose a model number (else this test proves nothing)');
  });
});
