import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { type CopydeskSettings, normalizeSettings, SETTINGS_SECTION } from './settings';
import type { UserMessages } from './userMessages';

/** URI schemes of documents worth checking: not diff views (`git:`), output panes or settings. */
export const ANALYSED_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

/** A document selector for every enabled language in every analysed scheme. */
export function documentSelector(languages: readonly string[]): vscode.DocumentFilter[] {
  return languages.flatMap((language) => ANALYSED_SCHEMES.map((scheme) => ({ language, scheme })));
}

/**
 * The validated `copydesk.*` settings that apply to `resource`, read afresh and silently. For
 * occasional readers (the workspace index); everything on the editing path asks `Settings`.
 */
export function readSettings(resource?: vscode.Uri): CopydeskSettings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, resource);
  return normalizeSettings((key) => configuration.get(key));
}

/**
 * The `copydesk.*` settings, read and validated once per workspace folder and kept until one of
 * them changes (every keystroke asks for them: the debounce, the languages, the size limit). A value
 * ignored as invalid is reported to the user once per session, all of a reading's problems in one
 * message.
 */
export class Settings extends Disposable {
  private readonly byFolder = new Map<string, CopydeskSettings>();
  private readonly reported = new Set<string>();

  private readonly didChange = this.register(new vscode.EventEmitter<vscode.ConfigurationChangeEvent>());
  /** A `copydesk.*` setting changed (fired after this store forgot what it read): what was read from them is out of date. */
  readonly onDidChange = this.didChange.event;

  constructor(private readonly messages: UserMessages) {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SETTINGS_SECTION)) return;
        this.byFolder.clear();
        this.didChange.fire(e);
      }),
    );
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.byFolder.clear()));
  }

  /** The settings for `resource` (a document or a folder); the workspace's without one. */
  for(resource?: vscode.Uri): CopydeskSettings {
    const folder = resource ? vscode.workspace.getWorkspaceFolder(resource) : undefined;
    const key = folder?.uri.toString() ?? '';
    let settings = this.byFolder.get(key);
    if (!settings) {
      settings = this.read(folder?.uri ?? resource);
      this.byFolder.set(key, settings);
    }
    return settings;
  }

  /** Whether `copydesk.languages` (for this document's folder) covers the document. */
  isEnabled(document: vscode.TextDocument): boolean {
    return ANALYSED_SCHEMES.includes(document.uri.scheme) && this.for(document.uri).languages.includes(document.languageId);
  }

  private read(resource: vscode.Uri | undefined): CopydeskSettings {
    const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, resource);
    const fresh: string[] = [];
    const settings = normalizeSettings(
      (key) => configuration.get(key),
      (problem) => {
        if (this.reported.has(problem)) return;
        this.reported.add(problem);
        fresh.push(problem);
      },
    );
    if (fresh.length > 0) this.messages.warn(`Copydesk ignores invalid settings and uses their defaults: ${fresh.join('; ')}.`);
    return settings;
  }
}
