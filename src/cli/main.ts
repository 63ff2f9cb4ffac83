// `copydesk`: the command line over the same core as the extension (contract: shared/design.md).
import { type Analysis, analyzeArticle } from '../core';
import { parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { toCheckLines, toJsonRecord, toReport } from './format';
import { readArticle, ReadError, type Article } from './readArticle';

declare const COPYDESK_VERSION: string | undefined;

export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`copydesk: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    out(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    out(typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : 'dev');
    return 0;
  }
  let status = 0;
  for (const file of args.files) {
    let article: Article;
    try {
      article = readArticle(file);
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      err(`copydesk: ${e.message}`);
      status = 2;
      continue;
    }
    const analysis: Analysis = analyzeArticle(article.text, {
      referenceDate: args.referenceDate,
      datelineYear: article.modifiedYear,
    });
    if (args.command === 'analyze') {
      out(args.json ? JSON.stringify(toJsonRecord(file, analysis)) : toReport(file, analysis));
      continue;
    }
    for (const line of toCheckLines(file, article.text, analysis)) out(line);
    if (status === 0 && analysis.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) status = 1;
  }
  return status;
}

if (require.main === module) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  );
}
