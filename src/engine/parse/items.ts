// Projects and certifications: one entry per heading-like line (projects) or per line (certifications).

import { isBullet, stripBullet } from '../text/lines.ts';
import type { CertificationItem, ProjectItem } from '../types.ts';

export function findProjects(lines: string[]): ProjectItem[] {
  const out: ProjectItem[] = [];
  for (const line of lines) {
    const text = stripBullet(line);
    const named = text.match(/^(?:project(?: name| title)?\s*[:\-–]\s*)(.+)$/i);
    const startsItem = named || (!isBullet(line) && text.length <= 80 && !/[.]$/.test(text)) || out.length === 0;
    if (startsItem) out.push({ name: (named ? named[1] : text).slice(0, 120), description: '' });
    else {
      const last = out[out.length - 1];
      last.description = last.description ? `${last.description}\n${text}` : text;
    }
  }
  return out.filter((p) => p.name);
}

export function findCertifications(lines: string[]): CertificationItem[] {
  return lines
    .map((l) => stripBullet(l).replace(/\s+/g, ' ').trim())
    .filter((l) => l.length >= 3 && l.length <= 150 && /[A-Za-z]/.test(l))
    .map((name) => ({ name }));
}
