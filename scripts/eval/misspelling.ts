// Misspelling benchmark (issue #14): in a fresh copy of each article, one mention of a person's name
// word that the article also gives elsewhere is corrupted the way fingers do (two letters swapped, one
// doubled, one dropped, a vowel changed); the figure is the share of corruptions `names.spelling`
// flags at that very place. Beside it, `names.spelling` findings per 1,000 words on the untouched
// articles: the false-alarm rate. The corrupted word is chosen from the GOLD annotation (PERSON
// mentions of one entity), so the benchmark does not depend on what the engine itself finds.
import { analyzeArticle } from '../../src/core/analyze';
import type { CorpusDoc, GoldEntity } from './corpus';
import { FORMAL_TITLES } from '../../src/core/rules/data/formalTitles';
import { mulberry32 } from '../../test/random';

// A gold mention can be a title alone (`the President` said): a title is not a name to misspell.
const TITLES: ReadonlySet<string> = new Set(FORMAL_TITLES.flatMap((t) => t.split(/\s+/)));

/** Corrupted copies made per article (each with one corruption): more samples than articles. */
const COPIES_PER_ARTICLE = 6;
const SEED = 14;
const RULE = 'names.spelling';

export type Corruption = 'swap' | 'double' | 'drop' | 'vowel';
const OPERATIONS: readonly Corruption[] = ['swap', 'double', 'drop', 'vowel'];

export interface MisspellingSample {
  doc: string;
  /** Where the corrupted word starts. */
  start: number;
  original: string;
  corrupted: string;
  operation: Corruption;
  possessive: boolean;
  flagged: boolean;
}

