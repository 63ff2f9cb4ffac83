import * as vscode from 'vscode';
import { addToGlossaryJson, type GlossaryAddition, glossaryAddition } from '../core';
import { ALL_COMMAND_IDS, type CommandId, CommandIds, SAMPLE_ARTICLE } from './commandIds';
import { folderOf, type GlossaryService } from './glossary';
import { adjacentMention, mentionAt } from './lookup';
import { toRange } from './ranges';
import { setReferenceDate } from './referenceDateSetting';
import { mergeWords, nameWords } from './spellWords';
import type { TimelinePanel } from './timeline';
import { wrapArticleLanguages } from './wordWrap';
import type { AnalysisCache, DocumentAnalysis } from './workspaceCache';
import { INDEXED_KINDS, type IndexedName, type WorkspaceIndex } from './workspaceIndex';

/** What the Copydesk view shows. */
export type ViewMode = 'article' | 'workspace';

/**
 * The arguments each command takes. `revealRange` receives JSON from hover links, so a string URI;
 * `addToGlossary` receives the document's URI and the entry from a code action.
 */
export interface CommandArguments {
  [CommandIds.addNamesToSpellChecker]: [];
  [CommandIds.addToGlossary]: [uri: string, addition: GlossaryAddition];
  [CommandIds.nextMention]: [];
  [CommandIds.openSample]: [];
  [CommandIds.previousMention]: [];
  [CommandIds.refresh]: [];
  [CommandIds.revealRange]: [uri: string | vscode.Uri, start: number, end: number];
  [CommandIds.setReferenceDate]: [uri: string, day: string];
  [CommandIds.showInWorkspace]: [name?: IndexedName];
  [CommandIds.showOutput]: [];
  [CommandIds.showTimeline]: [uri?: vscode.Uri];
  [CommandIds.viewArticle]: [];
  [CommandIds.viewWorkspace]: [];
  [CommandIds.wrapArticleLanguages]: [];
}

export type CommandHandlers = {
  readonly [Id in CommandId]: (...args: CommandArguments[Id]) => unknown;
};

