import type { Dateline } from '../types';
import { US_STATE_ABBREVIATIONS } from '../lexicon';
import { MONTHS, WEEKDAYS } from './words';
import type { NumericOrder } from './resolve';

/**
 * The order of day and month a dateline implies for numeric dates (`04/03/2025`): day first when
 * the dateline writes its own date day first (`NAIROBI, 18 June`) or names a region that is no US
 * state (`LAGOS, Nigeria, June 18`); month first for a US state (`SPRINGFIELD, Ill.`); null when
 * the dateline does not say (a city alone: `BEIJING (AP)`), and American order stays the default.
 */
export function datelineOrder(text: string, dateline: Dateline | null): NumericOrder | null {
  if (!dateline?.placeSpan) return null;
  const rest = text.slice(dateline.placeSpan.end, dateline.end);
  if (/^[^(]*?,\s*\d{1,2}\s+[A-Za-z]{3,9}\b/.test(rest)) return 'dmy';
  const regions = rest
    .replace(/\(.*$/s, '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^\p{Lu}/u.test(part));
  for (const region of regions) {
    const first = region.split(/\s+/)[0].replace(/\.$/, '').toLowerCase();
    if (MONTHS.has(first) || WEEKDAYS.has(first)) break; // the date: no region after it
    const key = region.replace(/\s+/g, '').replace(/\.$/, '').toLowerCase();
    if (US_STATE_ABBREVIATIONS.has(key) || US_STATES.has(region.toLowerCase())) return 'mdy';
    return 'dmy';
  }
  return null;
}

/** State names AP writes in full in datelines, and all others in case copy spells them out. */
const US_STATES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky',
  'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi',
  'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico',
  'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont',
  'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'd.c', 'puerto rico',
]);