export interface MisspellingReport {
  documents: number;
  samples: number;
  flagged: number;
  /** flagged / samples */
  share: number;
  byOperation: Record<Corruption, { samples: number; flagged: number }>;
  possessives: { samples: number; flagged: number };
  /** Untouched articles: words and `names.spelling` findings. */
  words: number;
  cleanFindings: number;
  cleanPerThousandWords: number;
  /**
   * Of the untouched articles' findings, those that are slips in the published text itself: the
   * flagged word and the form it points to are mentions of one person in the annotation (`Ms
   * Bauchtman` for `Lydia Buchtmann`). The rest are false alarms.
   */
  cleanSourceSlips: number;
  falseAlarmsPerThousandWords: number;
  /** The missed corruptions (for reading on training material only). */
  missed: MisspellingSample[];
  /** The findings on the untouched articles (for reading on training material only). */
  alarms: { doc: string; word: string; context: string; message: string; sourceSlip: boolean }[];
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface Target {
  start: number;
  end: number;
  word: string;
}

/**
 * Words of a gold PERSON mention that the same entity's OTHER mentions also use as their last word
 * (the surname, or the family name of a surname-first name used alone): `Vance` in `Maria Vance` when
 * `Vance` is used elsewhere. Alphabetic, capitalised, three letters or more.
 */
export function corruptibleWords(doc: CorpusDoc & { annotated_end?: number }): Target[] {
  const limit = doc.annotated_end ?? doc.text.length;
  const people = doc.entities.filter((e) => e.type === 'PERSON' && e.end <= limit);
  const byEntity = new Map<string, GoldEntity[]>();
  for (const e of people) {
    const list = byEntity.get(e.entity) ?? [];
    list.push(e);
    byEntity.set(e.entity, list);
  }
  const targets: Target[] = [];
  const seen = new Set<number>();
  for (const mentions of byEntity.values()) {
    if (mentions.length < 2) continue;
    for (const m of mentions) {
      for (const w of wordsOf(doc.text, m)) {
        if (seen.has(w.start) || !/^\p{Lu}\p{Ll}{2,}$/u.test(w.word) || TITLES.has(w.word)) continue;
        const elsewhere = mentions.some((o) => o !== m && lastWord(doc.text, o) === w.word);
        if (!elsewhere) continue;
        seen.add(w.start);
        targets.push(w);
      }
    }
  }
  return targets.sort((a, b) => a.start - b.start);
}

function wordsOf(text: string, span: { start: number; end: number }): Target[] {
  const out: Target[] = [];
  const re = /[\p{L}\p{M}'’-]+/gu;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(re)) {
    const word = m[0].replace(/['’]s$/, '');
    const start = span.start + (m.index ?? 0);
    out.push({ start, end: start + word.length, word });
  }
  return out;
}

function lastWord(text: string, span: { start: number; end: number }): string | undefined {
  const ws = wordsOf(text, span);
  return ws[ws.length - 1]?.word;
}

const VOWELS = 'aeiou';

/** One typing error in `word`, never on its first letter (typos there are rare and change the look). */
export function corrupt(word: string, operation: Corruption, random: () => number): string | null {
  const pick = (n: number) => Math.floor(random() * n);
  const chars = [...word];
  switch (operation) {
    case 'swap': {
      const spots = chars.map((_, i) => i).filter((i) => i >= 1 && i + 1 < chars.length && chars[i] !== chars[i + 1]);
      if (spots.length === 0) return null;
      const i = spots[pick(spots.length)];
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      return chars.join('');
    }
    case 'double': {
      const spots = chars.map((_, i) => i).filter((i) => i >= 1 && chars[i] !== chars[i - 1] && chars[i] !== chars[i + 1]);
      if (spots.length === 0) return null;
      const i = spots[pick(spots.length)];
      chars.splice(i, 0, chars[i]);
      return chars.join('');
    }
    case 'drop': {
      if (chars.length < 4) return null;
      const spots = chars.map((_, i) => i).filter((i) => i >= 1);
      const i = spots[pick(spots.length)];
      chars.splice(i, 1);
      return chars.join('');
    }
    case 'vowel': {
      const spots = chars.map((_, i) => i).filter((i) => i >= 1 && VOWELS.includes(chars[i]));
      if (spots.length === 0) return null;
      const i = spots[pick(spots.length)];
      const others = [...VOWELS].filter((v) => v !== chars[i]);
      chars[i] = others[pick(others.length)];
      return chars.join('');
    }
  }
}

/** Two MEANTIME articles carry no creation date: they are read with the engine's own reference date. */
function optionsFor(doc: CorpusDoc): { referenceDate?: string } {
  return doc.dct ? { referenceDate: doc.dct } : {};
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function evaluateMisspelling(docs: readonly (CorpusDoc & { annotated_end?: number })[]): MisspellingReport {
  const byOperation = Object.fromEntries(OPERATIONS.map((o) => [o, { samples: 0, flagged: 0 }])) as MisspellingReport['byOperation'];
  const possessives = { samples: 0, flagged: 0 };
  const missed: MisspellingSample[] = [];
  const alarms: MisspellingReport['alarms'] = [];
  let samples = 0;
  let flagged = 0;
  let words = 0;
  let cleanFindings = 0;
  let cleanSourceSlips = 0;
  for (const doc of docs) {
    words += countWords(doc.text);
    const clean = analyzeArticle(doc.text, optionsFor(doc)).findings.filter((f) => f.rule === RULE);
    cleanFindings += clean.length;
    for (const f of clean) {
      const context = doc.text.slice(Math.max(0, f.start - 40), f.end + 40).replace(/\s+/g, ' ');
      const sourceSlip = isSourceSlip(doc, f);
      if (sourceSlip) cleanSourceSlips++;
      alarms.push({ doc: doc.id, word: doc.text.slice(f.start, f.end), context, message: f.message, sourceSlip });
    }

    const random = mulberry32(SEED ^ hashString(doc.id));
    const targets = corruptibleWords(doc);
    const articleWords = new Set(doc.text.match(/\p{L}+/gu) ?? []);
    const used = new Set<number>();
    for (let copy = 0; copy < COPIES_PER_ARTICLE && used.size < targets.length; copy++) {
      let target: Target | undefined;
      for (let tries = 0; tries < 10 && !target; tries++) {
        const t = targets[Math.floor(random() * targets.length)];
        if (!used.has(t.start)) target = t;
      }
      if (!target) break;
      used.add(target.start);
      const operation = OPERATIONS[Math.floor(random() * OPERATIONS.length)];
      let wrong = corrupt(target.word, operation, random);
      let op = operation;
      // A word too short for this operation takes the next one that applies.
      for (let k = 1; (wrong === null || articleWords.has(wrong)) && k < OPERATIONS.length; k++) {
        op = OPERATIONS[(OPERATIONS.indexOf(operation) + k) % OPERATIONS.length];
        wrong = corrupt(target.word, op, random);
      }
      // A corruption that lands on another word of the article is not a misspelling it could see.
      if (wrong === null || articleWords.has(wrong)) continue;
      const text = doc.text.slice(0, target.start) + wrong + doc.text.slice(target.end);
      const start = target.start;
      const end = start + wrong.length;
      const hit = analyzeArticle(text, optionsFor(doc)).findings.some((f) => f.rule === RULE && f.start < end && f.end > start);
      const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
      samples++;
      byOperation[op].samples++;
      if (possessive) possessives.samples++;
      if (hit) {
        flagged++;
        byOperation[op].flagged++;
        if (possessive) possessives.flagged++;
      } else {
        missed.push({ doc: doc.id, start: target.start, original: target.word, corrupted: wrong, operation: op, possessive, flagged: false });
      }
    }
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    documents: docs.length,
    samples,
    flagged,
    share: samples ? round(flagged / samples) : 0,
    byOperation,
    possessives,
    words,
    cleanFindings,
    cleanPerThousandWords: perThousand(cleanFindings, words),
    cleanSourceSlips,
    falseAlarmsPerThousandWords: perThousand(cleanFindings - cleanSourceSlips, words),
    missed,
    alarms,
  };
}

/** Several reports as one (the topics of MEANTIME into the whole corpus). */
function perThousand(n: number, words: number): number {
  return words ? Math.round((n * 1000 * 100) / words) / 100 : 0;
}

/**
 * A finding on an untouched article that catches the article's own slip: the flagged word and the
 * form the finding points to (its related span) sit in gold mentions of one and the same person,
 * spelled differently.
 */
function isSourceSlip(doc: CorpusDoc, finding: { start: number; end: number; related?: readonly { start: number; end: number }[] }): boolean {
  const right = finding.related?.[0];
  if (!right) return false;
  const personAt = (at: { start: number; end: number }) =>
    doc.entities.find((e) => e.type === 'PERSON' && e.start <= at.start && at.end <= e.end)?.entity;
  const a = personAt(finding);
  return a !== undefined && a === personAt(right) && doc.text.slice(finding.start, finding.end) !== doc.text.slice(right.start, right.end);
}

export function mergeMisspelling(reports: readonly MisspellingReport[]): MisspellingReport {
  const sum = (f: (r: MisspellingReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const samples = sum((r) => r.samples);
  const flagged = sum((r) => r.flagged);
  const words = sum((r) => r.words);
  const cleanFindings = sum((r) => r.cleanFindings);
  const cleanSourceSlips = sum((r) => r.cleanSourceSlips);
  const byOperation = Object.fromEntries(
    OPERATIONS.map((o) => [o, { samples: sum((r) => r.byOperation[o].samples), flagged: sum((r) => r.byOperation[o].flagged) }]),
  ) as MisspellingReport['byOperation'];
  return {
    documents: sum((r) => r.documents),
    samples,
    flagged,
    share: samples ? Math.round((flagged / samples) * 1000) / 1000 : 0,
    byOperation,
    possessives: { samples: sum((r) => r.possessives.samples), flagged: sum((r) => r.possessives.flagged) },
    words,
    cleanFindings,
    cleanPerThousandWords: perThousand(cleanFindings, words),
    cleanSourceSlips,
    falseAlarmsPerThousandWords: perThousand(cleanFindings - cleanSourceSlips, words),
    missed: reports.flatMap((r) => r.missed),
    alarms: reports.flatMap((r) => r.alarms),
  };
}

export function printMisspelling(label: string, report: MisspellingReport, log: (s: string) => void = console.log): void {
  const ops = OPERATIONS.map((o) => `${o} ${report.byOperation[o].flagged}/${report.byOperation[o].samples}`).join(', ');
  log(
    `  ${label.padEnd(22)} flagged ${report.share.toFixed(3)} (${report.flagged}/${report.samples}; ${ops}; ` +
      `possessive ${report.possessives.flagged}/${report.possessives.samples})   ` +
      `untouched: ${report.cleanPerThousandWords.toFixed(2)} per 1,000 words (${report.cleanFindings} in ${report.words} words` +
      `${report.cleanSourceSlips ? `, ${report.cleanSourceSlips} of them slips in the published text` : ''}), ` +
      `false alarms ${report.falseAlarmsPerThousandWords.toFixed(2)} per 1,000`,
  );
}
