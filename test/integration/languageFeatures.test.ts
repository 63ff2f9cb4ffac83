// End to end through the real VS Code API, on the fixture articles (the harness opens a copy of
// test/fixtures as the workspace): hover, outline, diagnostics and the quick fix a copy editor uses.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** Diagnostics are debounced and analysis runs after activation: poll instead of sleeping. */
async function until<T>(what: string, probe: () => Thenable<T | undefined> | T | undefined, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function openFixture(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (a copy of test/fixtures) is open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Sets `copydesk.referenceDate` for the workspace during a suite, and removes it afterwards. */
function withReferenceDate(day: string | undefined): void {
  const update = (value: string | undefined) =>
    vscode.workspace.getConfiguration('copydesk').update('referenceDate', value, vscode.ConfigurationTarget.Workspace);
  before(() => update(day));
  after(() => update(undefined));
}

/** Where `needle` (the `occurrence`-th, from 0) starts in the document. */
function find(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = document.getText().indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${JSON.stringify(needle)} (#${occurrence}) is in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

/** The hover's text as a reader sees it (Markdown escapes removed). */
async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The first Copydesk diagnostic of `rule` overlapping `range`, once it is published. */
function diagnosticAt(document: vscode.TextDocument, rule: string, range: vscode.Range): Promise<vscode.Diagnostic> {
  return until(`${rule} on ${JSON.stringify(document.getText(range))}`, () =>
    vscode.languages
      .getDiagnostics(document.uri)
      .find((d) => d.source === 'copydesk' && ruleOf(d) === rule && d.range.intersection(range) !== undefined),
  );
}

describe('kazakhstan-unrest.txt', () => {
  withReferenceDate('2022-01-09');

  it('hover on Tokayev names Kassym-Jomart Tokayev, Kazakh President', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const position = find(document, 'Tokayev said').start.translate(0, 2);
    const text = await until('a hover naming Kassym-Jomart Tokayev', async () => {
      const value = await hoverText(document, position);
      return value.includes('Kassym-Jomart Tokayev') ? value : undefined;
    });
    assert.match(text, /Kazakh President/);
    assert.match(text, /person/);
    assert.match(text, /command:copydesk\.revealRange\?/, 'other sentences naming him link to the text');
  });

  it('hover on Saturday gives the day and why', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const position = find(document, 'On Saturday').start.translate(0, 4);
    const text = await until('a hover on Saturday', async () => {
      const value = await hoverText(document, position);
      return value.includes('2022') ? value : undefined;
    });
    assert.match(text, /Saturday, 8 January 2022/);
    assert.match(text, /2022-01-09/, 'the hover says which reference date it counted from');
  });

  it('hover on CSTO expands it', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const position = find(document, 'CSTO', 1).start.translate(0, 1);
    const text = await until('a hover on CSTO', async () => {
      const value = await hoverText(document, position);
      return value.length > 0 ? value : undefined;
    });
    assert.match(text, /Collective Security Treaty Organization/);
  });

  it('outline has Actors and Events, with Masimov dismissed on 2022-01-05', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    // The reference date setting reaches the extension a moment after it is written: poll for it.
    const symbols = await until('Events dated by the 2022-01-09 reference date', async () => {
      const value = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      );
      return value?.some((group) => group.children.some((child) => child.name.startsWith('2022-'))) ? value : undefined;
    });
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['Actors', 'Events'],
    );
    const [actors, events] = symbols;
    assert.ok(
      actors.children.some((actor) => actor.name === 'Kassym-Jomart Tokayev'),
      `Actors: ${actors.children.map((a) => a.name).join(', ')}`,
    );
    assert.ok(
      events.children.some((event) => event.name.startsWith('2022-01-05') && event.name.includes('Masimov')),
      `Events: ${events.children.map((e) => e.name).join(' | ')}`,
    );
    for (const symbol of [...symbols, ...actors.children, ...events.children]) {
      assert.ok(symbol.range.contains(symbol.selectionRange), `${symbol.name}: selection inside range`);
    }
  });
});

describe('city-council-budget.md', () => {
  withReferenceDate(undefined);

  it('flags Okafour as names.spelling and Tuesday, Oct. 20 as dates.weekday-mismatch', async () => {
    const document = await openFixture('city-council-budget.md');
    const spelling = await diagnosticAt(document, 'names.spelling', find(document, 'Okafour'));
    assert.equal(document.getText(spelling.range), 'Okafour');
    await diagnosticAt(document, 'dates.weekday-mismatch', find(document, 'Tuesday, Oct. 20'));
    assert.ok(spelling.code && typeof spelling.code === 'object', 'the code links to the rule');
  });

  it('quick-fixes Okafour to Okafor', async () => {
    const document = await openFixture('city-council-budget.md');
    const spelling = await diagnosticAt(document, 'names.spelling', find(document, 'Okafour'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      spelling.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // The command returns actions without their diagnostics: pick the preferred fix that edits.
    const fix = actions.find((action) => action.edit && action.isPreferred);
    assert.ok(fix?.edit, `a preferred quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    try {
      assert.equal(document.getText(spelling.range.with({ end: spelling.range.start.translate(0, 'Okafor'.length) })), 'Okafor');
      assert.doesNotMatch(document.getText(), /Okafour/);
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});

describe('plant-closure.txt', () => {
  withReferenceDate('2024-06-03');

  it('flags the first Halvorsen as names.first-reference', async () => {
    const document = await openFixture('plant-closure.txt');
    const firstReference = await diagnosticAt(document, 'names.first-reference', find(document, 'Halvorsen'));
    assert.equal(document.getText(firstReference.range), 'Halvorsen');
  });
});
