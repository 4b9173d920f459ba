// Word cues that tell a job title from an organisation name.
import { COUNTY, isCity, isCountry, isRegion } from './places.ts';
import { canonicalSkill } from './taxonomy.ts';

const TITLE_WORDS = new Set(
  'engineer engineers engineering developer developers programmer placement manager managers analyst consultant intern internship trainee assistant associate specialist technician lead leader head director officer executive administrator admin designer architect teacher tutor lecturer professor instructor coordinator supervisor representative agent clerk accountant auditor scientist researcher nurse therapist physician doctor pharmacist chef cook baker bakers driver mechanic operator writer editor advisor adviser president founder cofounder co-founder owner partner tester support secretary receptionist cashier salesperson marketer recruiter trainer volunteer aide attendant worker electrician plumber welder carpenter guard controller strategist planner buyer inspector estimator surveyor librarian counselor counsellor paralegal attorney lawyer cto ceo cfo coo vp sde fellow apprentice helper bartender steward captain pilot technologist practitioner photographer artist modeler dispatcher scheduler generalist rep principal chief staff senior junior sr jr member expert educator instructor physicist astronomer economist statistician barista waiter waitress server host hostess nanny caregiver housekeeper janitor custodian laborer labourer farmer gardener landscaper courier loader picker stocker merchandiser salesman saleswoman salesperson banker teller underwriter broker trader actuary foreman superintendent machinist fabricator millwright roofer painter mason installer repairer typist stenographer transcriptionist interpreter translator journalist reporter producer animator illustrator copywriter coach lifeguard paramedic emt dentist hygienist optometrist veterinarian surgeon midwife dietitian nutritionist psychologist psychiatrist postdoc dean provost registrar treasurer comptroller bookkeeper contractor freelancer entrepreneur organizer ambassador liaison advocate investigator detective sergeant lieutenant soldier firefighter ranger warden sdet devops dba webmaster sysadmin mentor moderator curator archivist chair chairman chairperson chairwoman chancellor counsel judge magistrate solicitor barrister notary facilitator presenter stylist hairdresser adjunct anchor newsreader organiser co-ordinator examiner contributor employee babysitter advertiser roustabout avp svp evp maker caseworker prefect'.split(
    ' ',
  ),
);

const COMPANY_WORDS = new Set(
  'ltd limited inc incorporated pvt private llc llp corp corporation co company technologies technology tech solutions services systems software labs lab consulting consultancy consultants group bank hospital clinic university college school institute academy foundation enterprises enterprise industries international global infotech pharma pharmaceuticals motors networks communications media studio studios agency partners holdings ventures store stores restaurant hotel center centre garage plc gmbh ag department dept ministry government council authority board bureau firm organization organisation trust society club association corporate infosystems electronics automotive airlines airways logistics retail insurance financial finance capital healthcare health care'.split(
    ' ',
  ),
);

// "Hale & Associates", "Marsh and Partners", "Pellow Associates": a firm named after its members.
const FIRM = /(?:&|\band)\s+(?:associates|partners|sons)\b|\w\s+associates$/i;

// "Attorney General's Office", "Sheriffs Office" (its apostrophe lost), "Patent Office": a public office, named after the
// post heading it or after what it keeps, is an organisation ("Microsoft Office", "Front Office" are not); the post's
// words in its name ("Attorney General") are no title of the person working there.
const OFFICE_HOLDER = 'generals?|attorneys?|sheriffs?|mayors?|governors?|defenders?|prosecutors?|registrars?|auditors?|clerks?|assessors?|treasurers?|coroners?|comptrollers?|commissioners?|recorders?|solicitors?|marshals?';
// The office's name ends a part of the line (before a comma, a bracket or a dash, or at its end).
const PUBLIC_OFFICE = new RegExp(`\\b(?:(?:${OFFICE_HOLDER})\\s+)?(?:[a-z]+(?:'s|’s|s'|s’)|${OFFICE_HOLDER}|post|patent|passport|tax|land|records|foreign|cabinet)\\s+office(?=\\s*(?:$|[,;|(]|[-–]\\s))`, 'gi');

