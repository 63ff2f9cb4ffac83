// A dateline without a year takes the file's year: the hover says so, and a quick fix sets the
// article's date (front matter in Markdown, the copydesk.referenceDate setting otherwise).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { find, hoverContaining, hoverText, openFixture, until, workspaceFolder } from './helpers';

const ASSUMED = "assumed from the file's date";

function codeActionsAt(document: vscode.TextDocument, range: vscode.Range): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
}

function articleDateAction(document: vscode.TextDocument, range: vscode.Range, title: RegExp): Promise<vscode.CodeAction> {
  return until(`a code action ${title}`, async () => (await codeActionsAt(document, range)).find((a) => title.test(a.title)));
}

describe('the assumed year of a dateline', () => {
  const clear = () =>
    vscode.workspace.getConfiguration('copydesk', workspaceFolder().uri).update('referenceDate', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  before(clear);
  after(clear);

  it('Markdown: the hover says the year is assumed; the quick fix writes front matter date: and the hover stops saying it', async () => {
    const year = new Date().getFullYear();
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'LIMA, March 4 (Wire Desk) - The port reopened on Monday after a two-day strike, officials said.\n',
    });
    await vscode.window.showTextDocument(document);
    const dateline = find(document, 'March 4');
    const hover = await hoverContaining(document, dateline.start.translate(0, 2), ASSUMED);
    assert.match(hover, new RegExp(`The year ${year} is assumed`));

    const action = await articleDateAction(document, dateline, /front matter \(date: \d{4}-03-04\)/);
    assert.ok(action.edit, 'the quick fix is an edit');
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.ok(document.getText().startsWith(`---\ndate: ${year}-03-04\n---\n`), document.getText().slice(0, 60));
    const moved = find(document, 'March 4').start.translate(0, 2);
    await until('the hover without the assumed year', async () => {
      const text = await hoverText(document, moved);
      return text.includes('March') && !text.includes(ASSUMED) ? text : undefined;
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('plain text: the quick fix sets copydesk.referenceDate for the folder, and the year is no longer assumed', async () => {
    const document = await openFixture('kazakhstan-unrest.txt');
    const dateline = find(document, 'Jan 9');
    await hoverContaining(document, dateline.start.translate(0, 1), ASSUMED);

    const action = await articleDateAction(document, dateline, /^Set copydesk\.referenceDate to \d{4}-01-09 \(applies to every article in this folder\)$/);
    assert.ok(action.command, 'the quick fix runs a command');
    const day = action.command.arguments?.[1] as string;
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    const setting = vscode.workspace.getConfiguration('copydesk', document.uri).inspect<string>('referenceDate');
    assert.equal(setting?.workspaceFolderValue, day);
    await until('the hover without the assumed year', async () => {
      const text = await hoverText(document, dateline.start.translate(0, 1));
      return text.includes('January') && !text.includes(ASSUMED) ? text : undefined;
    });
    assert.deepEqual(
      (await codeActionsAt(document, dateline)).filter((a) => a.title.includes('referenceDate')).map((a) => a.title),
      [],
      'no longer offered once the date is set',
    );
  });

  it('a date that writes its own year does not mention the assumption', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'LIMA, March 4 (Wire Desk) - The port, closed since Jan. 20, 2019, reopened on Monday, officials said.\n',
    });
    await vscode.window.showTextDocument(document);
    const written = find(document, 'Jan. 20, 2019').start.translate(0, 2);
    const text = await until('a hover on the dated day', async () => {
      const value = await hoverText(document, written);
      return value.includes('2019') ? value : undefined;
    });
    assert.ok(!text.includes(ASSUMED), text);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
