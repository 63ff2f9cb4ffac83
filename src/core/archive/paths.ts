/** File name extensions of articles: plain text, Markdown, and the `news` language's own. */
export const ARCHIVE_EXTENSIONS: readonly string[] = ['txt', 'md', 'markdown', 'news', 'story'];

/**
 * Whether a path (relative to the archive's root, `/`-separated) is an article the index reads: an
 * article extension, and no folder or file whose name starts with a dot (`.git`, `.copydesk`,
 * `.vscode`: tools' folders, not the newsroom's copy). The CLI and the extension both ask this, so
 * they index the same files of one folder.
 */
export function isArchivePath(relativePath: string, extensions: readonly string[] = ARCHIVE_EXTENSIONS): boolean {
  const segments = relativePath.split('/');
  if (segments.some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..')) return false;
  const name = segments[segments.length - 1];
  const dot = name.lastIndexOf('.');
  return dot > 0 && extensions.includes(name.slice(dot + 1).toLowerCase());
}