/** The phrase without the public offices it names, written with capitals ("the client's office" names none). */
function withoutPublicOffices(s: string): string {
  return s.replace(PUBLIC_OFFICE, (office) => (/^[A-Z]/.test(office) ? ' ' : office));
}

/** A legal form ("Ltd", "Inc", "GmbH") or a firm's name: the phrase names an organisation. */
export const LEGAL_FORM = new RegExp(`\\b(?:ltd|limited|inc|llc|llp|pvt|corp|corporation|plc|gmbh)\\b|${FIRM.source}`, 'i');

function words(s: string): string[] {
  return s.toLowerCase().replace(/[^a-z0-9&\s-]/g, ' ').replace(/-{2,}|(?<=\w)-(?=\s|$)|(?<=\s|^)-/g, ' ').split(/\s+/).filter(Boolean);
}

/** A title word, also in the plural ("clerks", "attendants", "coaches"). */
function isTitleWord(w: string): boolean {
  return TITLE_WORDS.has(w) || (w.length > 4 && w.endsWith('s') && (TITLE_WORDS.has(w.slice(0, -1)) || (w.endsWith('es') && TITLE_WORDS.has(w.slice(0, -2)))));
}

/** "Hale Architects", "Brook Surveyors": a name headed by a title word in the plural, as firms are named after their members. */
export function membersFirm(s: string): boolean {
  const w = words(s);
  const head = w[w.length - 1] ?? '';
  return /^[A-Z]\S*(?:\s+[A-Z]\S*)+$/.test(s.trim()) && !TITLE_WORDS.has(head) && isTitleWord(head);
}

// Placements that name the role held: "Student Teaching, Elm Middle School".
const PLACEMENT = /\bstudent teaching\b/i;

// "Visiting Research Scholar", "Visiting Lecturer": a post held for a while at another institution, whatever its head noun.
const VISITING = /^\s*(?:Visiting|VISITING)\s+(?:[A-Z][\w.]*\s+){0,2}(?:Scholar|Student|Researcher|Research Fellow|Fellow|Professor|Lecturer|Scientist|Faculty|Instructor|Academic|Assistant Professor|Associate Professor)\b/i;

/** The i-th word is a title word: "server" only heads a phrase, and not after a software name ("SQL Server", "Linux servers", "Server administration"). */
function titleWordAt(w: string[], i: number): boolean {
  if (/^servers?$/.test(w[i])) return i === w.length - 1 && (i === 0 || canonicalSkill(w[i - 1]) === null);
  return isTitleWord(w[i]);
}

export function titleCues(s: string): number {
  const all = words(s);
  const w = all.includes('office') ? words(withoutPublicOffices(s)) : all;
  return w.filter((_, i) => titleWordAt(w, i)).length + (PLACEMENT.test(s) ? 1 : 0) + (VISITING.test(s) ? 1 : 0);
}

export function companyCues(s: string): number {
  const w = words(s);
  return w.filter((x) => COMPANY_WORDS.has(x)).length + (FIRM.test(s) || (w.includes('office') && withoutPublicOffices(s) !== s) ? 2 : 0);
}

/** "Curriculum Committee", "Help Desk Team", "Taskforce on Hiring": a body one serves on, neither a title nor an employer. */
export function namesCommittee(s: string): boolean {
  const core = s.replace(/\s+(?:of|on|for)\s.*$/i, '').trim();
  // "Editorial Board of the Review", "Friends of the Library Advisory Council": advisory bodies, whatever they are "of".
  const advisory = /\b(?:advisory|editorial) (?:boards?|councils?|committees?)$/i;
  return /\b(?:(?:sub-?)?committees?|teams?|task ?forces?|senate)$/i.test(core) || advisory.test(core) || advisory.test(s.trim());
}

