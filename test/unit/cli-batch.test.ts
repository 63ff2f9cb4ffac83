import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeData, escapeProperty } from '../../src/cli/format';
import { main } from '../../src/cli/main';

const ROOT = path.join(__dirname, '..', '..');

async function run(argv: string[], jobs = 1): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, (s) => out.push(s), (s) => err.push(s), { defaultJobs: jobs });
  return { status, out, err };
}

const made: string[] = [];
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder of articles written for these tests (removed after them); `files` maps relative paths to text. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-batch-'));
  made.push(dir);
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), text);
  }
  return dir;
}

/** One names.spelling warning on line 3, column 8. */
const MISSPELT = 'Council member Tobias Wendland opened the session on Monday.\n\nLater, Wendlend thanked the staff, and Wendland left.\n';
const CLEAN = 'Mayor Greta Lindholm spoke to reporters.\nLindholm, who took office in May, said the city would hire twelve teachers.\n';

describe('copydesk check and analyze over folders', () => {
  it('walks a folder for the article extensions, sorted, skipping dot folders and --exclude patterns', async () => {
    const dir = folder({
      'b.md': CLEAN,
      'a.txt': CLEAN,
      'sub/c.news': CLEAN,
      'sub/d.story': CLEAN,
      'e.markdown': CLEAN,
      'notes.docx': CLEAN,
      '.hidden/x.txt': CLEAN,
      'drafts/y.txt': CLEAN,
      'sub/wire-1.txt': CLEAN,
    });
    const { status, out } = await run(['analyze', '--json', '--exclude', 'drafts/', '--exclude', 'wire-*.txt', dir]);
    assert.equal(status, 0);
    const files = out.map((line) => path.relative(dir, (JSON.parse(line) as { file: string }).file).split(path.sep).join('/'));
    assert.deepEqual(files, ['a.txt', 'b.md', 'e.markdown', 'sub/c.news', 'sub/d.story']);
  });

  it('gives the same output, in the same order, on two worker threads as on one', async function () {
    this.timeout(120000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`item-${i}.txt`] = i % 2 ? MISSPELT : `${CLEAN}\n${'The council met again. '.repeat(i * 40)}`;
    const dir = folder(files);
    const one = await run(['check', '--reference-date', '2025-06-04', dir], 1);
    const two = await run(['check', '--reference-date', '2025-06-04', '--jobs', '2', dir], 1);
    assert.equal(one.out.length, 3);
    assert.deepEqual(two, one);
  });

  it('--format github prints one workflow annotation per finding', async () => {
    const dir = folder({ 'desk/a.txt': MISSPELT, 'desk/b.md': CLEAN });
    const { status, out } = await run(['check', '--format', 'github', '--reference-date', '2025-06-04', dir]);
    assert.equal(status, 1);
    assert.equal(out.length, 1);
    const file = path.relative(process.cwd(), path.join(dir, 'desk', 'a.txt')).split(path.sep).join('/');
    const shown = file.startsWith('..') ? path.join(dir, 'desk', 'a.txt') : file;
    assert.equal(
      out[0],
      `::warning file=${escapeProperty(shown)},line=3,col=8,endLine=3,endColumn=16,title=Copydesk names.spelling::` +
        '“Wendlend” looks like a misspelling of “Wendland”, which the article uses 2 times (first on line 1).',
    );
  });

  it('escapes workflow command data and properties', () => {
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('a,b: c%'), 'a%2Cb%3A c%25');
  });

  it('--format json prints one object per file with 1-based positions', async () => {
    const dir = folder({ 'a.txt': MISSPELT });
    const { out } = await run(['check', '--format', 'json', dir]);
    const record = JSON.parse(out[0]) as { findings: { rule: string; line: number; col: number; start: number }[] };
    assert.deepEqual(
      record.findings.map((f) => [f.rule, f.line, f.col, MISSPELT.slice(f.start, f.start + 8)]),
      [['names.spelling', 3, 8, 'Wendlend']],
    );
  });

  it('--max-warnings N exits 1 only beyond N warnings', async () => {
    const dir = folder({ 'a.txt': MISSPELT, 'b.txt': MISSPELT });
    assert.equal((await run(['check', '--max-warnings', '2', dir])).status, 0);
    assert.equal((await run(['check', '--max-warnings', '1', dir])).status, 1);
    assert.equal((await run(['check', '--max-warnings', '0', dir])).status, 1);
    assert.equal((await run(['check', '--max-warnings', 'many', dir])).status, 2);
  });

  it('ends quietly when its output pipe closes (copydesk check … | head -1)', async function () {
    this.timeout(120000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`item-${String(i).padStart(2, '0')}.txt`] = MISSPELT;
    const dir = folder(files);
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'main.ts'), 'check', '--jobs', '1', dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first line, then close the reading end, as `head -1` does.
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    child.stdout.destroy();
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.match(first, /names\.spelling/);
    assert.equal(stderr, '', 'nothing on stderr: no EPIPE stack trace');
    assert.equal(code, 141, '128 + SIGPIPE, as a Unix filter whose reader left');
    assert.ok(Date.now() - started < 20000, 'the run stops instead of analysing the rest');
  });

  it('prints as a process, with its V8 settings, on two workers, what main() prints here on one', async function () {
    this.timeout(180000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 4; i++) files[`desk-${i}.txt`] = i % 2 ? MISSPELT : `${CLEAN}\n${'The board met again on Tuesday. '.repeat(i * 30)}`;
    const dir = folder(files);
    const args = ['check', '--reference-date', '2025-06-04', dir];
    const here = await run(args, 1);
    assert.equal(here.out.length, 2);
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args, '--jobs', '2'], { cwd: ROOT, encoding: 'utf8' });
    // Empty stderr: V8 took every flag of CLI_V8_FLAGS (it prints an error for a flag it does not know).
    assert.equal(child.stderr, '');
    assert.equal(child.status, here.status);
    assert.equal(child.stdout, here.out.map((line) => `${line}\n`).join(''));
  });
});

