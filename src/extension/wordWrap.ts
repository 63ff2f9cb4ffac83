import * as vscode from 'vscode';

/**
 * The languages whose word wrap the walkthrough offers to turn on. `news` has it on by default
 * (package.json `configurationDefaults`); Markdown and plain text belong to every other extension and
 * user too, so Copydesk only offers it, and the user chooses.
 */
export const WRAPPED_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/**
 * Turns word wrap on for Markdown and plain text in the user's settings (`"[markdown]": {
 * "editor.wordWrap": "on" }`): an article's paragraphs are single long lines that otherwise run off
 * the screen. Says what it changed; changes nothing where wrap is already on.
 */
export async function wrapArticleLanguages(log: vscode.LogOutputChannel): Promise<void> {
  const changed: string[] = [];
  for (const languageId of WRAPPED_LANGUAGES) {
    const configuration = vscode.workspace.getConfiguration('editor', { languageId });
    if (configuration.get<string>('wordWrap') === 'on') continue;
    await configuration.update('wordWrap', 'on', vscode.ConfigurationTarget.Global, true);
    changed.push(languageId);
  }
  const names = (ids: readonly string[]) => ids.map((id) => (id === 'plaintext' ? 'plain text' : 'Markdown')).join(' and ');
  const message = changed.length
    ? `Copydesk turned word wrap on for ${names(changed)} (user settings, "editor.wordWrap" per language).`
    : `Word wrap is already on for ${names(WRAPPED_LANGUAGES)}.`;
  log.info(message);
  vscode.window.setStatusBarMessage(message, 6000);
}
