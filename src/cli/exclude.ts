// `.gitignore`-style patterns for `--exclude`. Written here rather than taken from a package: the
// subset a newsroom needs (globs, `**`, anchoring, folders, negation) is sixty lines, and the CLI
// ships as one bundle without further dependencies.

interface Rule {
  readonly negate: boolean;
  readonly directoryOnly: boolean;
  readonly pattern: RegExp;
}

/**
 * Matches paths relative to a walked folder (`/`-separated) against patterns read the way git reads
 * `.gitignore` lines: `#` comments and blank lines ignored; `!` re-includes; a trailing `/` matches
 * folders only; a pattern with a `/` elsewhere is anchored at the folder walked, one without matches
 * a name at any depth; `*` and `?` stay within one path segment, `**` spans segments, `[...]` is a
 * character class. The last pattern that matches decides. A folder excluded is not entered, so its
 * files cannot be re-included (as in git).
 */
export class ExcludeMatcher {
  private readonly rules: Rule[];

  constructor(patterns: readonly string[]) {
    this.rules = patterns.flatMap((line) => {
      const rule = compile(line);
      return rule ? [rule] : [];
    });
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  excludes(relativePath: string, isDirectory: boolean): boolean {
    let excluded = false;
    for (const rule of this.rules) {
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.pattern.test(relativePath)) excluded = !rule.negate;
    }
    return excluded;
  }
}

function compile(line: string): Rule | undefined {
  let text = line.replace(/(?<!\\)\s+$/, '');
  if (text === '' || text.startsWith('#')) return undefined;
  let negate = false;
  if (text.startsWith('!')) {
    negate = true;
    text = text.slice(1);
  } else if (text.startsWith('\\!') || text.startsWith('\\#')) text = text.slice(1);
  const directoryOnly = text.endsWith('/');
  if (directoryOnly) text = text.replace(/\/+$/, '');
  if (text === '') return undefined;
  const anchored = text.includes('/');
  if (text.startsWith('/')) text = text.slice(1);
  const body = globToRegExp(text);
  return { negate, directoryOnly, pattern: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`) };
}

function globToRegExp(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const next = glob[i + 2];
        if (atStart && next === '/') {
          out += '(?:.*/)?'; // `**/`: any folders, none included
          i += 2;
          continue;
        }
        if (atStart && next === undefined) {
          out += '.*'; // `/**` at the end: everything inside
          i += 1;
          continue;
        }
      }
      out += '[^/]*';
      while (glob[i + 1] === '*') i++;
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const inner = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${inner}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escapeChar(glob[++i]);
    } else out += escapeChar(c);
  }
  return out;
}

function escapeChar(c: string): string {
  return /[.+^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
