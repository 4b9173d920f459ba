// Finds section headings (and their synonyms) and groups the lines under them.
import { stripBullet } from '../text/lines.ts';
import { normalize } from '../text/words.ts';
import { findDateRanges } from './dates.ts';
import { degreeLevel } from './degrees.ts';
import { RANKS, titleCues } from './roles.ts';

export type SectionKind =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'contact'
  | 'other';

const HEADINGS: Record<Exclude<SectionKind, 'other'>, string[]> = {
  summary: [
    'summary', 'professional summary', 'career summary', 'profile', 'professional profile', 'career profile',
    'objective', 'career objective', 'job objective', 'professional objective', 'about me', 'overview',
    'summary of qualifications', 'qualifications summary', 'executive summary', 'personal statement',
    'career overview', 'introduction', 'highlights', 'professional highlights', 'key highlights', 'synopsis',
  ],
  experience: [
    'experience', 'work experience', 'professional experience', 'employment history', 'employment',
    'work history', 'career history', 'career experience', 'professional background', 'job history',
    'relevant experience', 'experience summary', 'professional employment', 'career experience job history',
    'internships', 'internship', 'internship experience', 'work experience and internships', 'positions held',
    'organisational experience', 'organizational experience', 'industrial experience', 'employment record',
    'technical experience', 'experience details', 'professional work experience', 'positions',
    'academic career', 'professional career', 'current position', 'present position', 'experiences',
    // A teacher's placements in training, experience as an internship is.
    'student teaching', 'teaching placements', 'practical teaching placements', 'placements', 'professional placements',
    'clinical placements', 'practicum', 'practicums', 'student teaching practicum', 'clinical experience', 'field experience',
  ],
  education: [
    'education', 'educational qualifications', 'educational qualification', 'academic qualifications',
    'academic qualification', 'academics', 'academic background', 'educational background', 'qualifications',
    'academic details', 'education and training', 'education & training', 'scholastic profile',
    'academic profile', 'academic credentials', 'education details', 'educational details', 'qualification',
    'educational credentials', 'academic record', 'technical qualification', 'professional qualification',
    'education history', 'educational history', 'academic history', 'academic studies', 'schooling',
  ],
  skills: [
    'skills', 'technical skills', 'key skills', 'core skills', 'skill set', 'skillset', 'skill sets',
    'technical skill set', 'technical skill', 'core competencies', 'competencies', 'areas of expertise',
    'expertise', 'technical expertise', 'technical proficiency', 'technical proficiencies', 'it skills',
    'computer skills', 'key technical skills', 'technologies', 'tools and technologies', 'web technologies',
    'key technologies', 'technologies used', 'software and technologies', 'skills and technologies', 'technical summary',
    'skills summary', 'professional skills', 'relevant skills', 'software skills', 'skills & abilities',
    'skills and abilities', 'knowledge purview', 'strengths', 'key strengths', 'proficiencies',
    'additional skills', 'software', 'technical knowledge', 'core qualifications', 'abilities',
    'programming languages', 'computer languages',
  ],
  projects: [
    'projects', 'project', 'academic projects', 'personal projects', 'key projects', 'project details',
    'projects undertaken', 'project experience', 'major projects', 'projects handled', 'project work',
    'notable projects', 'side projects', 'project profile', 'projects done', 'academic projects undertaken',
  ],
  certifications: [
    'certifications', 'certification', 'certificates', 'certifications/licenses', 'certifications and licenses',
    'licenses and certifications', 'licenses', 'professional certifications', 'courses', 'trainings',
    'training', 'courses and certifications', 'certifications & trainings', 'accreditations',
    'professional development', 'training and certifications', 'certification courses',
    'selected professional development', 'training workshops attended', 'workshops',
  ],
  contact: ['contact', 'contact information', 'contact details', 'personal information', 'personal details',
    'personal profile', 'personal data', 'personal dossier'],
};

