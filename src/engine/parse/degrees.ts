// Degree names and their level, for parsing education and for matching a job's requirement.

// Highest level first; full words match in any case, abbreviations only as written (so that
// "be" or "me" in a sentence is not a degree).
const DEGREES: Array<[RegExp, number]> = [
  [/\b(?:p\.?h\.?\s?d|doctorate|doctor of [a-z]+|juris doctor|d\.?\s?phil)(?![a-z])/i, 5],
  [/\b(?:Ph\.?D|M\.D\.|J\.D\.?|Ed\.\s?D|Psy\.D|D\.V\.M|DVM\b|(?<![BM]\.\s?)Pharm\.?\s?D\b|D\.D\.S|D\.M\.D)/, 5],
  // A bare "Master" is a degree unless a noun follows ("Master Plan", "Master Thesis", "Scrum Master").
  [/(?<!scrum |quiz |web |post)\bmaster(?:'?s)?(?: degree)?(?: of| in)?(?!\s+(?:plan|thesis|research|project|coursework|class|card|data|chef|trainer|key|list|file|copy|page|record|schedule|craftsman|technician|electrician|plumber|student|mind|cylinder|bedroom|builder)\b)(?![a-z])|\b(?:m\.?\s?tech|m\.?\s?sc|m\.b\.a|m\.c\.a|m\.?\s?com|m[.\s-]?phil|m\.\s?ed|m[.-]tech|pgdm|pgdbm|pg diploma|post[- ]graduate(?: diploma)?|postgraduate(?= (?:diploma|degree|certificate|in|of)\b)|msc|mba|mca|llm)\b/i, 4],
  [/\b(?:MEng|M\.Eng|MFA|M\.F\.A|MSN|MArch|Ed\.S|(?<!\.)M\.L\.S|(?<!\.)M\.S\.W)\b/, 4],
  // Not after a comma unless written with full stops: ", MA" and ", ME" are states in an address.
  [/(?:(?<!,\s?)\b(?:ME|MS|MA|MS[Cc]?|MSE)|\b(?:M\.E|M\.S|M\.A|M\.S\.?E))\b(?!\.?[\s-]*(?:Office|Word|Excel|PowerPoint|SharePoint|Access|Project|SQL|Visual|Dynamics|Visio|Outlook|Windows|DOS|Paint|Teams|\d))/, 4],
  [/\b(?:bachelor(?:'?s)?(?: degree)?(?: of| in)?(?!\s+(?:thesis|research|project|coursework)\b)|b\.?\s?tech|b\.?\s?sc|b\.?\s?com|b\.c\.a|b\.b\.a|b\.b\.m|b\.\s?ed|b\.?\s?pharm|b-tech|llb|bsc|bba|bca|btech|undergraduate degree|(?<!expected |anticipated |date of |year of )graduation(?!\s*(?:date|year|day|:|\(|\d|expected|in \d))|degree in)\b/i, 3],
  [/\b(?:B\.?E|B\.?S|B\.?A|BS[Cc]?|B\.S\.?E|B\.?Tech|BE)\b(?!\.?\s*\d)/, 3],
  [/\b(?:BEng|B\.Eng|BASc|B\.A\.Sc|BFA|B\.F\.A|BSN|BArch|MBBS|(?<!\.)B\.S\.W)\b/, 3],
  // British vocational qualifications: Higher National Certificate / Diploma, BTEC, (G)NVQ.
  [/\b(?:HND|HNC|BTEC|G?NVQ)\b|\bfoundation degree\b/i, 2],
  [/\b(?:associate(?:'?s)? (?:degree|of|in)|diploma(?! (?:programmes|programs|students|holders)\b)|polytechnic(?! (?:university|college|institute|school)\b)|certificate in|national certificate)\b/i, 2],
  [/\b(?:A\.A\.S?|A\.S\.)/, 2],
  [/\b(?:high school|secondary school|senior secondary|higher secondary|intermediate|hsc|ssc|sslc|cbse|icse|12th|10th|matriculation|pre[- ]university|leaving certificate|certificate of (?:primary|secondary) education)\b/i, 1],
  [/\b(?:GED|PUC|XII|GCSEs?|[AO][- ]Levels?)\b/, 1],
];

/** The level of the degree named in `s` (0 when none). */
export function degreeLevel(s: string): number {
  for (const [re, level] of DEGREES) if (re.test(s)) return level;
  return 0;
}

/** Where a degree is named in `s`, or -1. */
export function degreeIndex(s: string): number {
  let best = -1;
  for (const [re] of DEGREES) {
    const m = s.match(re);
    if (m && (best < 0 || (m.index ?? 0) < best)) best = m.index ?? 0;
  }
  return best;
}

const SCHOOL = /\b(?:university|universi(?:dad|dade|tà|té|tät|tat|teit|tet)|hochschule|politecnico|college|institute|institution|school|academy|polytechnic|iit|nit|iiit|vidyalaya|vidyapeeth|mahavidyalaya|faculty|conservatory|seminary|training cent(?:re|er))\b/i;

export function looksLikeSchool(s: string): boolean {
  return SCHOOL.test(s);
}

const LINK = "(?:of|and|for|the|in|at|de|del|di|&)";
const NAME_WORD = "(?:[A-Z][\\w.&'’-]*|IIT|NIT)";
// Other languages' names for a university, as they head a name ("Universidad de Chile").
const FOREIGN = ['Universidade', 'Universidad', 'Università', 'Université', 'Universität', 'Universitat', 'Universiteit', 'Universitet', 'Hochschule', 'Politecnico'];
const SCHOOL_WORDS = ['University', 'College', 'Institute', 'Institution', 'School', 'Academy', 'Faculty', 'Polytechnic', 'Vidyalaya', 'Vidyapeeth', 'Mahavidyalaya', 'Conservatory', 'Training Centre', 'Training Center', ...FOREIGN];
// Written out in each case instead of a case-insensitive pattern, which would let any lowercase
// word pass as part of a name.
const SCHOOL_WORD = `(?:${SCHOOL_WORDS.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase()]).join('|')})(?![A-Za-z])`;
// Institutes known by their initials come before the city: "IIT Roorkee".
const SCHOOL_NAME = new RegExp(`(?:${NAME_WORD}\\s+(?:${LINK}\\s+)*)*${SCHOOL_WORD}(?:\\s+(?:${LINK}\\s+)*${NAME_WORD})*|\\b(?:IIT|NIT|IIIT|IIM)(?:\\s+[A-Z][a-z]+)?\\b`);

// "High School", and "High School Diploma ..." naming the qualification of that level.
const LEVEL_ONLY = /^(?:high|secondary|senior secondary|higher secondary|junior|middle|primary|elementary|grammar|graduate|business|law|medical) (?:school|college)(?: (?:diploma|certificate|graduat\w*)\b.*)?$/i;

/** The school's name inside a longer phrase ("B.E University of Madras in 2010" -> "University of Madras"). */
export function schoolName(s: string): string {
  const m = s.match(SCHOOL_NAME);
  if (!m) return '';
  // A degree written before the name ("B.E University of Madras") is not part of it.
  const name = m[0]
    .replace(/\s+(?:in|at|of|and|the|for|&)$/i, '')
    .replace(/^(?:[A-Z]\.?){1,3}(?:\.|\s)\s*(?=\S)/, (d) => (degreeLevel(d) ? '' : d))
    .replace(/^[A-Z][A-Za-z]?\.?\s?[A-Za-z]{1,5}\.?\s+(?=\S)/, (d) => (degreeLevel(d) ? '' : d))
    // "Attended Elm College": the verb opening the sentence is no part of the name.
    .replace(/^(?:Completed|Attended|Graduated|Studied|Enrolled|Pursued|Pursuing)\s+/, '')
    .trim();
  // A bare keyword, a form label ("University/Board") or a level ("High School") is not a name.
  if (LEVEL_ONLY.test(name)) return '';
  const own = withoutField(name);
  // Initials name a school ("KVTU"); a school word alone in capitals ("UNIVERSITY" heading a column) does not.
  const initials = /^[A-Z]{2,}$/.test(own) && !SCHOOL_WORDS.some((w) => w.toUpperCase() === own);
  return own.split(/\s+/).length >= 2 || initials ? own : '';
}

const SCHOOL_WORD_AT = new RegExp(`\\b${SCHOOL_WORD}`);

/**
 * "in Community Nursing (DCN) of Elm University", left when the degree opening "Diploma in ..." was
 * cut off: the degree's field ran into the name, which starts after the field's last "of" or dash
 * ("of Media Studies– Elm University").
 */
function withoutField(name: string): string {
  const schoolWord = name.search(SCHOOL_WORD_AT);
  if (!/^(?:in|of)\s/.test(name) || schoolWord < 0) return name;
  const cut = [...name.slice(0, schoolWord).matchAll(/\sof\s|[-–]\s/g)].at(-1);
  return cut ? name.slice((cut.index ?? 0) + cut[0].length) : '';
}
