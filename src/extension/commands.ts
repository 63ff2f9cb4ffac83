import * as vscode from 'vscode';
import { ALL_COMMAND_IDS, type CommandId, CommandIds } from './commandIds';
import { adjacentMention, mentionAt } from './lookup';
import { toRange } from './ranges';
import type { AnalysisCache } from './workspaceCache';

/** The arguments each command takes. `revealRange` receives JSON from hover links, so a string URI. */
export interface CommandArguments {
  [CommandIds.nextMention]: [];
  [CommandIds.previousMention]: [];
  [CommandIds.refresh]: [];
  [CommandIds.revealRange]: [uri: string | vscode.Uri, start: number, end: number];
  [CommandIds.showOutput]: [];
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

export function commandHandlers(cache: AnalysisCache, log: vscode.LogOutputChannel): CommandHandlers {
  return {
    [CommandIds.nextMention]: () => walkMentions(cache, 'next'),
    [CommandIds.previousMention]: () => walkMentions(cache, 'previous'),
    [CommandIds.refresh]: () => cache.invalidate(),
    [CommandIds.revealRange]: (uri, start, end) => revealRange(uri, start, end, log),
    [CommandIds.showOutput]: () => log.show(true),
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
