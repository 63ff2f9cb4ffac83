// The archive index in the real VS Code on a generated folder of 2,000 articles (written at test time
// into the test workspace, removed afterwards): the hover's "appears in N other articles" agrees
// with `copydesk who` run on the same folder, and a saved edit updates it. The articles are short
// (about 70 words) to keep the run's cost modest: the extension and the CLI each analyse them once.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TRACKED_PERSON, TRACKED_SURNAME, writeArchive } from './archiveArticles';
import { find, hoverText, until, workspaceFolder } from './helpers';

const COUNT = 2000;
const FOLDER = 'archive-generated';

function runCli(args: string[]): Promise<string> {
  const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'copydesk' && e.packageJSON?.publisher === 'copydesk');
  assert.ok(extension, 'the Copydesk extension is installed');
  const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
  return new Promise((resolve, reject) => {
    // The extension host's own executable runs the CLI (ELECTRON_RUN_AS_NODE: as Node under the desktop's Electron too).
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && error.code !== 1) reject(new Error(`copydesk ${args.join(' ')} failed: ${stderr || String(error)}`));
      else resolve(stdout);
    });
  });
}

/** The articles `copydesk who` finds naming the person, after `copydesk index` of the workspace folder. */
async function cliWho(indexFile: string, name: string): Promise<string[]> {
  const root = workspaceFolder().uri.fsPath;
  await runCli(['index', root, '--index', indexFile]);
  const answer = JSON.parse(await runCli(['who', name, root, '--index', indexFile, '--kind', 'person', '--json'])) as { articles: { path: string }[] };
  return answer.articles.map((a) => a.path);
}

/** The hover on the first mention of `surname` once it says "Appears in `count` other articles". */
async function hoverSaying(document: vscode.TextDocument, surname: string, count: number, ms: number): Promise<string> {
  const expected = `Appears in ${count} other article${count === 1 ? '' : 's'} of the workspace`;
  const position = find(document, surname, 0).start.translate(0, 2);
  let last = '';
  try {
    return await until(
      `the hover to say "${expected}"`,
      async () => {
        last = (await hoverText(document, position)).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
        return last.includes(expected) ? last : undefined;
      },
      ms,
    );
  } catch (error) {
    throw new Error(`${String(error)}; the hover said: ${JSON.stringify(last.slice(0, 400))}`);
  }
}

describe('archive index on a generated folder of 2,000 articles', function () {
  this.timeout(600000);
  let dir: string;
  let indexFile: string;

  before(async () => {
    dir = path.join(workspaceFolder().uri.fsPath, FOLDER);
    indexFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-archive-')), 'archive-index.json');
    await writeArchive(dir, COUNT);
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.dirname(indexFile), { recursive: true, force: true });
  });

  it('the hover count of a name matches `copydesk who` on the same folder', async () => {
    const articles = await cliWho(indexFile, TRACKED_PERSON);
    assert.equal(articles.length, COUNT / 10, 'every tenth article names the tracked person');
    const own = `${FOLDER}/item-00010.txt`;
    assert.ok(articles.includes(own));
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 'item-00010.txt')));
    const hover = await hoverSaying(document, TRACKED_SURNAME, articles.length - 1, 400000);
    assert.match(hover, new RegExp(`\\*\\*${TRACKED_PERSON}\\*\\* — person`));
  });

  it('a saved edit updates the count, as `copydesk index` does for the one changed file', async () => {
    const target = vscode.Uri.file(path.join(dir, 'item-00020.txt'));
    const edited = await vscode.workspace.openTextDocument(target);
    const edit = new vscode.WorkspaceEdit();
    const text = edited.getText();
    edit.replace(target, new vscode.Range(edited.positionAt(0), edited.positionAt(text.length)), text.split(TRACKED_PERSON).join('Greta Thornbury').split(TRACKED_SURNAME).join('Thornbury'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await edited.save());
    const articles = await cliWho(indexFile, TRACKED_PERSON);
    assert.equal(articles.length, COUNT / 10 - 1);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 'item-00010.txt')));
    await hoverSaying(document, TRACKED_SURNAME, articles.length - 1, 60000);
  });
});
