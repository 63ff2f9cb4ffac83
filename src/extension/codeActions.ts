import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { ruleOf } from './diagnostics';
import { toRange } from './ranges';
import type { AnalysisCache } from './workspaceCache';

/**
 * Quick fixes from the findings' fixes. Diagnostics are matched to findings by rule id (`code`) and
 * range; the first fix of each finding is the preferred one (applied by "Auto Fix").
 */
export class FindingFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const diagnostics = context.diagnostics.filter((diagnostic) => ruleOf(diagnostic) !== undefined);
    if (diagnostics.length === 0) return [];
    const result = await this.cache.get(document);
    if (!result || token.isCancellationRequested) return [];

    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of diagnostics) {
      const finding = result.analysis.findings.find(
        (candidate) => candidate.rule === ruleOf(diagnostic) && toRange(document, candidate).isEqual(diagnostic.range),
      );
      if (finding) actions.push(...fixesOf(document, finding, diagnostic));
    }
    return actions;
  }
}

function fixesOf(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  return finding.fixes.map((fix, index) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = index === 0;
    action.edit = new vscode.WorkspaceEdit();
    for (const edit of fix.edits) action.edit.replace(document.uri, toRange(document, edit), edit.replacement);
    return action;
  });
}

export function registerCodeActions(selector: vscode.DocumentSelector, cache: AnalysisCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(selector, new FindingFixProvider(cache), FindingFixProvider.metadata),
  );
}
