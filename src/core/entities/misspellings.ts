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
  return editDistance(a, b, limit) <= limit;
}
