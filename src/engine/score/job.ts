// Job understanding: jd_json (Skills, Projects, Education, Certifications, Work Experience),
// weighted skills, required roles with months, minimum experience and degree level.
import { degreeLevel } from '../parse/degrees.ts';
import { skillsInText } from '../parse/taxonomy.ts';
import { uniqueBy } from '../parse/unique.ts';
import { cleanText } from '../text/clean.ts';
import { stripBullet } from '../text/lines.ts';
import type { JdJson, JobInput, JobProfile, RequiredRole } from '../types.ts';
import { parseRequirements } from './requirements.ts';

type JdPart = 'title' | 'summary' | 'skills' | 'experience' | 'education' | 'certifications' | 'projects' | 'duties' | 'other';

const JD_HEADINGS: Array<[RegExp, JdPart]> = [
  [/^job title$|^title$|^position$|^role$/, 'title'],
  [/summary|overview|about the (?:role|job|position)|description|introduction|the role/, 'summary'],
  [/certif|licen[cs]e/, 'certifications'],
  [/education|academic|degree/, 'education'],
  [/experience/, 'experience'],
  [/skill|requirement|qualification|must have|competenc|what you bring|what we.re looking for|technolog|nice to have|preferred/, 'skills'],
  [/project/, 'projects'],
  [/responsibilit|duties|what you.ll do|key tasks|accountabilit|role involves/, 'duties'],
];

function htmlToText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/li|\/h\d|\/div|\/tr)[^>]*>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<h\d[^>]*>/gi, '\n## ')
    .replace(/<[^>]+>/g, ' ');
}

function headingPart(line: string): { part: JdPart; rest: string } | null {
  const m = line.match(/^(#+\s*)?([A-Za-z][A-Za-z '&/-]{1,60}?)\s*(?::\s*(.*))?$/);
  if (!m) return null;
  const marked = Boolean(m[1]) || m[3] !== undefined;
  const h = m[2].toLowerCase().trim();
  // An unmarked line is a heading only when it is short ("Responsibilities", "Required Skills").
  if (h.split(/\s+/).length > (marked ? 6 : 4)) return null;
  for (const [re, part] of JD_HEADINGS) if (re.test(h)) return { part, rest: (m[3] ?? '').trim() };
  return null;
}

function splitJd(text: string): Map<JdPart, string[]> {
  const parts = new Map<JdPart, string[]>();
  const add = (part: JdPart, line: string) => {
    const lines = parts.get(part);
    if (lines) lines.push(line);
    else parts.set(part, [line]);
  };
  let current: JdPart = 'summary';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || /^[#*\-=_]+$/.test(line)) continue;
    const h = /^#|^[A-Z][^.,;]{0,60}(?::.*)?$/.test(line) ? headingPart(line) : null;
    if (!h) add(current, line);
    else {
      current = h.part;
      if (h.rest) add(current, h.rest);
    }
  }
  return parts;
}

/** "Customer Service: Experience in helping clients" -> "Customer Service". */
function skillName(item: string): string {
  const t = stripBullet(item).replace(/^\*\*|\*\*$/g, '');
  const head = t.match(/^([^:.]{2,60}?)\s*(?::|\s[-–]\s)\s*\S/);
  return (head ? head[1] : t).replace(/\*\*/g, '').replace(/[.;]+$/, '').trim();
}

/** "The following core skills: Confidentiality, Basic IT Skills, Initiative" -> the listed skills. */
function skillNames(item: string): string[] {
  const t = stripBullet(item);
  const colon = t.indexOf(':');
  const tail = colon >= 0 ? t.slice(colon + 1) : t;
  const parts = tail.split(/\s*[,;]\s*(?:and\s+|or\s+)?|\s+and\s+(?=[A-Z])/).map((p) => p.replace(/[.]+$/, '').trim()).filter(Boolean);
  const isList = colon >= 0 && parts.length >= 3 && parts.every((p) => p.split(/\s+/).length <= 5);
  return isList ? parts : [skillName(item)];
}

function listItems(lines: string[]): string[] {
  return lines.map((l) => stripBullet(l)).filter((l) => l.length > 1);
}

function mustHaveNames(input: JobInput['must_have_skills']): string[] {
  return (input ?? [])
    .map((s) => (typeof s === 'string' ? s : (s?.value ?? s?.label ?? '')))
    .map((s) => String(s).trim())
    .filter(Boolean);
}

export function understandJob(job: JobInput): JobProfile {
  const text = cleanText([job.description ?? '', job.jd_html ? htmlToText(job.jd_html) : ''].join('\n'));
  const parts = splitJd(text);
  const get = (p: JdPart) => parts.get(p) ?? [];
  const title = (job.title ?? get('title')[0] ?? '').trim();
  const given = job.jd_json ?? {};

  const skillItems = given.Skills?.length ? given.Skills : listItems(get('skills')).flatMap(skillNames);
  const fallbackSkills = skillItems.length ? [] : skillsInText(text, true);
  const mustHave = mustHaveNames(job.must_have_skills);
  const skills = uniqueBy(
    [
      ...mustHave.map((name) => ({ name, weight: 2, mustHave: true })),
      ...[...skillItems, ...fallbackSkills].map((name) => ({ name, weight: 1, mustHave: false })),
    ],
    (s) => s.name.toLowerCase(),
  );

  const reqLines = given['Work Experience']?.length ? given['Work Experience'] : listItems(get('experience'));
  // A line without a duration that names a degree is an education requirement, not a role.
  const parsedRoles = reqLines.flatMap((l) => {
    const found = parseRequirements(l);
    // "Applicants should bring:" introduces the list; it names no role.
    return found.length ? found : [{ title: degreeLevel(l) || /:\s*$/.test(l) ? '' : stripBullet(l), months: 0 }];
  });
  const roles: RequiredRole[] = uniqueBy(
    parsedRoles.filter((r) => r.title),
    (r) => r.title.toLowerCase(),
  );
  const statedMin = Number(job.min_experience ?? 0) * 12;
  const anyMonths = parsedRoles.map((r) => r.months);
  const minExperienceMonths = Math.max(Number.isFinite(statedMin) ? statedMin : 0, ...anyMonths, 0);

  const educationLines = given.Education?.length ? given.Education : listItems(get('education'));
  const educationLevel = Math.max(0, ...[...educationLines, ...get('skills'), ...get('experience')].map(degreeLevel));
  const certifications = given.Certifications?.length ? given.Certifications : listItems(get('certifications'));
  const projects = given.Projects?.length ? given.Projects : listItems(get('projects'));
  const duties = listItems(get('duties'));

  const jd_json: JdJson = {
    Skills: skills.map((s) => s.name),
    Projects: projects.length ? projects : duties,
    Education: educationLines,
    Certifications: certifications,
    'Work Experience': roles.map((r) => r.title),
  };
  return {
    title,
    jd_json,
    skills,
    roles,
    minExperienceMonths,
    educationLevel,
    workText: [title, ...get('summary'), ...duties, ...projects].join('\n'),
  };
}
