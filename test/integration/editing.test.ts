// Editing through the real VS Code API on the fixture articles: the workspace glossary
// (.copydesk/glossary.json), every quick fix, fix-all, rename/references/definition, "Add to
// glossary", the spell checker's words and the timeline. Every test leaves the files as it found them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyzeArticle } from '../../src/core/analyze';
import { parseGlossary } from '../../src/core/glossary';
import type { Analysis } from '../../src/core/types';
import { find, hoverContaining, openFixture, revert, ruleOf, until, withReferenceDate, workspaceFolder } from './helpers';

const glossaryUri = () => vscode.Uri.joinPath(workspaceFolder().uri, '.copydesk', 'glossary.json');
const settingsUri = () => vscode.Uri.joinPath(workspaceFolder().uri, '.vscode', 'settings.json');

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function writeText(uri: vscode.Uri, text: string | undefined): Promise<void> {
  if (text === undefined) await vscode.workspace.fs.delete(uri, { useTrash: false });
  else await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** The engine's own analysis of the article, with the workspace glossary: what the extension must show. */
async function expectedAnalysis(document: vscode.TextDocument, referenceDate: string): Promise<Analysis> {
  const glossary = parseGlossary((await readText(glossaryUri())) ?? '').glossary;
  return analyzeArticle(document.getText(), { referenceDate, glossary });
}

/** Copydesk's diagnostics once they are exactly the findings of `analysis` (same rules, same ranges). */
function settledDiagnostics(document: vscode.TextDocument, analysis: Analysis): Promise<vscode.Diagnostic[]> {
  const key = (rule: string | undefined, range: vscode.Range) =>
    `${rule} ${document.offsetAt(range.start)}-${document.offsetAt(range.end)}`;
  const expected = analysis.findings.map((f) => key(f.rule, new vscode.Range(document.positionAt(f.start), document.positionAt(f.end))));
  return until(`diagnostics of ${document.uri.path} matching the engine (${expected.join(', ')})`, () => {
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'copydesk');
    const actual = diagnostics.map((d) => key(ruleOf(d), d.range));
    return actual.sort().join('|') === [...expected].sort().join('|') ? diagnostics : undefined;
  });
}

function codeActions(document: vscode.TextDocument, range: vscode.Range, kind?: vscode.CodeActionKind): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind?.value);
}

