/**
 * When one written name reads as a typing slip for another: the distance allowed grows with the
 * name's length (one edit up to seven letters, two from eight), the first letter stays (slips there
 * are rare and make another name), and a plural (`Vances` for `Vance`) or a change of case is not a
 * slip; the other way round (`Quili` for `Quilis`) is a dropped letter.
 */
import { editDistance } from '../text/editDistance';

/** Whether `variant` may be `form` mistyped: `Vanse`/`Vance`, `Keey`/`Key`, `Moahmed`/`Mohamed`. */
export function isNameSlip(variant: string, form: string): boolean {
  if (variant === form) return false;
  const shorter = Math.min(variant.length, form.length);
  if (shorter < 3) return false;
  if (variant[0].toLowerCase() !== form[0].toLowerCase()) return false;
  const a = variant.toLowerCase();
  const b = form.toLowerCase();
  if (a === b) return false;
  // `the Vances`, `the Joneses`: a family in the plural, not a slip (but `Jobss` is one: a name
  // ending in s takes -es).
  if ((a === `${b}s` && !b.endsWith('s')) || a === `${b}es`) return false;
  const limit = shorter >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > limit) return false;
  // One slip leaves at most two letters apart once the common start and end are set aside: a cheap
  // test that spares most pairs the full distance (names.spelling compares many).
  if (limit === 1 && differingMiddle(a, b) > 2) return false;
  return editDistance(a, b, limit) <= limit;
}

/** The length of the longer of the two middles left after removing the common prefix and suffix. */
function differingMiddle(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let j = 0;
  while (j < shorter - i && a.charCodeAt(a.length - 1 - j) === b.charCodeAt(b.length - 1 - j)) j++;
  return Math.max(a.length, b.length) - i - j;
}
