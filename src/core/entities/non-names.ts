// Capitalised words and acronyms that name no person, organization or place. Lower case.

/** Acronyms of things, measures and jobs, not of organizations (`GDP`, `CEO`, `HIV`). */
export const NON_NAME_ACRONYMS: ReadonlySet<string> = new Set([
  'gdp', 'gnp', 'ceo', 'cfo', 'coo', 'cto', 'tv', 'hiv', 'aids', 'dna', 'rna', 'uv', 'pc', 'it', 'ai',
  'pr', 'gps', 'id', 'iq', 'ngo', 'ngos', 'ok', 'am', 'pm', 'bc', 'ad', 'ce', 'bce', 'mp', 'mps', 'phd',
  'md', 'mba', 'ma', 'ba', 'bsc', 'msc', 'dvd', 'cd', 'usb', 'pdf', 'faq', 'diy', 'vip', 'ipo', 'vat',
  'suv', 'atm', 'icu', 'er', 'ufo', 'lgbt', 'lgbtq', 'covid', 'sars', 'mers', 'ebola', 'hd', 'lcd',
  'led', 'cctv', 'kg', 'km', 'mph', 'kmh', 'cm', 'mm', 'ft', 'lb', 'lbs', 'oz', 'mw', 'kw', 'gw', 'mb',
  'gb', 'tb', 'usd', 'eur', 'gbp', 'jpy', 'cpi', 'ppm', 'co2', 'no2', 'ph', 'rip', 'asap', 'fyi',
  'aka', 'eta', 'tba', 'tbd', 'qa', 'ap', 'www', 'url', 'html', 'api', 'sms', 'mri', 'ct', 'ivf', 'std',
  'ptsd', 'adhd', 'ocd', 'ied', 'ieds', 'wmd', 'rpg', 'ak', 'km2', 'i', 'ii', 'iii', 'iv', 'vi', 'vii',
  'viii', 'ix', 'x', 'xi', 'xii',
]);
