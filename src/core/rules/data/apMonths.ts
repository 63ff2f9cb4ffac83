/**
 * AP style for months: with a specific day, these are abbreviated (`Jan. 5`); March through July
 * are always spelled out. Alone or with a year only, every month is spelled out.
 */
export const AP_MONTHS: readonly { readonly full: string; readonly ap: string; readonly other: readonly string[] }[] = [
  { full: 'January', ap: 'Jan.', other: ['Jan'] },
  { full: 'February', ap: 'Feb.', other: ['Feb'] },
  { full: 'March', ap: 'March', other: ['Mar', 'Mar.'] },
  { full: 'April', ap: 'April', other: ['Apr', 'Apr.'] },
  { full: 'May', ap: 'May', other: [] },
  { full: 'June', ap: 'June', other: ['Jun', 'Jun.'] },
  { full: 'July', ap: 'July', other: ['Jul', 'Jul.'] },
  { full: 'August', ap: 'Aug.', other: ['Aug'] },
  { full: 'September', ap: 'Sept.', other: ['Sep', 'Sep.', 'Sept'] },
  { full: 'October', ap: 'Oct.', other: ['Oct'] },
  { full: 'November', ap: 'Nov.', other: ['Nov'] },
  { full: 'December', ap: 'Dec.', other: ['Dec'] },
];
