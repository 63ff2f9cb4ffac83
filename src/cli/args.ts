/** The parsed command line of `copydesk`. */
export interface CliArgs {
  readonly command: 'analyze' | 'check' | 'help' | 'version';
  readonly json: boolean;
  readonly referenceDate?: string;
  readonly files: readonly string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  copydesk analyze [--json] [--reference-date YYYY-MM-DD] FILE...
  copydesk check [--reference-date YYYY-MM-DD] FILE...
  copydesk --help | --version

analyze  prints the analysis of each file (with --json: one JSON object per file, per line)
check    prints file:line:col: severity rule: message for each finding; exits 1 when any
         warning or error is found, 0 otherwise, 2 on a usage or read error`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { command: 'help', json: false, files: [] };
  }
  if (command === '--version' || command === '-v') return { command: 'version', json: false, files: [] };
  if (command !== 'analyze' && command !== 'check') throw new UsageError(`unknown command "${command}"`);
  let json = false;
  let referenceDate: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '--json') json = true;
    else if (arg === '--reference-date' || arg.startsWith('--reference-date=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value === undefined || !isIsoDay(value)) throw new UsageError(`--reference-date needs a date as YYYY-MM-DD, got "${value ?? ''}"`);
      referenceDate = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE`);
  return { command, json, referenceDate, files };
}

export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
