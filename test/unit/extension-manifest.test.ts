// package.json and the extension's code agree: every contributed command is registered and every
// registered command is contributed, menus and keybindings name real commands, and the settings'
// defaults are the adapter's defaults. Plain Node: nothing here may import `vscode`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_COMMAND_IDS, ContextKeys, OUTLINE_VIEW_ID } from '../../src/extension/commandIds';
import { DEFAULT_SETTINGS, SETTING_KEYS, normalizeSettings } from '../../src/extension/settings';

const ROOT = path.resolve(__dirname, '../..');

interface Manifest {
  activationEvents?: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; key: string; when?: string }[];
    configuration: { properties: Record<string, { default: unknown; scope?: string }> };
    languages: { id: string; configuration?: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    views: Record<string, { id: string; when?: string }[]>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const contributes = manifest.contributes;
const sorted = (values: Iterable<string>) => [...values].sort();
const show = (value: unknown) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

describe('extension manifest (package.json) and code agree', () => {
  describe('commands', () => {
    it('contributes exactly the commands the code registers', () => {
      assert.deepEqual(sorted(contributes.commands.map((c) => c.command)), sorted(ALL_COMMAND_IDS));
    });

    it('names every command copydesk.* with the Copydesk category', () => {
      for (const { command, category } of contributes.commands) {
        assert.match(command, /^copydesk\.[a-z][A-Za-z]*$/);
        assert.equal(category, 'Copydesk', command);
      }
    });

    it('refers only to known commands in menus and keybindings', () => {
      const known = new Set<string>(ALL_COMMAND_IDS);
      const used = [
        ...Object.values(contributes.menus).flatMap((items) => items.map((item) => item.command)),
        ...contributes.keybindings.map((binding) => binding.command),
      ];
      for (const command of used) assert.ok(known.has(command), `${command} is registered`);
    });

    it('binds keys to next/previous mention only in enabled languages', () => {
      for (const binding of contributes.keybindings) {
        assert.ok(binding.when?.includes(`editorLangId in ${ContextKeys.enabledLanguages}`), binding.command);
      }
    });
  });

  describe('activation and views', () => {
    it('activates lazily, on the article languages only', () => {
      assert.deepEqual(manifest.activationEvents, ['onLanguage:plaintext', 'onLanguage:markdown', 'onLanguage:news']);
    });

    it('contributes the Copydesk view to the Explorer under the id the code uses', () => {
      assert.deepEqual(
        contributes.views.explorer.map((view) => view.id),
        [OUTLINE_VIEW_ID],
      );
      assert.equal(contributes.views.explorer[0].when, ContextKeys.active);
    });

    it('contributes the news language with its files', () => {
      const news = contributes.languages.find((language) => language.id === 'news');
      assert.ok(news?.configuration, 'news has a language configuration');
      assert.ok(fs.existsSync(path.join(ROOT, news.configuration)));
      const grammar = contributes.grammars.find((g) => g.language === 'news');
      assert.ok(grammar, 'news has a grammar');
      const parsed = JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), 'utf8')) as { scopeName: string };
      assert.equal(parsed.scopeName, grammar.scopeName);
    });
  });

  describe('settings', () => {
    const properties = contributes.configuration.properties;

    it('contributes exactly the settings the adapter reads', () => {
      assert.deepEqual(sorted(Object.keys(properties)), sorted(SETTING_KEYS.map((key) => `copydesk.${key}`)));
    });

    it('gives each setting the adapter default', () => {
      for (const key of SETTING_KEYS) {
        const declared = properties[`copydesk.${key}`].default;
        assert.deepEqual(normalizeSettings((k) => (k === key ? declared : DEFAULT_SETTINGS[k]))[key], DEFAULT_SETTINGS[key], key);
      }
    });
  });
});

describe('normalizeSettings', () => {
  const withValue = (key: string, value: unknown) => normalizeSettings((k) => (k === key ? value : undefined));

  it('falls back to the defaults when nothing is set', () => {
    assert.deepEqual(
      normalizeSettings(() => undefined),
      DEFAULT_SETTINGS,
    );
  });

  const cases: [key: string, value: unknown, expected: unknown][] = [
    ['referenceDate', '2022-01-09', '2022-01-09'],
    ['referenceDate', ' 2022-01-09 ', '2022-01-09'],
    ['referenceDate', '', undefined],
    ['referenceDate', '2022-02-30', undefined],
    ['referenceDate', 'Jan 9', undefined],
    ['referenceDate', 20220109, undefined],
    ['debounceMs', 0, 0],
    ['debounceMs', 150.7, 150],
    ['debounceMs', -1, 300],
    ['debounceMs', '300', 300],
    ['debounceMs', Number.NaN, 300],
    ['maxFileSize', 5000, 5000],
    ['maxFileSize', 0, 1_000_000],
    ['languages', ['markdown', ' news ', '', 3], ['markdown', 'news']],
    ['languages', 'markdown', ['plaintext', 'markdown', 'news']],
    ['rules', { 'names.spelling': 'error', 'dates.weekday-mismatch': 'loud', x: 1 }, { 'names.spelling': 'error' }],
    ['rules', ['off'], {}],
    ['rules', null, {}],
  ];
  for (const [key, value, expected] of cases) {
    it(`reads ${key} = ${show(value)} as ${show(expected)}`, () => {
      assert.deepEqual(withValue(key, value)[key as keyof typeof DEFAULT_SETTINGS], expected);
    });
  }
});
