/** How `copydesk check` prints its findings. */
export type CheckFormat = 'text' | 'json' | 'github';

/** The parsed command line of `copydesk`. */
export interface CliArgs {
  readonly command: 'analyze' | 'check' | 'index' | 'who' | 'help' | 'version';
  readonly json: boolean;
  readonly referenceDate?: string;
  /** Files and folders (analyze, check); the archive's folder (index, who). */
  readonly files: readonly string[];
  readonly format?: CheckFormat;
  /** check: exit 1 only when there are errors or more than this many warnings. */
  readonly maxWarnings?: number;
  /** Worker threads; undefined: one per core. */
  readonly jobs?: number;
  /** .gitignore-style patterns of paths to leave out when walking folders. */
  readonly excludes?: readonly string[];
  /** index, who: the index file (default DIR/.copydesk/archive-index.json). */
  readonly indexFile?: string;
  /** who: the name asked for, and the kind when given. */
  readonly name?: string;
  readonly kind?: 'person' | 'organization';
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  copydesk analyze [--json] [--reference-date YYYY-MM-DD] [OPTIONS] FILE|DIR...
  copydesk check [--format text|json|github] [--max-warnings N] [--reference-date YYYY-MM-DD] [OPTIONS] FILE|DIR...
  copydesk index [--index FILE] [OPTIONS] [DIR]
  copydesk who [--json] [--kind person|organization] [--index FILE] NAME [DIR]
  copydesk --help | --version

analyze  prints the analysis of each file (with --json: one JSON object per file, per line)
check    prints file:line:col: severity rule: message for each finding (--format json: one JSON
         object per file, per line; --format github: GitHub Actions workflow annotations); exits 1
         when any error is found or any warning (more than N warnings with --max-warnings N),
         0 otherwise, 2 on a usage or read error
index    builds or updates the archive index of DIR (default: the current folder): who appears in
         which article; only new or changed files are analysed again
who      lists the articles of the index naming NAME (canonical name or alias) and the line:col
         of the first mention in each; exits 1 when none does

A DIR is walked for .txt, .md, .markdown, .news and .story files (folders and files whose name
starts with a dot are skipped). Output is in the order of the arguments, each folder's files sorted.
OPTIONS:
  --jobs N          worker threads (default: one per core)
  --exclude PATTERN leave out paths matching a .gitignore-style pattern (repeatable)`;

const COMMANDS = ['analyze', 'check', 'index', 'who'] as const;

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { command: 'help', json: false, files: [] };
  }
  if (command === '--version' || command === '-v') return { command: 'version', json: false, files: [] };
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}"`);
  const cmd = command as (typeof COMMANDS)[number];
  let json = false;
  let referenceDate: string | undefined;
  let format: CheckFormat | undefined;
  let maxWarnings: number | undefined;
  let jobs: number | undefined;
  let indexFile: string | undefined;
  let kind: 'person' | 'organization' | undefined;
  const excludes: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--json' && inline === undefined) json = true;
    else if (flag === '--reference-date') {
      const v = inline ?? rest[++i];
      if (v === undefined || !isIsoDay(v)) throw new UsageError(`--reference-date needs a date as YYYY-MM-DD, got "${v ?? ''}"`);
      referenceDate = v;
    } else if (flag === '--format' && cmd === 'check') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'github') throw new UsageError(`--format is text, json or github, got "${v}"`);
      format = v;
    } else if (flag === '--max-warnings' && cmd === 'check') maxWarnings = count(flag, value(), 0);
    else if (flag === '--jobs' || flag === '-j') jobs = count(flag, value(), 1);
    else if (flag === '--exclude') excludes.push(value());
    else if (flag === '--index' && (cmd === 'index' || cmd === 'who')) indexFile = value();
    else if (flag === '--kind' && cmd === 'who') {
      const v = value();
      if (v !== 'person' && v !== 'organization') throw new UsageError(`--kind is person or organization, got "${v}"`);
      kind = v;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  const common = { json, referenceDate, jobs, excludes };
  if (cmd === 'who') {
    const [name, dir, ...extra] = files;
    if (name === undefined || name.trim() === '') throw new UsageError('who needs a NAME');
    if (extra.length > 0) throw new UsageError('who takes one NAME and at most one DIR (quote a name of several words)');
    return { command: cmd, ...common, files: [dir ?? '.'], indexFile, name, kind };
  }
  if (cmd === 'index') {
    if (files.length > 1) throw new UsageError('index takes one DIR');
    return { command: cmd, ...common, files: [files[0] ?? '.'], indexFile };
  }
  if (files.length === 0) throw new UsageError(`${cmd} needs at least one FILE or DIR`);
  return cmd === 'check' ? { command: cmd, ...common, files, format: format ?? 'text', maxWarnings } : { command: cmd, ...common, files };
}

function count(flag: string, value: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} needs a whole number of at least ${min}, got "${value}"`);
  return Number(value);
}

export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
