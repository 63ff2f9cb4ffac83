// End to end through the real VS Code API, on the fixture articles (the harness opens a copy of
// test/fixtures as the workspace): hover, outline, diagnostics and the quick fix a copy editor uses.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticAt, find, hoverContaining, openFixture, until, withReferenceDate } from './helpers';

describe('kazakhstan-unrest.txt', () => {
  withReferenceDate('2022-01-09');

  it('hover on Tokayev names Kassym-Jomart Tokayev, Kazakh President @vsix', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const position = find(document, 'Tokayev said').start.translate(0, 2);
    const text = await hoverContaining(document, position, 'Kassym-Jomart Tokayev');
    assert.match(text, /Kazakh President/);
    assert.match(text, /person/);
    assert.match(text, /command:copydesk\.revealRange\?/, 'other sentences naming him link to the text');
  });

  it('hover on Saturday gives the day and why', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const position = find(document, 'On Saturday').start.translate(0, 4);
    const text = await hoverContaining(document, position, '2022');
    assert.match(text, /Saturday, 8 January 2022/);
    assert.match(text, /2022-01-09/, 'the hover says which reference date it counted from');
  });

  it('hover on CSTO expands it', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const position = find(document, 'CSTO', 1).start.translate(0, 1);
    const text = await hoverContaining(document, position, 'Collective Security');
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
    // Each entity once, its range its first mention only: no two entities cover the same text, so
    // breadcrumbs and Go to Symbol never give a cursor on one name to another.
    const names = actors.children.map((actor) => actor.name);
    assert.equal(new Set(names).size, names.length, `each entity once: ${names.join(', ')}`);
    const ranges = actors.children.map((actor) => actor.range).sort((a, b) => (a.start.isBefore(b.start) ? -1 : 1));
    for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i - 1].end.isBeforeOrEqual(ranges[i].start), 'entity ranges do not overlap');
    const tokayev = actors.children.find((actor) => actor.name === 'Kassym-Jomart Tokayev');
    assert.ok(tokayev);
    assert.equal(document.getText(tokayev.range), 'Kassym-Jomart Tokayev', 'his range is his first mention');
    assert.match(tokayev.detail, /^person · Kazakh President · \d+ mentions$/);
    assert.ok(tokayev.children.length >= 5, `his mentions: ${tokayev.children.length}`);
    for (const mention of tokayev.children) {
      assert.match(mention.name, /^line \d+: /);
      assert.match(mention.detail, /^(full name|surname|short name|acronym|title)$/);
      assert.equal(Number(/^line (\d+)/.exec(mention.name)?.[1]), mention.range.start.line + 1);
      assert.match(document.getText(mention.range), /Tokayev|President/);
    }
  });
});

describe('city-council-budget.md', () => {
  withReferenceDate(undefined);

  it('flags Okafour as names.spelling and Tuesday, Oct. 20 as dates.weekday-mismatch @vsix', async () => {
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

describe('roles and kinds on a news item typed into an untitled editor', () => {
  const ITEM = [
    'Parents jailed over daughter\'s death',
    '',
    'The federal health minister, Tony Abbott, said the government would review the case. Fashion designer Halston attended. Musk, who bought the company in 2022, agreed with Elon Musk\'s lawyers.',
  ].join('\n');

  it('shows a comma-set title phrase and an occupation as roles, and a surname-alone reference as a person, in the hover', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'news', content: ITEM });
    await vscode.window.showTextDocument(document);
    const abbott = await hoverContaining(document, find(document, 'Tony Abbott').start.translate(0, 6), 'Tony Abbott');
    assert.match(abbott, /The federal health minister/);
    const halston = await hoverContaining(document, find(document, 'Halston').start, 'Halston');
    assert.match(halston, /Fashion designer/);
    assert.match(halston, /person/);
    const musk = await hoverContaining(document, find(document, 'Elon Musk').start, 'Elon Musk');
    assert.match(musk, /person/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