/** A `command:` link for trusted Markdown (hovers). */
export function commandUri<Id extends CommandId>(id: Id, args: CommandArguments[Id]): string {
  return `command:${id}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** A command for a tree item or code lens, typed by its id. */
export function command<Id extends CommandId>(id: Id, title: string, args: CommandArguments[Id]): vscode.Command {
  return { command: id, title, arguments: args };
}

export function registerCommands(handlers: CommandHandlers): vscode.Disposable {
  return vscode.Disposable.from(...ALL_COMMAND_IDS.map((id) => registerOne(id, handlers[id])));
}

function registerOne<Id extends CommandId>(id: Id, handler: CommandHandlers[Id]): vscode.Disposable {
  return vscode.commands.registerCommand(id, (...args: unknown[]) =>
    (handler as (...args: unknown[]) => unknown)(...args),
  );
}

/** What the commands work with. */
export interface CommandServices {
  readonly cache: AnalysisCache;
  readonly glossaries: GlossaryService;
  readonly timeline: TimelinePanel;
  readonly log: vscode.LogOutputChannel;
  readonly index: WorkspaceIndex;
  readonly setViewMode: (mode: ViewMode) => void;
}

export function commandHandlers({ cache, glossaries, timeline, log, index, setViewMode }: CommandServices): CommandHandlers {
  return {
    [CommandIds.addNamesToSpellChecker]: () => addNamesToSpellChecker(cache, glossaries, log),
    [CommandIds.addToGlossary]: (uri, addition) => addToGlossary(glossaries, uri, addition, log),
    [CommandIds.nextMention]: () => walkMentions(cache, 'next'),
    [CommandIds.openSample]: () => openSample(),
    [CommandIds.previousMention]: () => walkMentions(cache, 'previous'),
    [CommandIds.refresh]: () => cache.invalidate(),
    [CommandIds.revealRange]: (uri, start, end) => revealRange(uri, start, end, log),
    [CommandIds.setReferenceDate]: (uri, day) => setReferenceDate(uri, day, log),
    [CommandIds.showInWorkspace]: (name) => showInWorkspace(cache, index, name),
    [CommandIds.showOutput]: () => log.show(true),
    [CommandIds.showTimeline]: (uri) => showTimeline(cache, timeline, uri),
    [CommandIds.viewArticle]: () => setViewMode('article'),
    [CommandIds.viewWorkspace]: () => setViewMode('workspace'),
    [CommandIds.wrapArticleLanguages]: () => wrapArticleLanguages(log),
  };
}

/** Moves the selection to the next (or previous) mention of the entity under the cursor, wrapping. */
async function walkMentions(cache: AnalysisCache, direction: 'next' | 'previous'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const { document } = editor;
  const result = await cache.get(document);
  if (!result || result.version !== document.version || vscode.window.activeTextEditor !== editor) return;
  const hit = mentionAt(result.analysis, document.offsetAt(editor.selection.active));
  if (!hit) {
    vscode.window.setStatusBarMessage('Copydesk: put the cursor on a name to walk through its mentions.', 4000);
    return;
  }
  const target = adjacentMention(hit, direction);
  const range = toRange(document, target);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const position = hit.entity.mentions.indexOf(target) + 1;
  vscode.window.setStatusBarMessage(
    `Copydesk: ${hit.entity.name}, mention ${position} of ${hit.entity.mentions.length}`,
    4000,
  );
}

/** The walkthrough's first step: the sample article of the open folder. */
async function openSample(): Promise<void> {
  const [uri] = await vscode.workspace.findFiles(`**/${SAMPLE_ARTICLE}`, undefined, 1);
  if (!uri) {
    void vscode.window.showInformationMessage(
      `Copydesk: no ${SAMPLE_ARTICLE} in the open folder. Open any article (plain text, Markdown or a .news file) instead.`,
    );
    return;
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/**
 * A quick pick of the other articles of the workspace naming `name` (from a hover link), or the
 * person or organization under the cursor; the chosen one opens.
 */
async function showInWorkspace(cache: AnalysisCache, index: WorkspaceIndex, name: IndexedName | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!isIndexedName(name)) {
    const result = editor && (await cache.get(editor.document));
    const hit = result && editor && mentionAt(result.analysis, editor.document.offsetAt(editor.selection.active));
    if (!hit || !INDEXED_KINDS.includes(hit.entity.kind)) {
      vscode.window.setStatusBarMessage('Copydesk: put the cursor on the name of a person or an organization.', 4000);
      return;
    }
    name = { kind: hit.entity.kind, name: hit.entity.name };
  }
  const here = editor?.document.uri.toString();
  const uris = index.articlesNaming(name).filter((uri) => uri.toString() !== here);
  if (uris.length === 0) {
    void vscode.window.showInformationMessage(`Copydesk: no other article of the workspace names ${name.name}.`);
    return;
  }
  const picked = await vscode.window.showQuickPick(
    uris.map((uri) => ({ label: uri.path.split('/').pop() ?? uri.toString(true), description: vscode.workspace.asRelativePath(uri), uri })),
    { title: `Articles naming ${name.name}`, placeHolder: 'Open an article' },
  );
  if (picked) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(picked.uri));
}

function isIndexedName(value: unknown): value is IndexedName {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, name } = value as Partial<IndexedName>;
  return typeof name === 'string' && typeof kind === 'string' && INDEXED_KINDS.includes(kind);
}

/** Opens the document and selects `[start, end)` (UTF-16 offsets, as in the Analysis). */
async function revealRange(
  uri: string | vscode.Uri,
  start: number,
  end: number,
  log: vscode.LogOutputChannel,
): Promise<void> {
  // Arguments arrive from hover links as JSON, so check them before use.
  if (!Number.isInteger(start) || !Number.isInteger(end) || (typeof uri !== 'string' && !(uri instanceof vscode.Uri))) {
    log.warn(`${CommandIds.revealRange}: ignored invalid arguments`, uri, start, end);
    return;
  }
  const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const range = toRange(document, { start, end });
  await vscode.window.showTextDocument(document, { selection: range });
}

/** The analysed article in the active editor (or `uri`), or a message in the status bar saying why not. */
async function activeArticle(
  cache: AnalysisCache,
  uri?: vscode.Uri,
): Promise<{ document: vscode.TextDocument; result: DocumentAnalysis } | undefined> {
  const document =
    uri instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
  const result = document && (await cache.get(document));
  if (!document || !result) {
    void vscode.window.showInformationMessage('Copydesk: open an article (plain text, Markdown or a .news file) first.');
    return undefined;
  }
  return { document, result };
}

async function showTimeline(cache: AnalysisCache, timeline: TimelinePanel, uri: vscode.Uri | undefined): Promise<void> {
  const article = await activeArticle(cache, uri);
  if (article) await timeline.show(article.document);
}

/**
 * Creates or updates the JSON glossary of the document's folder with `addition`. A YAML glossary is
 * the newsroom's hand-written file: Copydesk says what to add rather than rewrite it.
 */
async function addToGlossary(
  glossaries: GlossaryService,
  uri: string,
  addition: GlossaryAddition,
  log: vscode.LogOutputChannel,
): Promise<void> {
  // The arguments come from a code action, but a command can be run with anything: check them.
  if (typeof uri !== 'string' || typeof addition?.name !== 'string' || !Array.isArray(addition.aliases)) {
    log.warn(`${CommandIds.addToGlossary}: ignored invalid arguments`, uri, addition);
    return;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage('Copydesk uses the glossary only in a trusted workspace.');
    return;
  }
  const folder = folderOf(vscode.Uri.parse(uri));
  if (!folder) {
    void vscode.window.showInformationMessage('Copydesk keeps the glossary in a workspace folder: open the article\'s folder first.');
    return;
  }
  const location = await glossaries.locationFor(folder);
  const shown = vscode.workspace.asRelativePath(location.uri, false);
  if (location.format === 'yaml') {
    const aliases = addition.aliases.length > 0 ? ` with aliases ${addition.aliases.join(', ')}` : '';
    void vscode.window.showInformationMessage(
      `The glossary ${shown} is YAML, which Copydesk does not rewrite: add “${addition.name}”` +
        `${addition.kind ? ` (${addition.kind})` : ''}${aliases} to it by hand.`,
    );
    return;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === location.uri.toString());
  if (open?.isDirty) {
    void vscode.window.showWarningMessage(`Save ${shown} first: it has changes Copydesk would overwrite.`);
    return;
  }
  const source = location.exists ? new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(location.uri)) : undefined;
  const update = addToGlossaryJson(source, addition);
  if ('error' in update) {
    void vscode.window.showWarningMessage(`${shown}: ${update.error}`);
    return;
  }
  if (update.change === 'unchanged') {
    vscode.window.setStatusBarMessage(`Copydesk: “${addition.name}” is already in ${shown}.`, 4000);
    return;
  }
  await vscode.workspace.fs.writeFile(location.uri, new TextEncoder().encode(update.text));
  glossaries.reload(folder);
  const verb = update.change === 'updated' ? 'Updated' : 'Added';
  vscode.window.setStatusBarMessage(`Copydesk: ${verb} “${addition.name}” in ${shown}.`, 4000);
  log.info(`${verb} “${addition.name}” in ${location.uri.toString(true)}`);
}

/**
 * Adds the words of the article's names (and of the glossary's) to the workspace's `cSpell.words`.
 * With Code Spell Checker installed the setting is written through the configuration API; without
 * it VS Code refuses to write an unknown setting, so the folder's `.vscode/settings.json` is edited
 * directly (when it is plain JSON) and the words are there once the extension is installed.
 */
async function addNamesToSpellChecker(cache: AnalysisCache, glossaries: GlossaryService, log: vscode.LogOutputChannel): Promise<void> {
  const article = await activeArticle(cache);
  if (!article) return;
  const { document, result } = article;
  const folder = folderOf(document.uri);
  if (!folder) {
    void vscode.window.showInformationMessage('Copydesk writes the words to the workspace settings: open the article\'s folder first.');
    return;
  }
  const names = result.analysis.entities.flatMap((entity) => {
    const { name, aliases } = glossaryAddition(entity, result.analysis.findings);
    return [name, ...aliases];
  });
  const glossary = (await glossaries.loadedFor(folder))?.glossary;
  for (const entry of glossary?.entries ?? []) names.push(entry.name, ...entry.aliases);
  const words = nameWords(names);

  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const target = multiRoot ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  const configuration = vscode.workspace.getConfiguration('cSpell', folder.uri);
  const inspected = configuration.inspect<unknown>('words');
  const existing = multiRoot ? inspected?.workspaceFolderValue : inspected?.workspaceValue;
  const merged = mergeWords(existing, words);
  let added: number | undefined = merged.length - mergeWords(existing, []).length;
  try {
    await configuration.update('words', merged, target);
  } catch (error) {
    log.info('cSpell.words is not a registered setting (Code Spell Checker not installed?); editing settings.json:', error);
    added = await writeFolderSetting(folder, 'cSpell.words', words);
    if (added === undefined) return;
  }
  void vscode.window.showInformationMessage(
    added > 0 ? `Copydesk: added ${added} name word(s) to cSpell.words.` : 'Copydesk: cSpell.words already has every name word.',
  );
}

/**
 * Merges `words` into the string list `key` of the folder's `.vscode/settings.json`: how many were
 * new, or undefined when the file cannot be rewritten safely.
 */
async function writeFolderSetting(
  folder: vscode.WorkspaceFolder,
  key: string,
  words: readonly string[],
): Promise<number | undefined> {
  const uri = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
  let settings: Record<string, unknown> = {};
  try {
    const source = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    if (source.trim() !== '') {
      const parsed: unknown = JSON.parse(source);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new SyntaxError('not an object');
      settings = parsed as Record<string, unknown>;
    }
  } catch (error) {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
      // Comments or trailing commas: rewriting would lose them.
      void vscode.window.showWarningMessage(
        `Copydesk could not add to ${key} in ${vscode.workspace.asRelativePath(uri)} (it is not plain JSON). ` +
          `Install Code Spell Checker, or add these words: ${words.join(', ')}`,
      );
      return undefined;
    }
  }
  const before = mergeWords(settings[key], []).length;
  settings[key] = mergeWords(settings[key], words);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(settings, null, 4)}\n`));
  return (settings[key] as string[]).length - before;
}
