import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import type { Analysis, AnalyzeOptions } from '../../src/core/types';

export function fixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');
}

/** The article's analysis plus a compact view of its findings: `rule "text"`. */
export function analyzeFixture(name: string, options: AnalyzeOptions = {}): { text: string; analysis: Analysis; findings: string[] } {
  const text = fixture(name);
  const analysis = analyzeArticle(text, options);
  return { text, analysis, findings: analysis.findings.map((f) => `${f.rule} ${JSON.stringify(text.slice(f.start, f.end))}`) };
}

/** Applies a fix's edits (non-overlapping) to the text. */
export function applyEdits(text: string, edits: readonly { start: number; end: number; replacement: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}
