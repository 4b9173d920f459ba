// Place names that appear next to employers and schools (states, provinces, countries and their
// abbreviations), so that "San Jose, CA" is not mistaken for a company or a title.
import cities from '../data/cities.json' with { type: 'json' };

const NAMES = [
  // United States
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska',
  'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia',
  // India
  'andhra pradesh', 'arunachal pradesh', 'assam', 'bihar', 'chhattisgarh', 'goa', 'gujarat', 'haryana',
  'himachal pradesh', 'jharkhand', 'karnataka', 'kerala', 'madhya pradesh', 'maharashtra', 'manipur', 'meghalaya',
  'mizoram', 'nagaland', 'odisha', 'orissa', 'punjab', 'rajasthan', 'sikkim', 'tamil nadu', 'telangana', 'tripura',
  'uttar pradesh', 'uttarakhand', 'west bengal', 'delhi', 'new delhi', 'ncr', 'jammu and kashmir', 'puducherry',
  // Canada, Australia, United Kingdom
  'ontario', 'quebec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia', 'new brunswick',
  'new south wales', 'victoria', 'queensland', 'tasmania', 'england', 'scotland', 'wales', 'northern ireland',
];

const COUNTRY_NAMES = [
  'india', 'usa', 'u.s.a', 'us', 'united states', 'united states of america', 'uk', 'united kingdom', 'canada',
  'australia', 'germany', 'france', 'spain', 'italy', 'netherlands', 'belgium', 'switzerland', 'sweden', 'norway',
  'denmark', 'finland', 'ireland', 'poland', 'portugal', 'brazil', 'mexico', 'argentina', 'chile', 'china',
  'japan', 'singapore', 'malaysia', 'indonesia', 'philippines', 'thailand', 'vietnam', 'south africa', 'nigeria',
  'kenya', 'egypt', 'uae', 'united arab emirates', 'saudi arabia', 'qatar', 'oman', 'kuwait', 'bahrain',
  'pakistan', 'bangladesh', 'sri lanka', 'nepal', 'new zealand', 'greece', 'austria', 'czech republic', 'hungary',
  'romania', 'bulgaria', 'croatia', 'serbia', 'ukraine', 'russia', 'luxembourg', 'israel', 'lebanon', 'iran', 'iraq',
  'ghana', 'ethiopia', 'tanzania', 'uganda', 'rwanda', 'zambia', 'zimbabwe', 'morocco', 'colombia', 'peru',
  'venezuela', 'ecuador', 'south korea', 'korea', 'taiwan', 'myanmar', 'cambodia',
];

const US_CODES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON BC QC NSW'.split(
    ' ',
  );

const COUNTRIES = new Set(COUNTRY_NAMES);
const PLACE = new Set([...NAMES, ...COUNTRY_NAMES, 'remote']);
// "ST" stands for the state in templates ("City, ST").
const CODES = new Set([...US_CODES, 'ST']);

// "Co. Kerry": an Irish county, named after "Co." as a state is after its town (not "Co. Ltd", "Co. Pty").
export const COUNTY = String.raw`Co\.\s?(?!Ltd\b|Limited\b|Inc\b|Pty\b|Pvt\b|Plc\b|Llc\b|Corp\b|Holdings\b)[A-Z][a-z]+`;
const COUNTY_ALONE = new RegExp(`^${COUNTY}$`);

/** A state, province, county or country, by name or postal code ("CA", "Tamil Nadu", "Co. Kerry", "India"). */
export function isRegion(s: string): boolean {
  const t = placeName(s).replace(/\s+\d{3,6}(?:-\d{4})?$/, '');
  return CODES.has(t) || PLACE.has(t.toLowerCase()) || COUNTY_ALONE.test(t);
}

/** A country, by name or abbreviation ("India", "UK", "United States"). */
export function isCountry(s: string): boolean {
  return COUNTRIES.has(placeName(s).toLowerCase());
}

// Larger cities and towns that resumes name beside a job ("Freelance Developer, Los Angeles"): a town,
// not an employer. The list (data/cities.json) leaves out towns named like a common word, a given name,
// a firm or a university ("Reading", "Mobile", "Hamilton", "Oxford"): there a false town costs an employer.
const CITIES = new Set(cities);

/** A known city or town named alone ("Los Angeles", "PARIS", "Coventry"). */
export function isCity(s: string): boolean {
  return CITIES.has(placeName(s).toLowerCase());
}

/** A place as written, without the punctuation that may trail it ("Texas.", "Pune -", "Waukegan,"). */
function placeName(s: string): string {
  return s.trim().replace(/[.,\s-]+$/, '');
}
