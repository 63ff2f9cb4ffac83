import { type Analysis, LineIndex } from '../core';

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
    events: analysis.events.map((e) => ({ start: e.start, end: e.end, date: e.date, actors: e.actors, summary: e.summary })),
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