function applyEdits(text: string, edits: readonly { start: number; end: number; replacement: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

describe('glossary', () => {
  withReferenceDate('2022-01-09');

  it('adds the glossary note to the hover on Tokayev', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const position = find(document, 'Tokayev said').start.translate(0, 2);
    const text = await hoverContaining(document, position, 'AP spelling');
    assert.match(text, /President of Kazakhstan since 2019; AP spelling\./);
  });

  it('flags Commonwealth of Independence States and fixes it to the preferred form', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const original = document.getText();
    const range = find(document, 'Commonwealth of Independence States');
    await until('glossary.preferred-form on the misspelled name', () =>
      vscode.languages
        .getDiagnostics(document.uri)
        .find((d) => ruleOf(d) === 'glossary.preferred-form' && d.range.isEqual(range)),
    );
    const actions = await codeActions(document, range, vscode.CodeActionKind.QuickFix);
    const fix = actions.find((action) => action.edit && action.isPreferred);
    assert.ok(fix?.edit, `a preferred fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    try {
      assert.equal(document.getText(), original.replace('Commonwealth of Independence States', 'Commonwealth of Independent States'));
    } finally {
      await revert(document, original);
    }
  });

  it('reports a broken glossary once, on the glossary, and keeps checking articles', async () => {
    const uri = glossaryUri();
    const original = await readText(uri);
    assert.ok(original, 'the fixture workspace has a glossary');
    const document = await openFixture('kazakhstan-unrest.txt');
    await writeText(uri, '{\n  "entries": [\n    { "name": "Astana" },,\n  ]\n}\n');
    try {
      const problems = await until('one diagnostic on the broken glossary', () => {
        const diagnostics = vscode.languages.getDiagnostics(uri);
        return diagnostics.length > 0 ? diagnostics : undefined;
      });
      assert.equal(problems.length, 1);
      assert.equal(problems[0].source, 'copydesk');
      assert.equal(problems[0].range.start.line, 2, 'on the line of the stray comma');
      assert.match(problems[0].message, /not valid JSON/);
      // Without the glossary, the article is still checked, only without glossary findings.
      await until('article diagnostics without the glossary', () => {
        const diagnostics = vscode.languages.getDiagnostics(document.uri);
        const ok = diagnostics.some((d) => ruleOf(d) === 'dates.ap-format') && !diagnostics.some((d) => ruleOf(d) === 'glossary.preferred-form');
        return ok ? true : undefined;
      });
    } finally {
      await writeText(uri, original);
    }
    await until('the glossary diagnostic cleared', () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined));
    await until('glossary findings back on the article', () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => ruleOf(d) === 'glossary.preferred-form'),
    );
  });

  it('adds a name to the glossary from a code action on it', async () => {
    const uri = glossaryUri();
    const original = await readText(uri);
    const document = await openFixture('kazakhstan-unrest.txt');
    const range = find(document, 'Karim Masimov');
    const action = await until('"Add “Karim Masimov” to the glossary"', async () =>
      (await codeActions(document, new vscode.Range(range.start, range.start))).find(
        (a) => a.title === 'Add “Karim Masimov” to the glossary',
      ),
    );
    assert.ok(action.command, 'the action runs a command');
    try {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      const entries = parseGlossary((await readText(uri)) ?? '').glossary.entries;
      assert.deepEqual(
        entries.find((e) => e.name === 'Karim Masimov'),
        { name: 'Karim Masimov', kind: 'person', aliases: [], avoid: [], note: undefined },
      );
      assert.equal(entries.length, parseGlossary(original ?? '').glossary.entries.length + 1, 'the other entries are kept');
    } finally {
      await writeText(uri, original);
    }
  });
});

/** Every fix of every finding, applied through the code action provider, gives the engine's corrected text. */
const FIXTURES: [name: string, referenceDate: string][] = [
  ['kazakhstan-unrest.txt', '2022-01-09'],
  ['city-council-budget.md', '2025-10-16'],
  ['plant-closure.txt', '2024-06-03'],
];

for (const [name, referenceDate] of FIXTURES) {
  describe(`quick fixes of ${name}`, () => {
    withReferenceDate(referenceDate);

    it('applies every fix of every finding to give the corrected text', async () => {
      const document = await openFixture(name);
      const original = document.getText();
      const analysis = await expectedAnalysis(document, referenceDate);
      const diagnostics = await settledDiagnostics(document, analysis);
      let applied = 0;
      for (const finding of analysis.findings) {
        const diagnostic = diagnostics.find(
          (d) => ruleOf(d) === finding.rule && document.offsetAt(d.range.start) === finding.start && document.offsetAt(d.range.end) === finding.end,
        );
        assert.ok(diagnostic, `${finding.rule} is shown`);
        for (const fix of finding.fixes) {
          // A settings change re-registers the providers: ask again until this one answers.
          const action = await until(`"${fix.title}" offered for ${finding.rule}`, async () =>
            (await codeActions(document, diagnostic.range, vscode.CodeActionKind.QuickFix)).find((a) => a.title === fix.title && a.edit),
          );
          assert.ok(action.edit);
          assert.ok(await vscode.workspace.applyEdit(action.edit));
          try {
            assert.equal(document.getText(), applyEdits(original, fix.edits), `${finding.rule}: ${fix.title}`);
          } finally {
            await revert(document, original);
          }
          applied++;
        }
      }
      assert.ok(applied > 0, 'the article has fixes');
    });
  });
}

describe('fix all', () => {
  withReferenceDate('2022-01-09');

  it('fixes every AP date of the article at once', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const original = document.getText();
    const diagnostic = await until('dates.ap-format diagnostics', () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => ruleOf(d) === 'dates.ap-format'),
    );
    const actions = await codeActions(document, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const fixAll = actions.find((a) => a.title.startsWith('Fix all') && a.title.includes('dates.ap-format'));
    assert.ok(fixAll?.edit, `fix all among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    try {
      assert.equal(document.getText(), original.replace('Jan 9', 'Jan. 9').replace('January 5', 'Jan. 5'));
    } finally {
      await revert(document, original);
    }
  });
});

describe('rename, references and definition', () => {
  withReferenceDate('2022-01-09');

  it('renames Tokayev to Tokaev in every mention and nowhere else', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const original = document.getText();
    const position = find(document, 'Tokayev said').start.translate(0, 2);
    const edit = await until('rename edits', () =>
      vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', document.uri, position, 'Tokaev'),
    );
    assert.equal(edit.get(document.uri).length, original.split('Tokayev').length - 1);
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      assert.equal(document.getText(), original.replaceAll('Tokayev', 'Tokaev'));
    } finally {
      await revert(document, original);
    }
  });

  it('refuses to rename a word that is not a name, saying why', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const position = find(document, 'chaos').start;
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', document.uri, position)),
      /Put the cursor on a name/,
    );
  });

  it('lists every mention as a reference and jumps to the full name', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const position = find(document, 'Tokayev said').start.translate(0, 2);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    const texts = references.map((location) => document.getText(location.range));
    assert.ok(texts.includes('Kassym-Jomart Tokayev'), texts.join(', '));
    // Every "Tokayev" but the one inside the full name is a mention of its own.
    assert.equal(texts.filter((t) => t === 'Tokayev').length, document.getText().split('Tokayev').length - 2);

    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      position,
    );
    assert.equal(definitions.length, 1);
    const target = definitions[0];
    const range = 'targetRange' in target ? target.targetRange : target.range;
    assert.equal(document.getText(range), 'Kassym-Jomart Tokayev');
  });
});

describe('commands', () => {
  withReferenceDate('2022-01-09');

  it('shows the timeline in a webview', async () => {
    await openFixture('kazakhstan-unrest.txt');
    await vscode.commands.executeCommand('copydesk.showTimeline');
    const tab = await until('the timeline tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('copydesk.timeline')),
    );
    assert.match(tab.label, /Timeline: kazakhstan-unrest\.txt/);
    await vscode.window.tabGroups.close(tab);
  });

  it("adds the article's names to cSpell.words in the workspace settings", async () => {
    const uri = settingsUri();
    const before = await readText(uri);
    await openFixture('kazakhstan-unrest.txt');
    try {
      await vscode.commands.executeCommand('copydesk.addNamesToSpellChecker');
      const words = await until('cSpell.words with Tokayev', async () => {
        const settings = JSON.parse((await readText(uri)) ?? '{}') as Record<string, unknown>;
        const value = settings['cSpell.words'];
        return Array.isArray(value) && value.includes('Tokayev') ? (value as string[]) : undefined;
      });
      for (const word of ['Kassym', 'Jomart', 'Masimov', 'Abdymomunov', 'Halvorsen']) assert.ok(words.includes(word), word);
      assert.ok(!words.includes('President'), 'a title is not a name word');
      assert.equal(new Set(words).size, words.length, 'no duplicates');
      const settings = JSON.parse((await readText(uri)) ?? '{}') as Record<string, unknown>;
      assert.equal(settings['copydesk.referenceDate'], '2022-01-09', 'the other settings are kept');
    } finally {
      await writeText(uri, before);
    }
  });
});
