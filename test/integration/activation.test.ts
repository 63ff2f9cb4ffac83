// Smoke test: the extension is installed in development mode and activates when an article is opened.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'copydesk.copydesk';

async function until(what: string, ok: () => boolean, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('activation', () => {
  it('opens kazakhstan-unrest.txt and activates copydesk.copydesk @vsix', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace (a copy of test/fixtures) is open');
    const uri = vscode.Uri.joinPath(folder.uri, 'kazakhstan-unrest.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.match(doc.getText(), /Tokayev/);

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is present`);
    await until(`${EXTENSION_ID} is active`, () => ext.isActive);
    // isActive is also true after a failed activation; activate() rethrows its error.
    await ext.activate();
    // The VSIX check (run-integration.js) installs the packaged extension and says where.
    const installedIn = process.env.COPYDESK_EXPECT_INSTALLED_IN;
    if (installedIn) {
      assert.ok(ext.extensionPath.startsWith(installedIn), `${ext.extensionPath} is the VSIX installed in ${installedIn}`);
      assert.equal(ext.extensionKind, vscode.ExtensionKind.Workspace);
    }
  });
});
