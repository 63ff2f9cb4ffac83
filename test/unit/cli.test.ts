import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

const fixtures = path.join(__dirname, '..', 'fixtures');

async function run(argv: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, (s) => out.push(s), (s) => err.push(s), { defaultJobs: 1 });
  return { status, out, err };
}

interface Json {
  referenceDate: string;
  entities: { id: string; kind: string; name: string; mentions: { start: number; end: number; text: string }[] }[];
  dates: { text: string; value: string | null }[];
  events: { date: string | null; actors: string[]; summary: string }[];
  findings: { rule: string; start: number; end: number }[];
}

async function analyze(file: string, referenceDate?: string): Promise<{ json: Json; text: string }> {
  const args = ['analyze', '--json', ...(referenceDate ? ['--reference-date', referenceDate] : []), path.join(fixtures, file)];
  const { status, out } = await run(args);
  assert.equal(status, 0);
  assert.equal(out.length, 1, 'one JSON line per file');
  return { json: JSON.parse(out[0]) as Json, text: fs.readFileSync(path.join(fixtures, file), 'utf8') };
}

describe('copydesk analyze --json: an event whose subject is no named entity', () => {
  it('gives the subject as written, with offsets into the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-subject-'));
    const file = path.join(dir, 'board.txt');
    const text = 'The county school board voted on Monday to close two rural schools, officials said.\n';
    fs.writeFileSync(file, text);
    const { status, out } = await run(['analyze', '--json', '--reference-date', '2024-03-06', file]);
    assert.equal(status, 0);
    const events = (JSON.parse(out[0]) as { events: { date: string | null; subject?: { start: number; end: number; text: string } }[] }).events;
    const voted = events.find((e) => e.subject?.text === 'The county school board');
    assert.ok(voted, JSON.stringify(events));
    assert.equal(voted.date, '2024-03-04');
    assert.equal(text.slice(voted.subject!.start, voted.subject!.end), 'The county school board');
  });
});

describe('copydesk analyze --json (the design card contract)', () => {
  let json: Json;
  let text: string;
  before(async () => ({ json, text } = await analyze('kazakhstan-unrest.txt', '2022-01-09')));
  const person = (name: string) => json.entities.find((e) => e.kind === 'person' && e.name.endsWith(name));

  it('reports Kassym-Jomart Tokayev with every "Tokayev" among his mentions', () => {
    const tokayev = person('Tokayev');
    assert.equal(tokayev?.name, 'Kassym-Jomart Tokayev');
    const all = [...text.matchAll(/Tokayev/g)].map((m) => m.index);
    for (const at of all) assert.ok(tokayev.mentions.some((m) => m.start <= at! && at! < m.end), `Tokayev at ${at}`);
  });

  it('reports the other people as people', () => {
    for (const name of ['Putin', 'Lukashenko', 'Pashinyan', 'Abdymomunov', 'Masimov', 'Lebedev']) assert.ok(person(name), name);
  });

  it('links CSTO to the Collective Security Treaty Organization', () => {
    const csto = json.entities.find((e) => e.name === 'Collective Security Treaty Organization');
    assert.ok(csto?.mentions.some((m) => m.text === 'CSTO'));
  });

  it('reports Almaty, Kazakhstan and Nur-Sultan as places, never as people', () => {
    for (const name of ['Almaty', 'Kazakhstan', 'Nur-Sultan']) {
      assert.equal(json.entities.find((e) => e.name === name)?.kind, 'place', name);
      assert.ok(!json.entities.some((e) => e.kind === 'person' && e.mentions.some((m) => m.text === name)), name);
    }
  });

  it('has no entity text ending in punctuation, and offsets that slice to the text', () => {
    for (const e of json.entities) {
      for (const m of e.mentions) {
        assert.ok(!/[\p{P}]$/u.test(m.text) || m.text.endsWith('.'), `${m.text}`);
        assert.equal(text.slice(m.start, m.end), m.text);
      }
    }
  });

  it('resolves the dates', () => {
    const values = (t: string) => json.dates.filter((d) => d.text === t).map((d) => d.value);
    assert.deepEqual([...new Set(values('Saturday'))], ['2022-01-08']);
    assert.deepEqual(values('January 5'), ['2022-01-05']);
    assert.deepEqual(values('a day later'), ['2022-01-06']);
  });

  it('has an event dated 2022-01-05 with Masimov among its actors', () => {
    const masimov = person('Masimov')!;
    assert.ok(json.events.some((e) => e.date === '2022-01-05' && e.actors.includes(masimov.id)));
  });
});

describe('copydesk check', () => {
  it('prints file:line:col: severity rule: message and exits 1 on warnings', async () => {
    const file = path.join(fixtures, 'city-council-budget.md');
    const { status, out } = await run(['check', file]);
    assert.equal(status, 1);
    assert.ok(out.includes(`${file}:18:1: warning names.spelling: “Okafour” looks like a misspelling of “Okafor”, which the article uses 2 times (first on line 8).`));
    assert.ok(out.some((l) => /:12:\d+: warning dates\.weekday-mismatch: Oct\. 20, 2025 is a Monday, not a Tuesday\.$/.test(l)));
  });

  it('exits 0 on an article with nothing to report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
    const file = path.join(dir, 'clean.txt');
    fs.writeFileSync(file, 'Mayor Linda Okafor opened the new library on Monday. Okafor thanked the volunteers.\n');
    const { status, out } = await run(['check', '--reference-date', '2025-10-16', file]);
    assert.deepEqual(out, []);
    assert.equal(status, 0);
  });

  it('exits 2 with a clear message on a missing file, a binary file and a bad flag', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
    const binary = path.join(dir, 'junk.txt');
    fs.writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    const before = fs.readFileSync(binary);
    for (const [argv, pattern] of [
      [['check', path.join(dir, 'nope.txt')], /cannot read \(ENOENT\)/],
      [['check', binary], /binary file/],
      [['check', '--frobnicate', binary], /unknown option/],
    ] as [string[], RegExp][]) {
      const { status, err } = await run(argv);
      assert.equal(status, 2, argv.join(' '));
      assert.match(err.join('\n'), pattern);
    }
    assert.deepEqual(fs.readFileSync(binary), before, 'never writes to the files it reads');
  });
});