const OTHER = [
  'additional information', 'links', 'awards', 'honors', 'honours', 'achievements', 'accomplishments',
  'publications', 'languages', 'languages known', 'interests', 'hobbies', 'hobbies and interests',
  'references', 'referees', 'declaration', 'activities', 'extracurricular activities', 'extra curricular activities',
  'volunteer', 'volunteer experience', 'volunteering', 'memberships', 'affiliations', 'awards and honors',
  'selected accomplishments', 'key achievements', 'awards and recognition', 'awards and recognitions', 'honors and awards',
  'honours and awards', 'recognition', 'awards and achievements', 'coursework', 'relevant coursework',
  'co-curricular activities', 'strength', 'passport details', 'additional', 'miscellaneous',
  'other publications', 'selected publications', 'peer reviewed papers', 'papers', 'grants', 'research grants',
  'areas of interest', 'area of interest', 'presentations', 'courses taught', 'community service',
  'professional service', 'university service', 'college service', 'academic service', 'other service',
  'teaching philosophy', 'educational philosophy', 'current research',
];

const LOOKUP = new Map<string, SectionKind>();

function key(line: string): string {
  return normalize(line.replace(/^#+\s*/, '').replace(/[:\-–]+\s*$/, '')).replace(/[.]/g, '').replace(/\s+/g, ' ').trim();
}

// Headings not in the lists above, told by their last word ("Web Development Experience").
const LAST_WORD: Record<string, SectionKind> = {
  experience: 'experience', experiences: 'experience', employment: 'experience', history: 'experience',
  positions: 'experience', appointments: 'experience',
  education: 'education', qualifications: 'education', academics: 'education', degrees: 'education',
  skills: 'skills', competencies: 'skills', expertise: 'skills', toolbox: 'skills',
  proficiencies: 'skills', projects: 'projects', certifications: 'certifications', certificates: 'certifications',
  licenses: 'certifications', courses: 'certifications', trainings: 'certifications', summary: 'summary',
  objective: 'summary', profile: 'summary', awards: 'other', interests: 'other', activities: 'other',
  references: 'other', referees: 'other', publications: 'other', languages: 'other', memberships: 'other', membership: 'other', volunteering: 'other',
  achievements: 'other', honors: 'other', affiliations: 'other', hobbies: 'other', coursework: 'other',
  papers: 'other', grants: 'other', workshops: 'certifications', traineeship: 'experience', traineeships: 'experience', placements: 'experience',
};

const ORGANISATION_OF = /\b(?:department|ministry|board|division|school|college|institute|office|council|faculty|university|cent(?:er|re)|bureau|society)\s+of\b/i;

function byLastWord(line: string): SectionKind | null {
  const t = line.replace(/^#+\s*/, '').replace(/:\s*$/, '').trim();
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5 || /[\d.,;!?@]/.test(t)) return null;
  if (!words.every((w) => /^[A-Z&/(-]/.test(w) || /^(?:and|of|in|for|the|to|&)$/.test(w))) return null;
  // "Associate of Science in Nursing", "BA in Art History": a degree, not a heading.
  if (degreeLevel(t) > 0) return null;
  // "Kentucky Department of Education": an organisation, not a heading.
  if (ORGANISATION_OF.test(t)) return null;
  // "Assistant Professor of Education", "Vice Dean for Student Affairs": a title, not a heading.
  const [head, field] = t.split(/\s+(?:of|for)\s+/i);
  if (field && titleCues(head.split(/\s+/).pop() ?? '') > 0) return null;
  const last = LAST_WORD[words[words.length - 1].toLowerCase()];
  // "Related Experience in Education": experience in a field, not the field's own section.
  if (last) return /\b(?:experience|employment)\s+in\b/i.test(t) ? 'experience' : last;
  // "Education & Professional Development", "Formal Education and Ongoing Training",
  // "EDUCATIONAL & PROFESSIONAL DEVELOPMENT": a heading joining education (with at most one word
  // before it) to something else.
  const at = words.findIndex((w) => /^education(?:al)?$/i.test(w));
  return at >= 0 && at <= 1 && /^(?:&|and)$/i.test(words[at + 1] ?? '') ? 'education' : null;
}

for (const [kind, names] of Object.entries(HEADINGS)) for (const n of names) LOOKUP.set(key(n), kind as SectionKind);
for (const n of OTHER) LOOKUP.set(key(n), 'other');
// Small capitals extracted with spaces at random ("P ROFE SSI ONAL E XPER IENCE"): headings without their spaces.
const SPACELESS = new Map([...LOOKUP].map(([k, kind]) => [k.replace(/ /g, ''), kind]));

/** "E D U C AT IO N" and "P ROFESSIONAL E XPERIENCE" (letter-spaced or small-caps text) joined up. */
function unspaced(line: string): string {
  if (/^(?:[A-Z]{1,2} ){3,}[A-Z]{1,2}:?$/.test(line)) return line.replace(/ /g, '');
  return line.replace(/\b([A-Z]) ([A-Z]{2,})\b/g, '$1$2');
}

// "Early Career", "Prior Experience": the heading or label over the older roles a resume lists in short, often without dates.
export const EARLIER_CAREER = String.raw`(?:early|earlier|prior|previous|additional|other|past)\s+(?:career|experience|employment|positions?|roles?)(?:\s+(?:highlights|summary|history))?`;

/** The section a line opens, when it is a heading. */
export function headingKind(raw: string): SectionKind | null {
  return kindOf(raw, true);
}

/** The section a line opens when it is a listed heading, not one told by its last word alone. */
export function listedHeadingKind(raw: string): SectionKind | null {
  return kindOf(raw, false);
}

function kindOf(raw: string, byLast: boolean): SectionKind | null {
  const line = unspaced(raw);
  // "... to the team's projects." wrapped so that its last word stands alone: a sentence's end, no heading.
  if (line.length > 48 || /^[a-z].*[.)"]$/.test(line.trim())) return null;
  // Small capitals in mixed case break a word at random too ("E xp er ie nc e", "Edu c ati on").
  const broken = /^[A-Z ]+$/.test(line) || /^(?:[A-Za-z]{1,3} ){2,}[A-Za-z]{1,3}:?$/.test(line);
  const plain = LOOKUP.get(key(line)) ?? (broken ? SPACELESS.get(key(line).replace(/ /g, '')) : undefined);
  // "Education & Training" is listed as "education and training".
  const anded = line.includes('&') ? LOOKUP.get(key(line.replace(/&/g, ' and '))) : undefined;
  return anded ?? plain ?? (byLast ? byLastWord(line) : null) ?? slashed(line) ?? tableHead(line);
}

// The labels over a table's columns of jobs: the employer, the role held, when and where.
const EMPLOYER_COLUMN = '(?:name of (?:the )?)?(?:organi[sz]ation|company|employer)(?: name)?';
const JOB_COLUMN = '(?:designation|position|role|job title|title|duration|period|dates?|from|to|location)';
const TABLE_HEAD = new RegExp(String.raw`^(?:${JOB_COLUMN}\s+)*${EMPLOYER_COLUMN}(?:\s+${JOB_COLUMN})+$|^(?:${JOB_COLUMN}\s+)+${EMPLOYER_COLUMN}(?:\s+${JOB_COLUMN})*$`, 'i');

/** "Organization Designation Duration": the labels over a table of jobs head the jobs listed under them. */
function tableHead(line: string): SectionKind | null {
  return TABLE_HEAD.test(line.trim()) ? 'experience' : null;
}

/** "WORK EXPERIENCE/EMPLOYMENT", "Volunteer/Activities": two headings of one kind joined by a slash. */
function slashed(line: string): SectionKind | null {
  const [a, b, ...more] = line.replace(/:\s*$/, '').split(/\s*\/\s*/);
  if (!b || more.length) return null;
  const kind = headingKind(a);
  return kind && headingKind(b) === kind ? kind : null;
}

/** A heading followed by content on the same line ("EDUCATION: B.Sc ..."). */
function splitInlineHeading(line: string): { kind: SectionKind; rest: string } | null {
  const m = line.match(/^#*\s*([A-Za-z][A-Za-z &/]{2,40}?)\s*[:\-–]\s*(.+)$/);
  if (!m) return null;
  const kind = headingKind(m[1]);
  if (!kind || kind === 'contact') return null;
  return { kind, rest: m[2] };
}

/**
 * "Work Experience Northwind Traders": a listed experience or education heading of two words or more,
 * in capitals or Title Case, run into the first line under it, which opens a new phrase with a capital.
 */
function gluedHeading(line: string): { kind: SectionKind; heading: string; rest: string } | null {
  // The cheap test first (this runs on every line): two capitalised words, then more.
  if (!/^[A-Z][A-Za-z]* [A-Z][A-Za-z]* /.test(line)) return null;
  const words = line.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    const heading = words.slice(0, n).join(' ');
    const kind = LOOKUP.get(key(heading));
    // A heading ending in a verb's -ing form qualifies the noun after it: "Student Teaching Seminar" is a course.
    const qualifies = /ing$/i.test(words[n - 1]) && !LAST_WORD[words[n - 1].toLowerCase()];
    if ((kind !== 'experience' && kind !== 'education') || qualifies || !words.slice(0, n).every((w) => /^[A-Z][A-Za-z]*$/.test(w))) continue;
    const rest = words.slice(n).join(' ');
    // "Work Experience Coordinator": a title, not a heading.
    return /^[A-Z]/.test(rest) && !/^(?:and|or|of|for|in)\b/i.test(rest) && !titleCues(words[n]) ? { kind, heading, rest } : null;
  }
  return null;
}

// "Experience" with at most one word before it, in any case, and the line run into it.
const GLUED_EXPERIENCE = /^((?:[a-z]+ )?experience) (?!(?:with|in|of|and|for|as)\b)([a-z].*)$/i;

export interface Section {
  kind: SectionKind | 'header';
  heading: string;
  lines: string[];
}

// "Key Achievements" or "Highlights" under a job lists that job's results.
const ACHIEVEMENTS = /^(?:(?:key|select|selected|major|notable)\s+)?(?:achievements|accomplishments|highlights)$/;
const ENTRY_LABEL = /^(?:technologies|technology|tools|software|environment|technologies used|tools used|skills used|tools and technologies)$/;
// "Responsibilities & Achievements" under a job: what that job involved.
const DUTIES = /^(?:key )?(?:responsibilities|duties)(?: (?:and )?(?:achievements|accomplishments))?$/;

// Headings that, inside some sections, label a list of that section and open no section of their
// own: "Technologies:" inside a job or project lists what it used; "Languages:" inside a skills
// section labels its programming languages; "Activities:" inside education, a school's clubs.
const LABEL_WITHIN: Partial<Record<Section['kind'], (line: string) => boolean>> = {
  // A job's duties are labelled in lower case; "RESPONSIBILITIES & ACHIEVEMENTS" in capitals heads a section of its own.
  experience: (line) => ENTRY_LABEL.test(key(line)) || ACHIEVEMENTS.test(key(line)) || (DUTIES.test(key(line)) && /[a-z]/.test(line)),
  projects: (line) => ENTRY_LABEL.test(key(line)),
  skills: (line) => /^languages\s*:$/i.test(line.trim()),
  // "Activities:" under a degree lists that school's clubs and honours; the next school follows.
  education: (line) => /^(?:activities|honou?rs|awards|(?:relevant )?coursework)\s*:$/i.test(line.trim()),
};

/** "Select Achievements" under a dated job in a summary ("CAREER OVERVIEW" holding the jobs): that job's results. */
function achievementsOfJob(line: string, section: Section): boolean {
  return section.kind === 'summary' && ACHIEVEMENTS.test(key(line)) && section.lines.some((l) => findDateRanges(l).length > 0);
}

/**
 * "• Gathered" then "project" then "requirements and ...": a lowercase word of a sentence wrapped
 * after a word, not a heading (unless the resume writes its headings in lowercase, as the
 * experience heading shows).
 */
function wrappedWord(line: string, section: Section, prev: string): boolean {
  return section.kind === 'experience' && /^[a-z]/.test(line) && !/^[a-z]/.test(section.heading) && /(?:^|\s)[A-Za-z]+$/.test(prev);
}

/** "PROJECTS:" right under a job's dates or one of its labels ("Tasks :"): the projects of that job. */
function projectsOfJob(line: string, section: Section, prev: string, prevDated: boolean): boolean {
  return section.kind === 'experience' && /:\s*$/.test(line) && headingKind(line) === 'projects' && (prevDated || /^[A-Za-z ]{2,20}:$/.test(prev));
}

/**
 * "Kestrel Education" in mixed case right under a job's dates: an organisation named after the
 * field it works in, the employer, rather than a heading (a listed one, "Education", still is).
 */
function employerUnderDates(line: string, section: Section, prevDated: boolean): boolean {
  return section.kind === 'experience' && /[a-z]/.test(line) && /\beducation$/i.test(line.trim()) && prevDated && !listedHeadingKind(line);
}

/** A heading line that belongs to the section it appears in rather than opening one. */
function staysWithin(line: string, section: Section): boolean {
  if (LABEL_WITHIN[section.kind]?.(line) || achievementsOfJob(line, section)) return true;
  // The line above, and whether it dates a job.
  const prev = section.lines[section.lines.length - 1] ?? '';
  const prevDated = findDateRanges(prev).length > 0;
  return wrappedWord(line, section, prev) || projectsOfJob(line, section, prev, prevDated) || employerUnderDates(line, section, prevDated) || rankedGroup(line, section);
}

/** "Senior Customer Projects" within an experience section: a group of its entries named by a rank, not a section of projects. */
function rankedGroup(line: string, section: Section): boolean {
  const first = line.trim().split(/\s+/)[0].toLowerCase().replace(/\.$/, '');
  return section.kind === 'experience' && !listedHeadingKind(line) && /\s/.test(line.trim()) && (RANKS.has(first) || first === 'lead' || first === 'principal');
}

// "5. Academic Studies:", "6. Employment History": a heading with its number.
const NUMBERED = /^\d{1,2}\.\s+(?=[A-Za-z])/;

export function splitSections(lines: string[]): Section[] {
  const sections: Section[] = [{ kind: 'header', heading: '', lines: [] }];
  // A resume that numbers its headings numbers headings of two kinds or more; elsewhere "2. Computer
  // Skills" and "3. Research Skills" are items of a list.
  const numberedKinds = new Set(lines.filter((l) => NUMBERED.test(l)).map((l) => listedHeadingKind(l.replace(NUMBERED, ''))));
  numberedKinds.delete(null);
  const numbered = numberedKinds.size >= 2;
  for (const line of lines) {
    const kind = headingKind(numbered ? line.replace(NUMBERED, '') : line);
    if (kind && staysWithin(line, sections[sections.length - 1])) {
      sections[sections.length - 1].lines.push(line);
      continue;
    }
    if (kind) {
      sections.push({ kind, heading: line, lines: [] });
      continue;
    }
    // "Work Experience Acme Corp January 2008 - Present": a heading run into the first line under it.
    const glued = line.match(GLUED_EXPERIENCE);
    if (glued && headingKind(glued[1]) === 'experience' && findDateRanges(glued[2]).length) {
      sections.push({ kind: 'experience', heading: glued[1], lines: [glued[2]] });
      continue;
    }
    const run = gluedHeading(line);
    if (run) {
      sections.push({ kind: run.kind, heading: run.heading, lines: [run.rest] });
      continue;
    }
    const inline = /^[A-Z#]/.test(line) ? splitInlineHeading(line) : null;
    if (inline && /^#|^[A-Z][A-Z &/]+\s*:/.test(line)) {
      sections.push({ kind: inline.kind, heading: line, lines: [inline.rest] });
      continue;
    }
    sections[sections.length - 1].lines.push(line);
  }
  // "Accomplishments" holding several date ranges is a career history.
  for (const x of sections) if (ACHIEVEMENTS.test(key(x.heading)) && x.lines.filter((l) => findDateRanges(l).length).length >= 3) x.kind = 'experience';
  for (const x of sections) if (personalStatement(x)) x.kind = 'summary';
  return sections;
}

/**
 * "Personal Profile" heads the personal details in some resumes ("Name:", "Date of birth:") and a
 * personal statement in others ("I am a reliable sales assistant with ..."): written in
 * sentences, it is the summary.
 */
function personalStatement(section: Section): boolean {
  const first = stripBullet(section.lines.find((l) => l.trim()) ?? '');
  return section.kind === 'contact' && key(section.heading) === 'personal profile' && !first.includes(':') && first.split(/\s+/).length >= 8;
}

export function linesOf(sections: Section[], kind: Section['kind']): string[] {
  return sections.filter((s) => s.kind === kind).flatMap((s) => s.lines);
}
