import { compareEvents, type Analysis } from '../core';
import { formatDateValue } from './labels';

/**
 * The timeline webview's content: the article's events in date order, as HTML. Free of `vscode`
 * so that Node can test it; every piece of article text is escaped, and the page loads nothing from
 * outside (its Content Security Policy allows only the inline style and script carrying `nonce`).
 */

export interface TimelineEntry {
  /** `Saturday, 8 January 2022`, or `Undated`. */
  readonly when: string;
  /** ISO value as the core gives it, or null. */
  readonly date: string | null;
  readonly summary: string;
  readonly actors: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** The message the page posts when an entry is clicked. */
export interface RevealMessage {
  readonly type: 'reveal';
  readonly start: number;
  readonly end: number;
}

export function isRevealMessage(value: unknown): value is RevealMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, start, end } = value as Record<string, unknown>;
  return type === 'reveal' && Number.isInteger(start) && Number.isInteger(end) && (start as number) <= (end as number);
}

/** In the core's one order of events (compareEvents, as the outline and the Copydesk view show them). */
export function timelineEntries(analysis: Analysis): TimelineEntry[] {
  const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
  return [...analysis.events]
    .sort(compareEvents)
    .map((event) => ({
      when: event.date ? formatDateValue(event.date) : 'Undated',
      date: event.date,
      summary: event.summary,
      actors: event.actors.map((id) => names.get(id) ?? id),
      start: event.start,
      end: event.end,
    }));
}

export interface TimelinePage {
  /** The article's file name, shown as the heading. */
  readonly title: string;
  readonly entries: readonly TimelineEntry[];
  /** Fresh for every render: only the page's own style and script carry it. */
  readonly nonce: string;
}

export function timelineHtml({ title, entries, nonce }: TimelinePage): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  // One section per date, so that every undated event sits under a single "Undated" heading.
  const sections: { when: string; dated: boolean; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const last = sections[sections.length - 1];
    if (last && last.when === entry.when) last.entries.push(entry);
    else sections.push({ when: entry.when, dated: entry.date !== null, entries: [entry] });
  }
  const item = (entry: TimelineEntry) => `
      <li>
        <a href="#" data-start="${entry.start}" data-end="${entry.end}" title="Go to the text">
          <span class="summary">${escapeHtml(entry.summary)}</span>
        </a>
        ${entry.actors.length > 0 ? `<span class="actors">${entry.actors.map(escapeHtml).join(', ')}</span>` : ''}
      </li>`;
  const items = sections.map(
    (section) => `
    <li class="${section.dated ? 'dated' : 'undated'}">
      <h2 class="when">${escapeHtml(section.when)}</h2>
      <ol>${section.entries.map(item).join('')}
      </ol>
    </li>`,
  );
  const body = entries.length > 0 ? `<ol>${items.join('')}\n  </ol>` : '<p>No events found in this article.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Timeline: ${escapeHtml(title)}</title>
  <style nonce="${nonce}">
    body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
    ol { list-style: none; padding: 0; }
    li.dated, li.undated { margin: 0 0 1em; padding-left: .8em; border-left: 2px solid var(--vscode-textLink-foreground); }
    li.undated { border-left-style: dashed; opacity: .85; }
    li li { margin: 0 0 .5em; }
    h2.when { font-size: 1em; margin: 0 0 .3em; }
    a { color: inherit; text-decoration: none; display: block; }
    a:hover .summary, a:focus .summary { text-decoration: underline; }
    .when { display: block; font-weight: 600; color: var(--vscode-textLink-foreground); }
    .summary { display: block; }
    .actors { color: var(--vscode-descriptionForeground); font-size: .9em; }
  </style>
</head>
<body>
  <h1>${escapeHtml(title)}</h1>
  ${body}
  <script nonce="${nonce}">
    const vscode = acquireVsCodeApi();
    for (const link of document.querySelectorAll('a[data-start]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        vscode.postMessage({ type: 'reveal', start: Number(link.dataset.start), end: Number(link.dataset.end) });
      });
    }
  </script>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
