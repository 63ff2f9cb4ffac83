// Loads the annotated news of ../shared/corpus (format: its README). Used by `npm run eval` and the
// learning scripts; never bundled into the extension.
import * as fs from 'fs';
import * as path from 'path';

export interface GoldEntity {
  start: number;
  end: number;
  type: 'PERSON' | 'ORG' | 'PLACE';
  text: string;
  entity: string;
  wiki: string | null;
}

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  value: string;
  attrs: Record<string, string>;
}

export interface CorpusDoc {
  id: string;
  genre: string;
  title: string;
  dct: string;
  text: string;
  entities: GoldEntity[];
  timex: GoldTimex[];
}

/** The corpus folder: COPYDESK_CORPUS, else ../shared/corpus beside the project. */
export function corpusDir(): string {
  return process.env.COPYDESK_CORPUS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
}

export function loadCorpus(split: 'dev' | 'train', dir = corpusDir()): CorpusDoc[] {
  const file = path.join(dir, `${split}.jsonl`);
  if (!fs.existsSync(file)) {
    throw new Error(`corpus file not found: ${file} (set COPYDESK_CORPUS to the folder holding ${split}.jsonl)`);
  }
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusDoc);
}

/**
 * The dev split in two fixed halves, alternating in id order, chosen before any error on dev was read:
 * part `a` may be inspected document by document while developing rules; part `b` is held out (only
 * its figures are ever printed), so its score is what the rules do on news nobody looked at.
 */
export function devPart(docs: CorpusDoc[], part: 'a' | 'b'): CorpusDoc[] {
  const sorted = [...docs].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return sorted.filter((_, i) => (i % 2 === 0) === (part === 'a'));
}

/** A name MEANTIME marks but does not type as person, organization or place (products, indices, premodifiers). */
export interface OtherName {
  start: number;
  end: number;
  text: string;
  type: string | null;
}

export interface MeantimeTimex extends GoldTimex {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** The article's own date (the creation time). */
  creation: boolean;
}

export interface MeantimeParticipant {
  role: string;
  start: number;
  end: number;
  text: string;
  type: string | null;
  entity: string | null;
}

export interface MeantimeEvent {
  start: number;
  end: number;
  text: string;
  pos: string;
  tense: string;
  times: { timex: number; value: string; reltype: string; direction: string }[];
  participants: MeantimeParticipant[];
}

/** A MEANTIME article: annotation stops at `annotated_end` (title, date line, first four body sentences). */
export interface MeantimeDoc extends CorpusDoc {
  annotated_end: number;
  other_names: OtherName[];
  timex: MeantimeTimex[];
  events: MeantimeEvent[];
}

/** MEANTIME's three sub-corpora, one news topic each: the folds of its cross-validation. */
export const MEANTIME_TOPICS = ['airbus', 'apple', 'gm'] as const;
export type MeantimeTopic = (typeof MEANTIME_TOPICS)[number];

export function loadMeantime(dir = corpusDir()): MeantimeDoc[] {
  const file = path.join(dir, 'meantime-dev.jsonl');
  if (!fs.existsSync(file)) {
    throw new Error(`corpus file not found: ${file} (set COPYDESK_CORPUS to the folder holding meantime-dev.jsonl)`);
  }
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as MeantimeDoc);
}

/** The topic of a MEANTIME article, from its id (`MEANTIME_airbus_…`). */
export function meantimeTopic(doc: MeantimeDoc): MeantimeTopic {
  const topic = doc.id.split('_')[1];
  if (!(MEANTIME_TOPICS as readonly string[]).includes(topic)) throw new Error(`unknown MEANTIME topic in ${doc.id}`);
  return topic as MeantimeTopic;
}

/**
 * One fold of the cross-validation: learn (or read errors) on `train`, the two other topics, and score
 * `test`, the held-out topic. Report the mean over the three folds of the figure on `test`.
 */
export function meantimeFold(docs: MeantimeDoc[], heldOut: MeantimeTopic): { train: MeantimeDoc[]; test: MeantimeDoc[] } {
  return {
    train: docs.filter((d) => meantimeTopic(d) !== heldOut),
    test: docs.filter((d) => meantimeTopic(d) === heldOut),
  };
}
