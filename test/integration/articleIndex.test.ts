// The workspace index in a real VS Code: the fixture folder has a second article naming Tokayev
// (kazakhstan-followup.txt), so the hover on him in kazakhstan-unrest.txt says so, "Show Articles
// Naming This" offers it, and a new or deleted article changes the count. The file name sorts this
// suite before the ones that write articles of their own into the workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { find, hoverText, openFixture, until, workspaceFolder } from './helpers';

const ARTICLE = 'kazakhstan-unrest.txt';

/**
 * The hover on the first `Tokayev` once it says he appears in `count` other articles of the
 * workspace (the index builds in the background). The count is a link to "Show Articles Naming This".
 */
async function tokayevHoverSaying(document: vscode.TextDocument, count: number): Promise<string> {
  const expected = `Appears in ${count} other article${count === 1 ? '' : 's'} of the workspace`;
  const position = find(document, 'Tokayev', 1).start.translate(0, 2);
  let last = '';
  try {
    return await until(`the Tokayev hover to say "${expected}"`, async () => {
      last = await hoverText(document, position);
      // Drop the link's target: `[1 other article](command:…)` reads `1 other article`.
      return last.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').includes(expected) ? last : undefined;
    }, 20000);
  } catch (error) {
    throw new Error(`${String(error)}; the hover said: ${JSON.stringify(last)}`);
  }
}

describe('workspace index', () => {
  it('the hover on Tokayev says he appears in 1 other article of the workspace @vsix', async () => {
    const document = await openFixture(ARTICLE);
    const hover = await tokayevHoverSaying(document, 1);
    assert.match(hover, /Kassym-Jomart Tokayev/);
    assert.match(hover, /command:copydesk\.showInWorkspace\?/, 'the count links to Show Articles Naming This');
  });

  it('"Show Articles Naming This" lists kazakhstan-followup.txt and opens it', async () => {
    const document = await openFixture(ARTICLE);
    const editor = await vscode.window.showTextDocument(document);
    const at = find(document, 'Tokayev', 1).start.translate(0, 2);
    editor.selection = new vscode.Selection(at, at);
    const shown = vscode.commands.executeCommand('copydesk.showInWorkspace');
    // The quick pick has a single entry: accept it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await shown;
    await until('kazakhstan-followup.txt to open', () =>
      vscode.window.activeTextEditor?.document.uri.path.endsWith('/kazakhstan-followup.txt') ? true : undefined,
    );
  });

  it('counts a new article naming Tokayev, and forgets it once deleted', async function () {
    this.timeout(60000);
    const extra = vscode.Uri.joinPath(workspaceFolder().uri, 'tokayev-brief.md');
    const text = '# Brief\n\nKazakh President Kassym-Jomart Tokayev met reporters on Friday. Tokayev said little.\n';
    await vscode.workspace.fs.writeFile(extra, new TextEncoder().encode(text));
    try {
      const document = await openFixture(ARTICLE);
      await tokayevHoverSaying(document, 2);
    } finally {
      await vscode.workspace.fs.delete(extra);
    }
    const document = await openFixture(ARTICLE);
    await tokayevHoverSaying(document, 1);
  });

  it('switches the Copydesk view to the workspace and back', async () => {
    await vscode.commands.executeCommand('copydesk.viewWorkspace');
    await vscode.commands.executeCommand('copydesk.outline.focus');
    await vscode.commands.executeCommand('copydesk.viewArticle');
  });
});