// "Ballinure, Co. Tipperary": a town and its Irish county, whose "Co." is no company word.
const TOWN_IN_COUNTY = new RegExp(`^[A-Z][a-z]+,\\s*${COUNTY}$`);

/** "Pune, Maharashtra", "Tucson, AZ", "Palo Alto, California", "CA": a place, not a company or title. */
export function looksLikePlace(s: string): boolean {
  const t = s.trim().replace(/[\s\-–]+$/, '');
  if (isRegion(t) || isCity(t) || TOWN_IN_COUNTY.test(t)) return true;
  const m = t.match(/^([A-Z][A-Za-z.']+(?: [A-Z][A-Za-z.']+){0,2}),\s*(.+)$/);
  if (!m || companyCues(t) > 0 || titleCues(t) > 0 || personName(m[1])) return false;
  const rest = m[2].split(/,\s*/);
  // "Corvid, Canada": a name before a country alone is a town only when known as one (initials,
  // "UP, India", may be a state's).
  if (rest.length === 1 && isCountry(rest[0]) && /[a-z]/.test(m[1]) && !isCity(m[1]) && !isRegion(m[1])) return false;
  // "NetSpend, Austin, Texas", "Orbit Labs, New York, NY": before a city and its state, a name is an
  // organisation's (a city named like a state counts as a city when a state code follows; "US",
  // "UK" and "IN", India in many resumes, are countries).
  const code = /^(?!US$|UK$|IN$)[A-Z]{2}$/.test(rest[rest.length - 1]);
  if (rest.length >= 2 && !isRegion(m[1]) && (!isRegion(rest[0]) || code)) return false;
  return rest.every((p) => isRegion(p) || /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(p));
}

/** "Daniel R. Whitlow": a middle initial names a person (a firm "Daniel R. Whitlow, PA" is named after one), never a town. */
function personName(s: string): boolean {
  return /^[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+$/.test(s);
}

// Title words that only qualify another ("Senior/Staff Engineer" names one role).
export const RANKS = new Set(['senior', 'junior', 'sr', 'jr', 'staff', 'chief']);

/**
 * The phrase names a role one person holds: headed by a title word in the singular ("Test Manager",
 * "Co-founder"), or one before "of" or "for" ("Director of Field Sales"); "Kitchen Helpers" names a
 * team, and a rank alone ("Senior") no role.
 */
export function namesOneRole(s: string): boolean {
  const w = words(s);
  const head = headAt(w);
  return head >= 0 && TITLE_WORDS.has(w[head]) && !RANKS.has(w[head]) && titleWordAt(w, head);
}

/** Where a phrase's head noun is: before "of" or "for" ("Director of Field Sales"), else its last word. */
function headAt(w: string[]): number {
  const at = w.findIndex((x) => x === 'of' || x === 'for');
  return at > 0 ? at - 1 : w.length - 1;
}

/**
 * How strongly a phrase reads as a job title (the head noun, its last word or the word before "of"
 * or "for", counts double).
 * Organisation words before a title's head qualify it ("Software Engineer", "Bank Teller") and
 * count against it only beside a legal form.
 */
export function titleScore(s: string): number {
  const w = words(s);
  const headed = w.length > 0 && (titleWordAt(w, w.length - 1) || titleWordAt(w, headAt(w)));
  return titleCues(s) + (headed ? 1 : 0) - (headed && !LEGAL_FORM.test(s) ? 0 : companyCues(s));
}

/** How strongly a phrase reads as an organisation; title words before its head qualify it ("Teacher Academy"). */
export function companyScore(s: string): number {
  const w = words(s);
  const caps = /^[A-Z0-9&.,'\s-]+$/.test(s) && s.length > 2 ? 0.5 : 0;
  const headed = w.length > 0 && COMPANY_WORDS.has(w[w.length - 1]);
  return companyCues(s) + (headed ? 1 : 0) + caps - (headed ? 0 : titleCues(s));
}
