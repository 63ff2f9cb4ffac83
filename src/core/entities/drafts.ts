import type { EntityKind, Span } from '../types';
import type { Candidate, Draft, EntityContext, Word } from './model';
import { directJudge, type DraftJudge } from './draft-work';
import { isAcronym } from './acronyms';
import { nestedDrafts } from './nested';

/** `judge`: the roles and scores of each candidate (draft-work.ts), computed or kept from an earlier analysis. */
export function toDrafts(text: string, words: readonly Word[], candidates: readonly Candidate[], context: EntityContext, judge: DraftJudge = directJudge(text, words)): Draft[] {
  const drafts: Draft[] = [];
  const place = context.dateline?.placeSpan ?? null;
  const definitions = new Map<number, string>();
  for (const c of candidates) {
    // `Collective Security Treaty Organization (CSTO)`: the next candidate, in brackets, is defined.
    const next = words[c.to + 1];
    if (next && isAcronym(next.text) && /\(\s*$/.test(text.slice(words[c.to].end, next.start)) && /^\s*\)/.test(text.slice(next.end))) {
      definitions.set(c.to + 1, text.slice(words[c.from].start, words[c.to].end));
    }
  }
  for (const c of candidates) {
    const start = words[c.from].start;
    const end = words[c.to].end;
    const isDatelinePlace = place !== null && start < place.end && place.start < end;
    if (isDatelinePlace) continue; // added below, exactly as the dateline gives it
    const { roles, scores } = judge.candidate(c, definitions.has(c.to + 1) && c.to > c.from);
    // `ASHEVILLE, N.C., March 7`: the state or country after the dateline's place is part of where.
    const placeQualifier = place !== null && context.dateline !== null && end <= context.dateline.end && /^\s*,\s*$/.test(text.slice(place.end, start));
    drafts.push({
      start,
      end,
      text: text.slice(start, end),
      from: c.from,
      to: c.to,
      roles,
      scores,
      fixedKind: placeQualifier ? 'place' : null,
      definedBy: c.from === c.to ? definitions.get(c.from) ?? null : null,
    });
  }
  drafts.push(...nestedDrafts(text, words, drafts));
  if (place) {
    drafts.push(external(text, place, 'place'));
  }
  const agency = context.dateline?.agency;
  if (agency && context.dateline) {
    const at = text.indexOf(agency, context.dateline.start);
    if (at >= 0 && at < context.dateline.end + agency.length) {
      const overlapping = drafts.findIndex((d) => d.start < at + agency.length && at < d.end);
      if (overlapping >= 0) drafts.splice(overlapping, 1);
      drafts.push(external(text, { start: at, end: at + agency.length }, 'organization'));
    }
  }
  return drafts.sort((a, b) => a.start - b.start || a.end - b.end);
}

function external(text: string, span: Span, kind: EntityKind): Draft {
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    from: -1,
    to: -1,
    roles: [],
    scores: [0, 0, 0],
    fixedKind: kind,
    definedBy: null,
  };
}
