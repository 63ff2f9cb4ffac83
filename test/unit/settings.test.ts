// Broken settings: every value normalizeSettings ignores is reported once, naming its key, and the
// default is used in its place. (The values themselves are covered in extension-manifest.test.ts.)
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, normalizeSettings, type SettingKey } from '../../src/extension/settings';

function problemsOf(values: Partial<Record<SettingKey, unknown>>): { settings: ReturnType<typeof normalizeSettings>; problems: string[] } {
  const problems: string[] = [];
  const settings = normalizeSettings((key) => values[key], (problem) => problems.push(problem));
  return { settings, problems };
}

describe('settings problems', () => {
  it('reports nothing for unset settings and the declared defaults', () => {
    assert.deepEqual(problemsOf({}).problems, []);
    assert.deepEqual(problemsOf({ referenceDate: '', glossaryPath: '', rules: {}, languages: ['plaintext'] }).problems, []);
  });

  const cases: [key: SettingKey, value: unknown, problem: string][] = [
    ['debounceMs', 'fast', 'copydesk.debounceMs: "fast" is not a number from 0 to 10000'],
    ['debounceMs', 99999, 'copydesk.debounceMs: 99999 is not a number from 0 to 10000'],
    ['maxFileSize', -5, 'copydesk.maxFileSize: -5 is not a positive number of characters'],
    ['referenceDate', '2022-02-30', 'copydesk.referenceDate: "2022-02-30" is not a day YYYY-MM-DD'],
    ['apStyle', 'yes', 'copydesk.apStyle: "yes" is not true or false'],
    ['languages', 'markdown', 'copydesk.languages: "markdown" is not a list of language ids'],
    ['rules', ['off'], 'copydesk.rules: ["off"] is not an object of rule ids and severities'],
    ['rules', { 'names.speling': 'off' }, 'copydesk.rules: unknown rule id "names.speling"'],
    ['rules', { 'names.spelling': 'loud' }, 'copydesk.rules.names.spelling: "loud" is not one of off, hint, information, warning, error'],
  ];
  for (const [key, value, problem] of cases) {
    it(`reports ${key} = ${JSON.stringify(value)} and uses the default`, () => {
      const { settings, problems } = problemsOf({ [key]: value });
      assert.deepEqual(problems, [problem]);
      assert.deepEqual(settings[key], DEFAULT_SETTINGS[key]);
    });
  }

  it('keeps the valid rules beside an unknown one', () => {
    const { settings, problems } = problemsOf({ rules: { 'names.spelling': 'error', 'no.such-rule': 'off' } });
    assert.deepEqual(settings.rules, { 'names.spelling': 'error' });
    assert.deepEqual(problems, ['copydesk.rules: unknown rule id "no.such-rule"']);
  });
});
