// ai_summary: a short HTML summary of the candidate, generated from the parsed resume and the
// score. It names no protected trait.
import type { ResumeJson, WorkItem } from '../types.ts';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function summaryHtml(resume: ResumeJson, facts: { totalMonths: number; relevantMonths: number; overall: string; strengths: string[]; gaps: string[] }): string {
  const who = resume.name ? `<strong>${esc(resume.name)}</strong>` : 'The candidate';
  const latest = resume.workExperience[0];
  // The roles of one title line ("Founder and CEO") are listed as jobs of the same employer and dates.
  const sameJob = (w: WorkItem) => (latest.company || latest.startDate) && w.company === latest.company && w.startDate === latest.startDate && w.endDate === latest.endDate;
  const held = latest ? resume.workExperience.filter((w) => w === latest || sameJob(w)) : [];
  const position = held.map((w) => w.position).filter(Boolean).join(' / ');
  const role = latest ? ` ${latest.endDate === 'Present' ? 'is' : 'was most recently'} ${esc(position || 'employed')}${latest.company ? ` at ${esc(latest.company)}` : ''}` : ' lists no work history';
  const yrs = (m: number) => (Math.round(m / 6) / 2).toString();
  const edu = resume.education[0];
  const parts = [
    `<p>${who}${role}, with ${yrs(facts.totalMonths)} years of experience (${yrs(facts.relevantMonths)} relevant to this job).`,
    edu?.degree ? ` Education: ${esc(edu.degree)}${edu.school ? `, ${esc(edu.school)}` : ''}.` : '',
    '</p>',
    facts.strengths.length ? `<p>Strengths: ${esc(facts.strengths.slice(0, 6).join(', '))}.</p>` : '',
    facts.gaps.length ? `<p>Gaps: ${esc(facts.gaps.slice(0, 6).join(', '))}.</p>` : '',
    `<p>Overall score ${esc(facts.overall)} / 10.</p>`,
  ];
  return parts.join('');
}
