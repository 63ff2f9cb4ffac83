import * as path from 'path';
import { type Analysis, type Finding, LineIndex } from '../core';

/** The JSON Lines record of one file (the contract in the design card). */
export function toJsonRecord(file: string, analysis: Analysis): Record<string, unknown> {
  return {
    file,
    referenceDate: analysis.referenceDate.value,
    referenceSource: analysis.referenceDate.source,
    dateline: analysis.dateline,
    entities: analysis.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      roles: e.roles.map((r) => r.text),
      aliases: e.aliases,
      note: e.note ?? null,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, link: m.link })),
    })),
    dates: analysis.dates.map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      kind: d.kind,
      value: d.value,
      anchor: d.anchor,
      rule: d.rule,
      confidence: d.confidence,
    })),
    events: analysis.events.map((e) => ({
      start: e.start,
      end: e.end,
      date: e.date,
      actors: e.actors,
      summary: e.summary,
      // The contract: a subject that is no named entity is given as written (`the board`).
      ...(e.subject ? { subject: e.subject } : {}),
    })),
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      start: f.start,
      end: f.end,
      message: f.message,
      fixes: f.fixes,
    })),
  };
}

/** `file:line:col: severity rule: message`, one per finding, 1-based line and column. */
export function toCheckLines(file: string, text: string, analysis: Analysis): string[] {
  const lines = new LineIndex(text);
  return analysis.findings.map((f) => {
    const p = lines.position(f.start);
    return `${file}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.rule}: ${f.message}`;
  });
}

/** A short readable report for `copydesk analyze` without --json. */
export function toReport(file: string, analysis: Analysis): string {
  const out: string[] = [`${file}`, `  reference date ${analysis.referenceDate.value} (${analysis.referenceDate.source})`];
  if (analysis.dateline) {
    const d = analysis.dateline;
    out.push(`  dateline: ${[d.place, d.date, d.agency].filter(Boolean).join(', ')}`);
  }
  out.push('  actors:');
  for (const e of analysis.entities) {
    const roles = e.roles.length ? ` (${[...new Set(e.roles.map((r) => r.text))].join('; ')})` : '';
    out.push(`    ${e.kind.padEnd(12)} ${e.name}${roles}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`);
  }
  out.push('  events:');
  for (const e of analysis.events) out.push(`    ${(e.date ?? 'undated').padEnd(10)} ${e.summary}`);
  out.push(`  findings: ${analysis.findings.length}`);
  return out.join('\n');
}

/** `copydesk check --format json`: one object per file, each finding with its 1-based line and column too. */
export function toCheckRecord(file: string, text: string, analysis: Analysis): Record<string, unknown> {
  const lines = new LineIndex(text);
  return {
    file,
    findings: analysis.findings.map((f) => {
      const start = lines.position(f.start);
      const end = lines.position(f.end);
      return {
        rule: f.rule,
        severity: f.severity,
        start: f.start,
        end: f.end,
        line: start.line + 1,
        col: start.character + 1,
        endLine: end.line + 1,
        endCol: end.character + 1,
        message: f.message,
        fixes: f.fixes,
      };
    }),
  };
}

/** GitHub's annotation commands by severity: information and hints are notices. */
const GITHUB_COMMANDS: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * `copydesk check --format github`: one workflow command per finding, which GitHub Actions shows as
 * an annotation on the line (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
 * The file is relative to the working folder (the repository's root in a workflow), `/`-separated.
 */
export function toGithubAnnotations(file: string, text: string, analysis: Analysis): string[] {
  const lines = new LineIndex(text);
  const relative = path.relative(process.cwd(), path.resolve(file));
  const shown = (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
  return analysis.findings.map((f) => {
    const start = lines.position(f.start);
    const end = lines.position(f.end);
    const properties = [
      `file=${escapeProperty(shown)}`,
      `line=${start.line + 1}`,
      `col=${start.character + 1}`,
      `endLine=${end.line + 1}`,
      `endColumn=${end.character + 1}`,
      `title=${escapeProperty(`Copydesk ${f.rule}`)}`,
    ];
    return `::${GITHUB_COMMANDS[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`;
  });
}

/** A workflow command's message: `%`, CR and LF escaped (as GitHub's own toolkit does). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
