// The JSON schema of resume_json sent to the model (strict mode: every property required, no
// extra properties), and a coercion of whatever comes back into a well-formed ResumeJson.
import type { ResumeJson } from '../engine/index.ts';
import { obj, str, strList } from './chat.ts';

const numOrNull = { type: ['number', 'null'] };

export const RESUME_SCHEMA = obj({
  name: str,
  emails: strList,
  phoneNumbers: strList,
  websites: strList,
  addresses: obj({ city: str, state: str }),
  summary: str,
  skills: { type: 'array', items: obj({ name: str }) },
  workExperience: {
    type: 'array',
    items: obj({ company: str, position: str, startDate: str, endDate: str, description: str }),
  },
  education: {
    type: 'array',
    items: obj({ school: str, degree: str, startDate: str, endDate: str, cgpa: numOrNull, percent: numOrNull }),
  },
  projects: { type: 'array', items: obj({ name: str, description: str }) },
  certifications: { type: 'array', items: obj({ name: str }) },
  dateOfBirth: str,
});

type Loose = Record<string, unknown>;

const s = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');
const n = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const list = (x: unknown): Loose[] => (Array.isArray(x) ? x.filter((i): i is Loose => !!i && typeof i === 'object') : []);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.map(s).filter(Boolean) : typeof x === 'string' && x ? [x] : []);

/** A ResumeJson built from a model's reply (an object, as askForJson checks). */
export function toResumeJson(v: Loose): ResumeJson {
  const addr = (v.addresses && typeof v.addresses === 'object' ? v.addresses : {}) as Loose;
  return {
    name: s(v.name),
    emails: strings(v.emails),
    phoneNumbers: strings(v.phoneNumbers),
    websites: strings(v.websites),
    addresses: { city: s(addr.city), state: s(addr.state) },
    summary: s(v.summary),
    skills: list(v.skills).map((i) => ({ name: s(i.name) })).filter((i) => i.name),
    workExperience: list(v.workExperience).map((i) => ({
      company: s(i.company),
      position: s(i.position),
      startDate: s(i.startDate),
      endDate: s(i.endDate),
      description: s(i.description),
    })),
    education: list(v.education).map((i) => ({
      school: s(i.school),
      degree: s(i.degree),
      startDate: s(i.startDate),
      endDate: s(i.endDate),
      cgpa: n(i.cgpa),
      percent: n(i.percent),
    })),
    projects: list(v.projects).map((i) => ({ name: s(i.name), description: s(i.description) })),
    certifications: list(v.certifications).map((i) => ({ name: s(i.name) })).filter((i) => i.name),
    dateOfBirth: s(v.dateOfBirth),
  };
}
