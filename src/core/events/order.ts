import type { ArticleEvent } from '../types';

/**
 * The one order of events every view shows (outline, Copydesk view, timeline, CLI): dated events by
 * their date value (ISO strings sort as dates; a month before its days), then undated ones; within
 * one date, text order.
 */
export function compareEvents(a: ArticleEvent, b: ArticleEvent): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (!!a.date !== !!b.date) return a.date ? -1 : 1;
  return a.start - b.start;
}
