// Shared steps of the integration suites: open a workspace file, poll, read a hover.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** Analysis runs after activation and diagnostics are debounced: poll instead of sleeping. */
export async function until<T>(what: string, probe: () => Thenable<T | undefined> | T | undefined, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The test workspace: a temporary copy of test/fixtures made by the harness. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (a copy of test/fixtures) is open');
  return folder;
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder().uri, name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Sets `copydesk.referenceDate` for the workspace during a suite, and removes it afterwards. */
export function withReferenceDate(day: string | undefined | (() => string)): void {
  const update = (value: string | undefined) =>
    vscode.workspace.getConfiguration('copydesk').update('referenceDate', value, vscode.ConfigurationTarget.Workspace);
  before(() => update(typeof day === 'function' ? day() : day));
  after(() => update(undefined));
}

/** The hover's text as a reader sees it (Markdown escapes removed). */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** The hover's text once it contains `needle` (the analysis may still be running). */
export function hoverContaining(document: vscode.TextDocument, position: vscode.Position, needle: string): Promise<string> {
  return until(`a hover containing ${JSON.stringify(needle)}`, async () => {
    const value = await hoverText(document, position);
    return value.includes(needle) ? value : undefined;
  });
}
