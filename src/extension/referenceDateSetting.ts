import * as vscode from 'vscode';

/**
 * Writes `copydesk.referenceDate` where it reaches the article: its workspace folder, else the
 * workspace, else the user's settings (a loose file has no narrower place).
 */
export async function setReferenceDate(uri: string, day: string, log: vscode.LogOutputChannel): Promise<void> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
  const target = vscode.Uri.parse(uri);
  const scope = vscode.workspace.getWorkspaceFolder(target)
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  try {
    await vscode.workspace.getConfiguration('copydesk', target).update('referenceDate', day, scope);
  } catch (error) {
    log.error('Setting copydesk.referenceDate failed:', error);
    void vscode.window.showErrorMessage(`Copydesk could not set copydesk.referenceDate: ${error instanceof Error ? error.message : String(error)}`);
  }
}
