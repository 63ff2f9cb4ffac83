/**
 * Acronyms a general news reader knows without expansion (AP allows them on first reference).
 * Extend per newsroom with the `copydesk.knownAcronyms` setting.
 */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'AI', 'AIDS', 'AM', 'PM', 'AP', 'AFP', 'ABC', 'BBC', 'CBS', 'CNN', 'NBC', 'NPR', 'PBS', 'HBO', 'ESPN',
  'ATM', 'CD', 'DVD', 'CEO', 'CFO', 'COO', 'CTO', 'CIA', 'FBI', 'NSA', 'KGB', 'DNA', 'RNA', 'HIV', 'GDP',
  'EU', 'UN', 'US', 'USA', 'UK', 'UAE', 'USSR', 'NATO', 'NASA', 'OPEC', 'WHO', 'IMF', 'WTO', 'OECD',
  'UNESCO', 'UNICEF', 'FIFA', 'UEFA', 'IOC', 'NFL', 'NBA', 'MLB', 'NHL', 'NCAA', 'GOP', 'IRS', 'FDA',
  'CDC', 'EPA', 'FAA', 'FCC', 'SEC', 'IQ', 'ID', 'OK', 'TV', 'PC', 'GPS', 'USB', 'PDF', 'SUV', 'VIP',
  'NGO', 'COVID', 'SARS', 'LGBT', 'LGBTQ', 'MP', 'MPs', 'ICU', 'ER', 'CPR', 'MRI', 'NYPD', 'LAPD', 'FAQ',
  'DC', 'NYC', 'ISIS', 'IPO', 'IT', 'HR', 'RAF', 'UFO', 'URL', 'HQ', 'PR', 'QB', 'VAT', 'BC', 'AD',
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'OPCW', 'ASEAN', 'APEC', 'BRICS', 'G7', 'G20',
  'NYSE', 'NASDAQ', 'IBM', 'BMW', 'BP', 'HSBC', 'UPS', 'AT&T', 'SAT', 'GMT', 'UTC', 'EST', 'PST', 'CST',
  'EDT', 'PDT', 'CDT', 'MST', 'MDT', 'mph', 'DJ', 'MC', 'RV', 'PhD', 'MBA', 'CT', 'ET', 'PT', 'A', 'I',
  // units, computing and other everyday abbreviations
  'KB', 'MB', 'GB', 'TB', 'CPU', 'GPU', 'RAM', 'ROM', 'LED', 'LCD', 'HTML', 'CSS', 'API', 'PIN', 'SMS',
  'MP3', 'XP', 'LSD', 'NHS', 'DPRK', 'CCTV', 'VPN', 'WiFi', 'FAQ', 'ASAP', 'RSVP', 'DIY', 'UV', 'TNT',
]);
