// `npm run eval [-- --split train] [--json]`: measures Copydesk against the annotated corpus
// (../shared/corpus, format in its README). Report figures on dev; train is for learning diagnostics.
import { loadCorpus } from './eval/corpus';
import { evaluateFindings, printFindings } from './eval/findings';
import { evaluateNames, printNames } from './eval/names';
import { evaluateTimex, printTimex } from './eval/timex';

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const splitAt = argv.indexOf('--split');
  const split = splitAt >= 0 ? argv[splitAt + 1] : 'dev';
  if (split !== 'dev' && split !== 'train') {
    console.error(`unknown split: ${split} (dev or train)`);
    process.exit(2);
  }
  const docs = loadCorpus(split);
  const names = evaluateNames(docs);
  const timex = evaluateTimex(docs);
  const findings = evaluateFindings(docs);
  if (json) {
    console.log(JSON.stringify({ split, names, timex, findings }));
    return;
  }
  console.log(`split: ${split}`);
  printNames(names);
  console.log('');
  printTimex(timex);
  console.log('');
  printFindings(findings);
}

main(process.argv.slice(2));
