// Summary, address (city and state) and date of birth. The date of birth is kept only because the
// spec's resume_json has the field; scoring never reads it.
import { stripBullet } from '../text/lines.ts';
import { looksLikePlace } from './roles.ts';

export function findAddress(lines: string[]): { city: string; state: string } {
  for (const line of lines.slice(0, 15)) {
    for (const part of line.split(/\s+[-–|]\s+|:\s+/)) {
      const p = part.trim().replace(/[\s\-–]+$/, '');
      if (looksLikePlace(p)) {
        const [city, state] = p.split(/,\s*/);
        return { city: city.trim(), state: (state ?? '').trim() };
      }
    }
  }
  return { city: '', state: '' };
}

export function findDateOfBirth(text: string): string {
  const m = text.match(/\b(?:date of birth|d\.?o\.?b\.?|birth ?date)\s*[:-]?\s*([0-9A-Za-z ,./-]{6,20}\d)/i);
  return m ? m[1].trim() : '';
}

export function summaryFrom(lines: string[]): string {
  return lines
    .map((l) => stripBullet(l))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 1000);
}
