/**
 * Which files the workspace index reads: the file name extensions of the languages it knows. Free of
 * `vscode` so that a plain Node test can check it.
 */
const LANGUAGE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  plaintext: ['txt'],
  markdown: ['md', 'markdown'],
  news: ['news', 'story'],
};

/** The glob of the enabled languages' files, or undefined when none has known extensions. */
export function articleGlob(languages: readonly string[]): string | undefined {
  const extensions = [...new Set(languages.flatMap((language) => LANGUAGE_EXTENSIONS[language] ?? []))].sort();
  if (extensions.length === 0) return undefined;
  return extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
}

/** Whether a file's path ends in an extension of one of `languages`. */
export function isArticlePath(filePath: string, languages: readonly string[]): boolean {
  const name = filePath.split('/').pop() ?? '';
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  return languages.some((language) => LANGUAGE_EXTENSIONS[language]?.includes(extension));
}
