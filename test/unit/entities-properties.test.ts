// Properties of the names found in every text we have: the annotated corpora (../shared/corpus, which
// CI keeps beside the clone: a missing corpus fails here, it is never skipped) and test/fixtures.
// Each property is one class of glitch a reader sees at once; none names a string of any text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import type { Analysis, Entity } from '../../src/core/types';
import { loadCorpus, loadMeantime } from '../../scripts/eval/corpus';
import { isLearnedCommonWord } from '../../src/core/entities/learned-words';
import { ORG_DECIDING_WORDS, NEWS_AGENCIES } from '../../src/core/entities/kinds';
import { NAME_PARTICLES, SURNAME_FIRST_FAMILY_NAMES, US_STATE_ABBREVIATIONS } from '../../src/core/lexicon';

interface Text {
  readonly id: string;
  readonly text: string;
}

function fixtureTexts(): Text[] {
  const out: Text[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(?:txt|md|news)$/.test(name)) out.push({ id: path.relative(dir, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(__dirname, '..', 'fixtures'));
  return out;
}

const texts: Text[] = [
  ...loadCorpus('dev').map((d) => ({ id: d.id, text: d.text })),
  ...loadCorpus('train').map((d) => ({ id: d.id, text: d.text })),
  ...loadMeantime().map((d) => ({ id: d.id, text: d.text })),
  ...fixtureTexts(),
];

const analyses = new Map<string, Analysis>();
function analysisOf(t: Text): Analysis {
  let a = analyses.get(t.id);
  if (!a) {
    a = analyzeArticle(t.text);
    analyses.set(t.id, a);
  }
  return a;
}

/** Runs `check` on every text and fails once with every violation found, so a run shows them all. */
function everywhere(check: (t: Text, a: Analysis) => string[]): void {
  assert.ok(texts.length > 100, `expected the corpora and fixtures, found ${texts.length} texts`);
  const problems: string[] = [];
  for (const t of texts) for (const p of check(t, analysisOf(t))) problems.push(`${t.id}: ${p}`);
  assert.deepEqual(problems, []);
}

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => w !== '');

/** Lines of a text with their offsets. */
function lines(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return out;
}

/**
 * A headline or title line: the first non-empty line (when not running text), a Markdown heading, or a short line (at most
 * twelve words) that ends without sentence punctuation (`Sports`, `School board picks new coach`).
 */
function isTitleLine(line: string, first: boolean): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (t.startsWith('#')) return true;
  // The first line heads the text unless it is running text (a whole article on one line).
  if (first) return t.split(/\s+/).length <= 20 && !/[.!?]["”’)]?\s/.test(t);
  return wordsOf(t).length <= 12 && !/[.!?:;,"”')\]]$/.test(t);
}

describe('entities: properties on every corpus text and fixture', function () {
  this.timeout(600_000);

  it('no entity is only ever the cut-off tail of a longer name in the same article (`York` in `New York`)', () => {
    everywhere((t, a) => {
      const names = new Set<string>();
      for (const e of a.entities) for (const m of e.mentions) names.add(m.text);
      return a.entities.filter((e) => e.mentions.every((m) => isCutTail(t.text, m, names))).map((e) => `${e.kind} ${e.name} is only ever the tail of a longer name`);
    });
  });

  it('no name from a headline or title line is made only of words used in lower case', () => {
    everywhere((t, a) => {
      const lower = lowerCaseWords(t.text);
      const all = lines(t.text);
      let seenText = false;
      const titleSpans = all.filter((l) => {
        const first = !seenText && l.text.trim() !== '';
        if (l.text.trim() !== '') seenText = true;
        return isTitleLine(l.text, first);
      });
      const body = all.filter((l) => !titleSpans.includes(l)).map((l) => l.text).join('\n');
      const out: string[] = [];
      for (const e of a.entities) {
        for (const m of e.mentions) {
          if (m.link === 'title' || !titleSpans.some((l) => l.start <= m.start && m.end <= l.end)) continue;
          const ws = wordsOf(m.text).map((w) => w.replace(/[.'’]+$/, ''));
          // An acronym is not a lower-case word (`US`, `us`).
          const ordinary = ws.every((w) => !/\p{Lu}.*\p{Lu}/u.test(w) && (lower.has(w.toLowerCase()) || isLearnedCommonWord(w.toLowerCase())));
          // The body's own capitals mid-sentence say it is a name after all (`the White House said`).
          const escaped = m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const namedInBody = new RegExp(`[\\p{Ll},] ${escaped}\\b`, 'u').test(body);
          if (ordinary && !namedInBody) out.push(`${e.kind} ${m.text} from a title line`);
        }
      }
      return out;
    });
  });

  it("a dateline's place takes its state or country abbreviation (never an organization)", () => {
    everywhere((t, a) => {
      const d = a.dateline;
      if (!d || !d.placeSpan) return [];
      const out: string[] = [];
      const after = t.text.slice(d.placeSpan.end, d.end);
      const m = /^,\s*((?:\p{Lu}[\p{L}]*\.\s?)+)/u.exec(after);
      if (!m) return [];
      const abbreviation = m[1].trim();
      if (!US_STATE_ABBREVIATIONS.has(abbreviation.toLowerCase().replace(/\.$/, '').replace(/\s/g, ''))) return [];
      const start = d.placeSpan.end + after.indexOf(abbreviation);
      for (const e of a.entities) {
        for (const x of e.mentions) if (x.start < start + abbreviation.length && start < x.end && e.kind !== 'place') out.push(`${abbreviation} is ${e.kind}`);
      }
      return out;
    });
  });

  it('an organization head word or legal suffix ending a name makes it no person', () => {
    everywhere((_, a) => {
      const out: string[] = [];
      for (const e of a.entities) {
        const last = wordsOf(e.name).pop()?.toLowerCase().replace(/\.$/, '') ?? '';
        if (e.kind === 'person' && wordsOf(e.name).length > 1 && ORG_DECIDING_WORDS.has(last)) out.push(`${e.name} is a person`);
      }
      return out;
    });
  });

  it('news agencies are organizations', () => {
    everywhere((_, a) => a.entities.filter((e) => NEWS_AGENCIES.has(e.name.toLowerCase()) && e.kind !== 'organization').map((e) => `${e.name} is ${e.kind}`));
  });

  it("a surname-first name's family name alone links to it", () => {
    everywhere((_, a) => {
      const out: string[] = [];
      for (const p of a.entities.filter((e) => e.kind === 'person')) {
        const w = wordsOf(p.name);
        if (w.length < 2 || !SURNAME_FIRST_FAMILY_NAMES.has(w[0].toLowerCase())) continue;
        const alone = a.entities.filter((e) => e !== p && e.name === w[0] && e.kind === 'person' && !hasOtherFull(a.entities, p, w[0]));
        for (const e of alone) out.push(`${e.name} not linked to ${p.name}`);
      }
      return out;
    });
  });

  it("a person's name keeps its lower-case particle (`de`, `van`, `von`) when the article gives it", () => {
    everywhere((t, a) => {
      const out: string[] = [];
      for (const e of a.entities.filter((x) => x.kind === 'person')) {
        for (const m of e.mentions) {
          const before = /(?:^|[^\p{L}])(\p{Ll}+) $/u.exec(t.text.slice(Math.max(0, m.start - 12), m.start));
          if (!before || !NAME_PARTICLES.has(before[1])) continue;
          // Only where the article writes the particle with this name in a full name too.
          const full = new RegExp(`\\p{Lu}\\p{L}+ ${before[1]} ${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
          if (!full.test(t.text)) continue;
          if (!m.text.startsWith(before[1])) out.push(`${m.text} lost its particle ${before[1]}`);
        }
      }
      return out;
    });
  });
});

/** Another person whose name also starts with this family name: then the bare name is ambiguous. */
function hasOtherFull(entities: readonly Entity[], p: Entity, family: string): boolean {
  return entities.some((e) => e !== p && e.kind === 'person' && wordsOf(e.name).length > 1 && wordsOf(e.name)[0] === family);
}

/** Words the text writes in lower case in running text (not inside an address: `ann.ray@…`). */
function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of text.split(/\s+/)) {
    const bare = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(bare)) out.add(bare);
  }
  return out;
}

/**
 * A mention that sits right after the first words of a longer name found in the article, so that
 * together they spell that name (`York` in `New York`): the tail of a name cut off its head. A head
 * ending in a joining word (`Bank of` England) names a name inside a name, not a cut.
 */
function isCutTail(text: string, m: { start: number; text: string }, names: ReadonlySet<string>): boolean {
  for (const n of names) {
    if (n.length <= m.text.length || !n.endsWith(` ${m.text}`)) continue;
    const head = n.slice(0, n.length - m.text.length);
    if (/\b(?:of|for|and|the|de|du|la|on)\s$/.test(head)) continue;
    if (text.slice(m.start - head.length, m.start) === head) return true;
  }
  return false;
}
