// Steps of the editing suites on top of util.ts: finding text, Copydesk diagnostics, reverting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { until } from './util';

export { hoverContaining, hoverText, openFixture, until, withReferenceDate, workspaceFolder } from './util';

/** Where `needle` (the `occurrence`-th, from 0) starts in the document. */
export function find(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = document.getText().indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${JSON.stringify(needle)} (#${occurrence}) is in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The first Copydesk diagnostic of `rule` overlapping `range`, once it is published. */
export function diagnosticAt(document: vscode.TextDocument, rule: string, range: vscode.Range): Promise<vscode.Diagnostic> {
  return until(`${rule} on ${JSON.stringify(document.getText(range))}`, () =>
    vscode.languages
      .getDiagnostics(document.uri)
      .find((d) => d.source === 'copydesk' && ruleOf(d) === rule && d.range.intersection(range) !== undefined),
  );
}

/** Puts the document back as it is on disk (and checks it is). */
export async function revert(document: vscode.TextDocument, original: string): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await until('the document reverted', () => (document.getText() === original && !document.isDirty ? true : undefined));
}
