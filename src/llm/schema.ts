// The JSON schema of resume_json sent to the model (strict mode: every property required, no
// extra properties), and a coercion of whatever comes back into a well-formed ResumeJson.
import type { ResumeJson } from '../engine/index.ts';

const str = { type: 'string' };
const strList = { type: 'array', items: str };
const obj = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
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

/** A failure of the model's answer, described in fixed words that never quote the answer. */
export class ModelError extends Error {}

/** A ResumeJson built from a model's reply; throws when the reply is not an object. */
export function toResumeJson(value: unknown): ResumeJson {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ModelError('model reply is not an object');
  const v = value as Loose;
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
