// Linked entities on news the fixtures do not contain: articles of the annotated corpus
// (../shared/corpus/dev.jsonl beside the project). The expectation comes from the human annotation,
// never from Copydesk: for each of the first two articles in which the annotators link a later
// surname to an earlier full name of a person, the hover on the surname and the outline must show
// that full name.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { hoverContaining, until, withReferenceDate, workspaceFolder } from './util';

interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text: string;
  entity: string;
}
interface CorpusDoc {
  id: string;
  dct: string;
  text: string;
  entities: GoldEntity[];
}
interface Case {
  doc: CorpusDoc;
  full: GoldEntity;
  surname: GoldEntity;
}

function corpusCases(count: number): Case[] {
  // Beside the project, found from this bundle (dist/test/integration.js) rather than from the
  // extension, which the VSIX check installs elsewhere.
  const file = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');
  assert.ok(fs.existsSync(file), `the corpus is beside the project: ${file}`);
  const cases: Case[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || cases.length >= count) continue;
    const doc = JSON.parse(line) as CorpusDoc;
    const people = doc.entities.filter((e) => e.type === 'PERSON');
    for (const full of people.filter((e) => e.text.includes(' '))) {
      const surname = people.find(
        (e) => e.entity === full.entity && e.start > full.end && !e.text.includes(' ') && full.text.endsWith(` ${e.text}`),
      );
      if (surname) {
        cases.push({ doc, full, surname });
        break;
      }
    }
  }
  return cases;
}

describe('corpus articles (linked people)', () => {
  const cases = corpusCases(2);
  it('finds two annotated articles to check', () => assert.equal(cases.length, 2));

  for (const { doc, full, surname } of cases) {
    describe(doc.id, () => {
      withReferenceDate(doc.dct);
      let document: vscode.TextDocument;
      before(async () => {
        const uri = vscode.Uri.joinPath(workspaceFolder().uri, `${doc.id}.txt`);
        await vscode.workspace.fs.writeFile(uri, Buffer.from(doc.text, 'utf8'));
        document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
      });
      after(() => vscode.commands.executeCommand('workbench.action.closeActiveEditor'));

      it(`hover on "${surname.text}" names ${full.text}`, async () => {
        const position = document.positionAt(surname.start + 1);
        await hoverContaining(document, position, full.text);
      });

      it(`outline lists ${full.text} among the Actors`, async () => {
        const actors = await until('document symbols with Actors', async () => {
          const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
          return symbols?.find((s) => s.name === 'Actors');
        });
        assert.ok(actors.children.some((a) => a.name === full.text), actors.children.map((a) => a.name).join(', '));
      });
    });
  }
});
