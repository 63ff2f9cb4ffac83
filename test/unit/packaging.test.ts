// What users install: the manifest's marketplace fields, the web entry, the walkthrough and the VSIX's
// file list (.vscodeignore), plus which files the workspace index reads. Plain Node, no VS Code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { articleGlob, isArticlePath } from '../../src/extension/articleFiles';
import { ALL_COMMAND_IDS, OUTLINE_VIEW_ID } from '../../src/extension/commandIds';

const ROOT = path.resolve(__dirname, '../..');

interface Step {
  id: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}
interface Manifest {
  displayName: string;
  description: string;
  categories: string[];
  keywords: string[];
  icon: string;
  repository: { url: string };
  license: string;
  engines: { vscode: string };
  main: string;
  browser: string;
  scripts: Record<string, string>;
  contributes: { walkthroughs: { id: string; steps: Step[] }[] };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

describe('packaging', () => {
  it('has the marketplace fields', () => {
    assert.equal(manifest.displayName, 'Copydesk');
    assert.ok(manifest.description.length > 20);
    assert.deepEqual(manifest.categories, ['Linters', 'Other']);
    assert.ok(manifest.keywords.length >= 3);
    assert.equal(manifest.repository.url, 'https://github.com/copydesk/copydesk');
    assert.equal(manifest.license, 'MIT');
    assert.ok(fs.existsSync(path.join(ROOT, 'LICENSE')));
    assert.equal(manifest.engines.vscode, '^1.100.0');
  });

  it('has a 128×128 PNG icon', () => {
    const png = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('has a Node entry and a browser entry, both built by esbuild.js', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
    const esbuild = fs.readFileSync(path.join(ROOT, 'esbuild.js'), 'utf8');
    assert.match(esbuild, /outfile: 'dist\/web\/extension\.js'/);
    assert.match(esbuild, /platform: 'browser'/);
  });

  it('packages offline with vsce after a production build', () => {
    assert.equal(manifest.scripts['vscode:prepublish'], 'npm run build:prod');
    assert.match(manifest.scripts.package, /^vsce package --no-dependencies\b/);
  });

  it('ships the bundles, grammar, icon and walkthrough, and no tests, sources or node_modules', () => {
    const lines = fs
      .readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    assert.equal(lines[0], '**', 'everything is left out unless listed');
    const kept = lines.filter((line) => line.startsWith('!')).map((line) => line.slice(1));
    for (const file of ['dist/extension.js', 'dist/worker.js', 'dist/web/extension.js', 'images/icon.png', 'media/walkthrough/**', 'syntaxes/**']) {
      assert.ok(kept.includes(file), `${file} is in the VSIX`);
    }
    for (const file of kept) assert.doesNotMatch(file, /^(test|src|node_modules|dist\/test)\b|\.map$/, file);
  });

  it('walks a new user through the sample article with known commands and existing media', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough.steps.length >= 3);
    const known = new Set<string>([...ALL_COMMAND_IDS, `${OUTLINE_VIEW_ID}.focus`, 'workbench.actions.view.problems']);
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && fs.existsSync(path.join(ROOT, media)), `${step.id}: media ${media}`);
      const commands = [...step.description.matchAll(/\(command:([\w.]+)/g), ...(step.completionEvents ?? []).map((e) => /^onCommand:(.+)$/.exec(e))];
      for (const match of commands) if (match) assert.ok(known.has(match[1]), `${step.id}: ${match[1]}`);
    }
    assert.match(walkthrough.steps[0].description, /command:copydesk\.openSample/);
  });
});

describe('workspace index: article files', () => {
  it('globs the enabled languages it knows', () => {
    assert.equal(articleGlob(['plaintext', 'markdown', 'news']), '**/*.{markdown,md,news,story,txt}');
    assert.equal(articleGlob(['plaintext']), '**/*.txt');
    assert.equal(articleGlob(['restructuredtext']), undefined);
  });

  const cases: [string, string[], boolean][] = [
    ['/w/kazakhstan-unrest.txt', ['plaintext'], true],
    ['/w/notes/Budget.MD', ['markdown'], true],
    ['/w/a.story', ['news'], true],
    ['/w/a.txt', ['markdown'], false],
    ['/w/README', ['plaintext'], false],
    ['/w/.txt/file', ['plaintext'], false],
  ];
  for (const [file, languages, expected] of cases) {
    it(`${file} with ${languages.join(', ')}: ${expected ? 'indexed' : 'not indexed'}`, () => {
      assert.equal(isArticlePath(file, languages), expected);
    });
  }
});