describe('copydesk index and who', () => {
  const ARTICLES: Record<string, string> = {
    'politics/budget.txt': 'The vote was close.\nSenator Alma Reyes said the Harbor Authority would pay for the new pier. Reyes thanked the board.\n',
    'politics/pier.md': '# Pier\n\nThe Harbor Authority hired Alma Reyes as an adviser. Reyes starts in June.\n',
    'sport/final.txt': 'Coach Pavel Novak said his team would win the final. Novak smiled.\n',
  };

  it('builds the index, answers who with line:col, and updates only what changed', async function () {
    this.timeout(60000);
    const dir = folder(ARTICLES);
    const indexFile = path.join(dir, '.copydesk', 'archive-index.json');
    const built = await run(['index', dir]);
    assert.equal(built.status, 0, built.err.join('\n'));
    assert.match(built.out[0], /3 articles \(3 analysed, 0 unchanged, 0 removed\)/);
    assert.ok(fs.existsSync(indexFile), 'kept in DIR/.copydesk by default');

    const who = await run(['who', 'Alma Reyes', dir]);
    assert.equal(who.status, 0);
    assert.deepEqual(who.out, [
      `${path.join(dir, 'politics', 'budget.txt')}:2:9: Alma Reyes (person, 2 mentions)`,
      `${path.join(dir, 'politics', 'pier.md')}:3:28: Alma Reyes (person, 2 mentions)`,
    ]);
    const bySurname = await run(['who', 'reyes', dir, '--json']);
    assert.deepEqual((JSON.parse(bySurname.out[0]) as { articles: { path: string }[] }).articles.map((a) => a.path), ['politics/budget.txt', 'politics/pier.md']);
    assert.equal((await run(['who', 'Nobody Here', dir])).status, 1);

    // One file changed, one touched without change, one removed, one added.
    fs.writeFileSync(path.join(dir, 'sport', 'final.txt'), 'Coach Pavel Novak praised Alma Reyes. Novak smiled.\n');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'politics', 'pier.md'), later, later);
    fs.rmSync(path.join(dir, 'politics', 'budget.txt'));
    fs.writeFileSync(path.join(dir, 'new.news'), 'Alma Reyes opened the market on Saturday.\n');
    const base = fs.readFileSync(indexFile, 'utf8');
    const updated = await run(['index', dir]);
    assert.match(updated.out[0], /3 articles \(2 analysed, 1 unchanged, 1 removed\)/);
    assert.equal(fs.readFileSync(indexFile, 'utf8'), base, 'a few changes go to the journal, the index file stays');
    assert.ok(fs.existsSync(path.join(dir, '.copydesk', 'archive-index.journal.json')));
    assert.deepEqual((await run(['who', 'Alma Reyes', dir])).out.map((l) => path.relative(dir, l.split(':')[0]).split(path.sep).join('/')), [
      'new.news',
      'politics/pier.md',
      'sport/final.txt',
    ]);
    const again = await run(['index', dir]);
    assert.match(again.out[0], /3 articles \(0 analysed, 3 unchanged, 0 removed\)/);
  });

  it('answers who from the name lookup written with the index, and from the index when the lookup is missing or of another base', async function () {
    this.timeout(60000);
    const dir = folder(ARTICLES);
    assert.equal((await run(['index', dir])).status, 0);
    const indexFile = path.join(dir, '.copydesk', 'archive-index.json');
    const lookup = path.join(dir, '.copydesk', 'archive-index.lookup');
    assert.ok(fs.existsSync(path.join(lookup, 'head.json')) && fs.existsSync(path.join(lookup, '0.json')), 'the lookup beside the index');
    const expected = (await run(['who', 'Reyes', dir])).out;
    assert.equal(expected.length, 2);

    // The lookup is what answers: with the base itself unreadable as JSON, who still answers.
    const base = fs.readFileSync(indexFile, 'utf8');
    fs.writeFileSync(indexFile, `${base.slice(0, 200)} not JSON`);
    assert.deepEqual((await run(['who', 'Reyes', dir])).out, expected);

    // A lookup made from another base is not used: the base answers.
    fs.writeFileSync(indexFile, base.replace(/"id":"[^"]*"/, '"id":"rewritten"'));
    fs.writeFileSync(path.join(lookup, '0.json'), JSON.stringify({ ...JSON.parse(fs.readFileSync(path.join(lookup, '0.json'), 'utf8')), keys: {} }));
    assert.deepEqual((await run(['who', 'Reyes', dir])).out, expected);
    fs.rmSync(lookup, { recursive: true });
    assert.deepEqual((await run(['who', 'Reyes', dir])).out, expected);
  });

  it('says so when there is no index, and refuses a file as the archive folder', async () => {
    const dir = folder({ 'a.txt': CLEAN });
    const who = await run(['who', 'Greta Lindholm', dir]);
    assert.equal(who.status, 2);
    assert.match(who.err.join('\n'), /no archive index .* run `copydesk index/);
    assert.equal((await run(['index', path.join(dir, 'a.txt')])).status, 2);
  });
});
