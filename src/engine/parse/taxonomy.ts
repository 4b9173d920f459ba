// The curated skill taxonomy (data/skills.json): canonical names and their aliases.
import data from '../data/skills.json' with { type: 'json' };
import { normalize } from '../text/words.ts';
import { SEASON_WORD } from './dates.ts';

interface Entry {
  name: string;
  aliases?: string[];
  /** Soft skills (communication, teamwork) count only when listed, not when met in prose. */
  soft?: boolean;
  /** A work activity rather than a tool or method: a resume's prose names it as a duty ("provided customer service"), not as a skill. */
  duty?: boolean;
  /** The skill this one is a kind of (Ubuntu is a Linux): knowing it shows the broader one too. */
  broader?: string;
}

// Aliases that are ordinary words or letters in running text; they count only inside a skills list.
const AMBIGUOUS = new Set(
  (
    'c r go ai pr bi less cvs present xp net assembly av hr ml ts js qa ux a+ n+ lan wan tax express node lambda cloud ant apache training security sales marketing research repair maintenance driving cleaning typing retail testing analytics administration administrative operations inventory purchasing audit accounting banking insurance construction electrical automotive diagnostic diagnostics leadership communication analytical teaching cooking baking nursing pharmacy welding carpentry plumbing photography animation translation scheduling documentation coaching mentoring tutoring logistics forecasting budgeting underwriting compliance contracts recruiting onboarding looker scripting batch embedded routing switching firewall firewalls mainframe ' +
    // Tools and methods whose names are also everyday words.
    'spring canvas progress make dash epic trading reporting editing triggers sourcing valuation simulation optimization branding regression assessment lean shipping backup foundation room realm glue zoom velocity flash audition inventor fluent consul vault packer dagger boost axis sage avid mantis karma jasmine chai enzyme espresso impala presto pug shiny celery treasury derivatives claims interviewing kpi dashboards dashboard reconciliation prototyping wireframing wireframes typography storyboarding fundraising journalism blogging broadcasting pricing scraping lean can nat stp spi usb arm pic mpi qos sip cpt epic emr cms uat bo adf iam rds sqs sns ecs eks emr basis apex odi mule grunt gulp bower vite rollup parcel jersey quartz swagger dba kvm xen mq lte gsm aml kyc pos rca spc fmea mdm sre iac ppc ssl tls sso pki ldap oauth saml canva wix dos stl make macros lightroom proofreading estimating blueprints branding sketchup trading equity bloomberg benefits hris ecommerce storybook cuda qt hbase cpr bls acls esl iep gis cfd fea mrp b2b b2c p&l uml kpi telesales telemarketing backup warehousing mac swing storm tiles chrome domino volley picasso kettle'
  ).split(' '),
);

// Words that name a product only when written with a capital ("Excel", not "excel at").
const CAPITALISED = new Set('excel access word outlook windows oracle spring rest swift spark hive pig chef puppet unity maya sketch go cisco visio vista'.split(' '));

const byAlias = new Map<string, string>();
// The first word of every alias: a scan skips at once any word that starts none.
const firstWords = new Set<string>();
const soft = new Set<string>();
const duties = new Set<string>();
const broaderOf = new Map<string, string>();
for (const e of (data as { skills: Entry[] }).skills) {
  if (e.soft) soft.add(e.name);
  if (e.duty) duties.add(e.name);
  if (e.broader) broaderOf.set(e.name, e.broader);
  for (const a of [e.name, ...(e.aliases ?? [])]) {
    const k = normalize(a);
    if (k && !byAlias.has(k)) byAlias.set(k, e.name);
    if (k) firstWords.add(k.split(' ')[0]);
  }
}
const MAX_WORDS = 4;
const SEASON = new RegExp(`^(?:${SEASON_WORD})$`);

/** A work activity that counts as a resume's skill only when listed (see Entry.duty). */
export function isDuty(name: string): boolean {
  return duties.has(name);
}

/** Canonical skill names with the broader skills they show ("Ubuntu" -> also "Linux"). */
export function withBroader(names: string[]): string[] {
  const out = new Set(names);
  for (const name of names) for (let b = broaderOf.get(name); b && !out.has(b); b = broaderOf.get(b)) out.add(b);
  return [...out];
}

/** The canonical name of a skill phrase written exactly as a known name or alias. */
export function canonicalSkill(phrase: string): string | null {
  const k = normalize(phrase);
  return byAlias.get(k) ?? byAlias.get(unversioned(k)) ?? null;
}

