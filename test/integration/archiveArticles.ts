// A generated folder of short news items for the archive index's test in the real VS Code: sentences
// written for this test (general newsroom constructions), names combined from small lists so that
// some people recur across many articles and most across few.
import * as fs from 'node:fs';
import * as path from 'node:path';

const GIVEN = ['Amelia', 'Jonas', 'Priya', 'Tomas', 'Helena', 'Marcus', 'Ingrid', 'Rafael', 'Nadia', 'Oliver', 'Lucia', 'Henrik', 'Selma', 'Victor', 'Clara', 'Samuel'];
const SURNAMES = ['Whitcombe', 'Okonjo', 'Lindqvist', 'Marchetti', 'Castellano', 'Brennan', 'Halvorsen', 'Abernathy', 'Fairbanks', 'Kowalczyk', 'Pemberton', 'Rasmussen', 'Sandoval', 'Underwood', 'Wexford', 'Galloway'];
const TOWNS = ['MILLBROOK', 'EASTPORT', 'RIVERTON', 'ASHFORD', 'GLENDALE', 'BAYSIDE'];
const PROJECTS = ['repair the old river bridge', 'open a second library branch', 'replace the water mains on Elm Street', 'extend the night bus service', 'rebuild the harbor wall'];

/** The person every tenth article quotes first, and no other: the name the test asks about. */
export const TRACKED_PERSON = 'Beatrix Quennell';
export const TRACKED_SURNAME = 'Quennell';

function person(i: number): string {
  return `${GIVEN[i % GIVEN.length]} ${SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length]}`;
}

/** Article `n` of the folder: about 70 words, two people quoted, a council and a town. */
export function archiveArticle(n: number): string {
  const first = n % 10 === 0 ? TRACKED_PERSON : person((n * 37 + 11) % 250);
  const second = person((n * 53 + 101) % 256);
  const surname = (full: string) => full.split(' ').pop() ?? full;
  const town = TOWNS[n % TOWNS.length];
  const project = PROJECTS[n % PROJECTS.length];
  return [
    `${town} (Copydesk Wire) — ${first}, a spokeswoman for the town council, said on Tuesday that the council would ${project} before winter.`,
    '',
    `"We have waited long enough for this," ${surname(first)} said at a meeting in the town hall.`,
    '',
    `${second}, who chairs the finance committee, told reporters the work would cost about ${(n % 9) + 2} million dollars. ${surname(second)} said the committee would vote on the plan next week.`,
    '',
  ].join('\n');
}

/** Writes `count` articles into `dir` (created), `item-00001.txt` onwards, a batch at a time (the extension host stays responsive). */
export async function writeArchive(dir: string, count: number): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true });
  for (let n = 1; n <= count; n += 100) {
    const batch = [];
    for (let k = n; k < Math.min(count + 1, n + 100); k++) batch.push(fs.promises.writeFile(path.join(dir, `item-${String(k).padStart(5, '0')}.txt`), archiveArticle(k)));
    await Promise.all(batch);
  }
}
