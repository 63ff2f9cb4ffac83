import * as vscode from 'vscode';
import type { Dateline, DateMention, Span } from '../core';
import { assumedDatelineDay, writesYear } from './codeActions';
import { commandUri } from './commands';
import { CommandIds } from './commandIds';
import { dateExplanation, distinctRoles, formatDateValue, pluralize, snippet } from './labels';
import { contains, dateAt, type MentionHit, mentionAt } from './lookup';
import { toRange } from './ranges';
import type { AnalysisCache, DocumentAnalysis } from './workspaceCache';
import { INDEXED_KINDS, type WorkspaceIndex } from './workspaceIndex';

/** More links than this make the hover a wall: the outline lists them all. */
const MAX_CONTEXT_LINES = 8;

/**
 * Hover on a name: who it is, how the article introduces them, and every other sentence that names
 * them (each a link). Hover on a date: the day it resolves to and why. Hover on the dateline: what
 * it says.
 */
export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly index?: WorkspaceIndex,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const result = await this.cache.get(document);
    if (!result || token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const { analysis } = result;

    const hit = mentionAt(analysis, offset);
    if (hit) return new vscode.Hover(entityMarkdown(document, result, hit, this.index), toRange(document, hit.mention));
    const date = dateAt(analysis, offset);
    const assumed = assumedDatelineDay(result);
    const fromWeekday = !!analysis.referenceDate.yearFromWeekday;
    if (date) return new vscode.Hover(withAssumedYear(dateMarkdown(date), writesYear(date.text) ? null : assumed, fromWeekday), toRange(document, date));
    if (analysis.dateline && contains(analysis.dateline, { start: offset, end: offset })) {
      return new vscode.Hover(withAssumedYear(datelineMarkdown(analysis.dateline), assumed, fromWeekday), toRange(document, analysis.dateline));
    }
    return undefined;
  }
}

export function registerHover(selector: vscode.DocumentSelector, cache: AnalysisCache, index?: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(vscode.languages.registerHoverProvider(selector, new ArticleHoverProvider(cache, index)));
}

function entityMarkdown(
  document: vscode.TextDocument,
  result: DocumentAnalysis,
  hit: MentionHit,
  index: WorkspaceIndex | undefined,
): vscode.MarkdownString {
  const { entity, mention } = hit;
  const markdown = new vscode.MarkdownString();
  markdown.isTrusted = { enabledCommands: [CommandIds.revealRange, CommandIds.showInWorkspace] };

  if (mention.link === 'acronym') {
    markdown.appendMarkdown(`**${escape(mention.text)}** stands for *${escape(entity.name)}*\n\n`);
  }
  const firstLine = document.positionAt(entity.firstMention.start).line + 1;
  const summary = [
    `**${escape(entity.name)}**`,
    entity.kind,
    ...distinctRoles(entity).map((role) => `“${escape(role)}”`),
    `${pluralize(entity.mentions.length, 'mention')}, first in line ${firstLine}`,
  ];
  markdown.appendMarkdown(summary.join(' — '));
  if (entity.note) markdown.appendMarkdown(`\n\n*${escape(entity.note)}*`);
  if (index && INDEXED_KINDS.includes(entity.kind)) {
    const name = { kind: entity.kind, name: entity.name };
    const others = index.articlesNaming(name).filter((uri) => uri.toString() !== document.uri.toString());
    if (others.length > 0) {
      const link = commandUri(CommandIds.showInWorkspace, [name]);
      markdown.appendMarkdown(`\n\nAppears in [${pluralize(others.length, 'other article')}](${link}) of the workspace`);
    }
  }

  const context = otherSentences(result, hit);
  if (context.length > 0) {
    markdown.appendMarkdown('\n\n---\n\n');
    for (const { sentence, mention: named } of context.slice(0, MAX_CONTEXT_LINES)) {
      const line = document.positionAt(named.start).line + 1;
      const link = commandUri(CommandIds.revealRange, [result.uri.toString(), named.start, named.end]);
      markdown.appendMarkdown(`- [line ${line}](${link}) ${escape(snippet(result.text, sentence, named))}\n`);
    }
    if (context.length > MAX_CONTEXT_LINES) {
      markdown.appendMarkdown(`\n…and ${pluralize(context.length - MAX_CONTEXT_LINES, 'more sentence')}`);
    }
  }
  return markdown;
}

/** Each sentence naming the entity, other than the one under the cursor, with its first such mention. */
function otherSentences(result: DocumentAnalysis, hit: MentionHit): { sentence: Span; mention: Span }[] {
  const found: { sentence: Span; mention: Span }[] = [];
  const sentences = result.sentences();
  const here = sentences.find((sentence) => contains(sentence, hit.mention));
  for (const mention of hit.entity.mentions) {
    const sentence = sentences.find((candidate) => contains(candidate, mention));
    if (!sentence || sentence === here || found.some((seen) => seen.sentence === sentence)) continue;
    found.push({ sentence, mention });
  }
  return found;
}

function dateMarkdown(date: DateMention): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  const heading = date.value ? formatDateValue(date.value) : `“${date.text}”`;
  markdown.appendMarkdown(`**${escape(heading)}** — ${date.kind} date`);
  const why = dateExplanation(date);
  if (why) markdown.appendMarkdown(`\n\n*${escape(why)}*`);
  if (date.value && date.confidence < 0.8) {
    markdown.appendMarkdown(`\n\n*Confidence ${Math.round(date.confidence * 100)} %: check it.*`);
  }
  return markdown;
}

/**
 * The dateline gives no year, so the article's year is the file's (its modification date): a copy
 * of an old story shows in this year. Say so where the year shows, and where to set it. When the
 * dateline names a weekday, the year is the nearest one that weekday fits, and the hover says that.
 */
function withAssumedYear(markdown: vscode.MarkdownString, assumedDay: string | null, fromWeekday: boolean): vscode.MarkdownString {
  if (!assumedDay) return markdown;
  const year = assumedDay.slice(0, 4);
  const why = fromWeekday
    ? `The year ${year} is the nearest in which the dateline's day falls on its weekday: the dateline gives no year. `
    : `The year ${year} is assumed from the file's date: the dateline gives none. `;
  markdown.appendMarkdown(`\n\n*${why}Set the article's date (quick fix on the dateline) if the story is from another year.*`);
  return markdown;
}

function datelineMarkdown(dateline: Dateline): vscode.MarkdownString {
  const parts = [
    '**Dateline**',
    dateline.place ? escape(dateline.place) : undefined,
    dateline.date ? escape(formatDateValue(dateline.date)) : undefined,
    dateline.agency ? escape(dateline.agency) : undefined,
  ];
  return new vscode.MarkdownString(parts.filter((part) => part !== undefined).join(' — '));
}

/**
 * Article text is not Markdown: `*`, `_`, `[` and friends must show as typed. Escaped text never
 * starts a line here, so the line-start markers (`#`, `-`, `1.`) can stay as they are.
 */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}
