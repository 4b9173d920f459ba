// Assembles resume_json from raw resume text.

import { cleanText } from '../text/clean.ts';
import { toLines } from '../text/lines.ts';
import type { EducationItem, ResumeJson, WorkItem } from '../types.ts';
import { eachRoleOf } from './combined-roles.ts';
import { findEmails, findPhones, findWebsites } from './contacts.ts';
import { findDateRanges } from './dates.ts';
import { degreeLevel, looksLikeSchool } from './degrees.ts';
import { findEducation, statesQualification } from './education.ts';
import { findDesignation } from './headline.ts';
import { findCertifications, findProjects } from './items.ts';
import { loneDate } from './job-anchors.ts';
import { findName } from './name.ts';
import { findAddress, findDateOfBirth, summaryFrom } from './personal.ts';
import { titleCues } from './roles.ts';
import { EARLIER_CAREER, linesOf, type Section, splitSections } from './sections.ts';
import { findSkills } from './skills.ts';
import { uniqueBy } from './unique.ts';
import { findWork, findWorkInParts, withProseRoles } from './work.ts';

const jobKey = (w: WorkItem) => [w.position, w.company, w.startDate, w.endDate].join('|').toLowerCase();

/**
 * Without an education section: the lines naming a degree, the two after each, and a school written
 * up to two lines above it (with the lines between), unless that line is a job held at a school
 * ("English Teacher, Elm Middle School", "2010 - 2015").
 */
function aroundDegrees(lines: string[]): string[] {
  const schoolAbove = (l: string) => looksLikeSchool(l) && titleCues(l) === 0 && !findDateRanges(l).length;
  const keep = new Set<number>();
  lines.forEach((l, i) => {
    if (l.length > 160 || degreeLevel(l) === 0) return;
    const above = [i - 2, i - 1].find((j) => j >= 0 && schoolAbove(lines[j])) ?? i;
    for (let j = above; j <= i + 2 && j < lines.length; j++) keep.add(j);
  });
  return [...keep].sort((a, b) => a - b).map((i) => lines[i]);
}

const EARLIER_CAREER_HEADING = new RegExp(`^${EARLIER_CAREER}`, 'i');

/**
 * The experience sections' lines, in parts read apart ("Teaching Experience" after "Professional Experience"):
 * a section opening on a dated entry starts a part. One that does not (details run on over a page, dates
 * gathered at its end, a section without dates) goes on from the part above, and sections without dates
 * above the first dated one are read with it, as the one list they were before. An earlier career's section
 * ("PRIOR EXPERIENCE") lists roles of its own, dated or not, and starts a part too.
 */
function experienceParts(sections: Section[]): string[][] {
  const dates = (l: string) => findDateRanges(l).length > 0 || loneDate(l) !== null;
  const parts: string[][] = [[]];
  let datedPart = false;
  for (const s of sections.filter((x) => x.kind === 'experience')) {
    const opensDated = s.lines.slice(0, 4).some(dates);
    if ((opensDated || EARLIER_CAREER_HEADING.test(s.heading)) && datedPart) parts.push([]);
    parts[parts.length - 1].push(...s.lines);
    datedPart ||= s.lines.some(dates);
  }
  return parts;
}

/** The entries of the education lines, with the qualifications listed elsewhere whose level none of them holds. */
function educationOf(eduLines: string[], elsewhere: string[]): EducationItem[] {
  const listed = findEducation(eduLines);
  const held = new Set(listed.map((e) => degreeLevel(e.degree)));
  return [...listed, ...findEducation(elsewhere).filter((e) => !held.has(degreeLevel(e.degree)))];
}

export function parseResume(text: string): ResumeJson {
  const clean = cleanText(text);
  const lines = toLines(clean);
  const sections = splitSections(lines);
  const has = (kind: string) => sections.some((s) => s.kind === kind && s.lines.length > 0);
  // An education section without any degree or school (a heading split from its lines by a
  // column layout) does not count.
  const eduSection = linesOf(sections, 'education');
  const hasEducation = eduSection.some((l) => degreeLevel(l) > 0 || looksLikeSchool(l));
  // Without an education section every line naming a degree is read already.
  const education = hasEducation ? educationOf(eduSection, linesOf(sections, 'skills').filter(statesQualification)) : findEducation(aroundDegrees(lines));
  const summary = summaryFrom(linesOf(sections, 'summary'));
  const name = findName(lines);
  // A name heading the resume that recurs among the jobs heads a page there, not an employer.
  const headerName = name && linesOf(sections, 'header').some((l) => l.includes(name)) ? name : '';
  // Without an experience heading (or with one that holds no job: a heading of a column laid out
  // apart from its lines), dated jobs sit in the header or run on under the summary.
  const findJobs = () => {
    const listed = has('experience') ? findWorkInParts(experienceParts(sections), true, headerName) : [];
    const aroundSummary = sections.filter((s) => s.kind === 'header' || s.kind === 'summary').flatMap((s) => s.lines);
    // A role the summary tells in prose ("currently working as a Data Analyst at Brightwave") beside the listed jobs.
    if (listed.length) return withProseRoles(listed, aroundSummary, true);
    const fromSummary = findWork(aroundSummary, false, headerName);
    if (fromSummary.length || !has('experience')) return fromSummary;
    // Two columns read across: the jobs of an experience heading that holds none ran on under the
    // side column's headings (skills, personal details, languages).
    const sideColumn = sections.filter((s) => s.kind === 'skills' || s.kind === 'contact' || s.kind === 'other').flatMap((s) => s.lines);
    return findWork(sideColumn, false, headerName);
  };
  return {
    name,
    emails: findEmails(clean),
    phoneNumbers: findPhones(clean),
    websites: findWebsites(clean),
    addresses: findAddress(lines),
    summary,
    designation: findDesignation(linesOf(sections, 'header'), summary, name),
    skills: findSkills(linesOf(sections, 'skills'), clean, lines),
    // A job or a degree written twice (a resume pasted twice, a summary table) is listed once.
    workExperience: uniqueBy(eachRoleOf(findJobs(), jobKey), jobKey),
    education: uniqueBy(education, (e) => [e.degree, e.school, e.endDate].join('|').toLowerCase()),
    projects: findProjects(linesOf(sections, 'projects')),
    certifications: findCertifications(linesOf(sections, 'certifications')),
    dateOfBirth: findDateOfBirth(clean),
  };
}