/** A one-word name without the version glued to it ("php5" -> "php", "weblogic8.1" -> "weblogic"). */
function unversioned(word: string): string {
  return word.match(/^([a-z][a-z+#]+?)\d+(?:\.\d+)*$/)?.[1] ?? '';
}

interface Span {
  start: number;
  length: number;
  name: string;
}

/** The words written with a capital somewhere in the text, lowercased. */
function capitalisedWords(original: string): Set<string> {
  return new Set((original.match(/(?<![\w.])[A-Z][A-Za-z]*/g) ?? []).map((w) => w.toLowerCase()));
}

function allowedInProse(phrase: string, name: string, n: number, capitals: () => Set<string>): boolean {
  if (soft.has(name)) return false;
  if (n > 1) return true;
  if (AMBIGUOUS.has(phrase)) return false;
  return !CAPITALISED.has(phrase) || capitals().has(phrase);
}

function scan(words: string[], strict: boolean, original = ''): Span[] {
  const found: Span[] = [];
  let caps: Set<string> | null = null;
  const capitals = () => {
    caps ??= capitalisedWords(original);
    return caps;
  };
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    const longest = firstWords.has(words[i]) ? Math.min(MAX_WORDS, words.length - i) : 0;
    for (let n = longest; n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const name = byAlias.get(phrase);
      // "Spring 2015", "spring semester": a season, not the framework.
      const season = n === 1 && SEASON.test(phrase) && /^(?:(?:19|20)\d{2}|semester|term|quarter|break|session|internship)$/.test(words[i + 1] ?? '');
      if (name && !season && (!strict || allowedInProse(phrase, name, n, capitals))) {
        found.push({ start: i, length: n, name });
        matched = n;
        break;
      }
    }
    // A version glued to a one-word name: "PHP5", "WebLogic8.1", "SQL2000".
    const base = matched || !/\d$/.test(words[i]) ? '' : unversioned(words[i]);
    const versioned = base && byAlias.get(base);
    if (base && versioned && (!strict || allowedInProse(base, versioned, 1, capitals))) {
      found.push({ start: i, length: 1, name: versioned });
      matched = 1;
    }
    i += matched || 1;
  }
  return strict ? [...found, ...amongSkills(words, found, original)].sort((a, b) => a.start - b.start) : found;
}

/**
 * Everyday-word names that prose lists beside another skill ("C, C++ and Java", "C/C++", "Sales
 * and CRM"): an item of a list of skills is a skill too.
 */
function amongSkills(words: string[], found: Span[], original: string): Span[] {
  const covered = new Set(found.flatMap((s) => Array.from({ length: s.length }, (_, k) => s.start + k)));
  const ends = new Set(found.map((s) => s.start + s.length - 1));
  const starts = new Set(found.map((s) => s.start));
  const link = (i: number) => /^(?:and|or|&)$/.test(words[i] ?? '');
  const out: Span[] = [];
  words.forEach((w, i) => {
    const name = byAlias.get(w);
    if (!name || !AMBIGUOUS.has(w) || soft.has(name) || covered.has(i)) return;
    // A single letter counts only as a capital ("C", not "grade c").
    const single = w.length === 1;
    const token = `(?<![\\w.+#])${single ? w.toUpperCase() : w.replace(/[.+#]/g, '\\$&')}(?![\\w.+#])`;
    const written = (pattern: string) => new RegExp(pattern, single ? '' : 'i').test(original);
    // The separator must stand between the two names: "Power BI dashboards" lists nothing.
    const before = (ends.has(i - 1) && written(`[,/;|•&]\\s*${token}`)) || (link(i - 1) && ends.has(i - 2));
    const after = (starts.has(i + 1) && written(`${token}\\s*[,/;|•&]`)) || (link(i + 1) && starts.has(i + 2));
    if ((before || after) && written(token)) out.push({ start: i, length: 1, name });
  });
  return out;
}

/**
 * Known skills mentioned in free text, longest match first. With `strict` (prose rather than a
 * skills list), aliases that are also everyday words ("less", "r") and soft skills are skipped,
 * and product names that are also words ("Excel", "Access") count only when capitalised.
 */
export function skillsInText(text: string, strict: boolean): string[] {
  return scan(normalize(text).split(' ').filter(Boolean), strict, text).map((s) => s.name);
}

/**
 * A known skill as written when that says more than its canonical name ("HTML5", "Subversion",
 * "OOP"); the canonical name when the two differ only in case or punctuation ("python").
 */
export function asWritten(written: string, canonical: string): string {
  return normalize(written) === normalize(canonical) ? canonical : written;
}

/** `phrase` (normalised words) as `text` writes it: "Mac OS X" for "mac os x". */
function writtenSpan(text: string, phrase: string): string {
  const words = phrase.split(' ').map((w) => w.replace(/[.+#]/g, '\\$&'));
  const m = text.match(new RegExp(`(?<![A-Za-z0-9])${words.join('[^A-Za-z0-9+#]+')}(?![A-Za-z0-9])`, 'i'));
  return m ? m[0].replace(/\s+/g, ' ') : phrase;
}

/** Like skillsInText, but each skill as the text writes it (see asWritten). */
export function skillsAsWritten(text: string, strict: boolean): string[] {
  const words = normalize(text).split(' ').filter(Boolean);
  return scan(words, strict, text).map((s) => {
    const phrase = words.slice(s.start, s.start + s.length).join(' ');
    return phrase === normalize(s.name) ? s.name : asWritten(writtenSpan(text, phrase), s.name);
  });
}

/**
 * The text read once through the taxonomy (every alias, as in a skills list): normalised with each
 * alias replaced by its canonical name ("css3 and js" -> "css and javascript"), and the skills named.
 */
export function canonicalForm(text: string): { text: string; skills: string[] } {
  const words = normalize(text).split(' ').filter(Boolean);
  const spans = scan(words, false);
  const out: string[] = [];
  let i = 0;
  for (const s of spans) {
    out.push(...words.slice(i, s.start), normalize(s.name));
    i = s.start + s.length;
  }
  out.push(...words.slice(i));
  return { text: out.join(' '), skills: spans.map((s) => s.name) };
}
