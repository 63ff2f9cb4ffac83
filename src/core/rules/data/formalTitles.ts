/**
 * Formal titles AP capitalizes only directly before a name (`President Joe Biden`, but `the president
 * said`). Longest first so `Vice President` wins over `President`.
 */
export const FORMAL_TITLES: readonly string[] = [
  'Attorney General', 'Prime Minister', 'Vice President', 'Deputy Prime Minister', 'Secretary General',
  'Secretary-General', 'Lieutenant Governor', 'Foreign Minister', 'Defense Minister', 'Defence Minister',
  'Finance Minister', 'Interior Minister', 'Police Chief', 'Fire Chief', 'Chief Executive',
  'President', 'Mayor', 'Governor', 'Senator', 'Chairman', 'Chairwoman', 'Chairperson', 'Chancellor',
  'Premier', 'Minister', 'Secretary', 'Commissioner', 'Superintendent', 'Sheriff', 'Ambassador',
  'Councilman', 'Councilwoman', 'Councilmember', 'Congressman', 'Congresswoman', 'Representative',
  'Treasurer', 'Comptroller', 'Director', 'Judge', 'Pope', 'King', 'Queen', 'Prince', 'Princess',
  'Speaker', 'Dean', 'Provost', 'Bishop', 'Archbishop',
];
