import { addDays, easterSunday, formatIsoDay, lastWeekday, nthWeekday } from './calendar';
import type { HolidayRule } from './words';

/** The ISO day a holiday falls on in a given year. */
export function holidayDate(rule: HolidayRule, year: number): string {
  switch (rule.kind) {
    case 'fixed':
      return formatIsoDay(year, rule.month, rule.day);
    case 'nth':
      return addDays(nthWeekday(year, rule.month, rule.weekday, rule.n), rule.offset ?? 0);
    case 'last':
      return lastWeekday(year, rule.month, rule.weekday);
    case 'easter':
      return addDays(easterSunday(year), rule.offset);
  }
}
