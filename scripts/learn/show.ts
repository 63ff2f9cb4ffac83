// Diagnostic: prints the entities findEntities gives for one article (no dates engine needed).
import * as fs from 'fs';
import { findEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/text/sentences';

const text = fs.readFileSync(process.argv[2], 'utf8');
for (const e of findEntities(text, splitSentences(text), { dateline: null, dates: [] })) {
  console.log(`${e.id} [${e.name}] roles=${JSON.stringify(e.roles.map((r) => r.text))} note=${e.note ?? ''}`);
  console.log('   ' + e.mentions.map((m) => `${m.text}/${m.link}`).join(' | '));
}
