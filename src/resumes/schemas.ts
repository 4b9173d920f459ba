import { Type } from '@sinclair/typebox';
import { Nullable, Open } from '../http/schemas.ts';

const Decimal = Type.String({ pattern: '^-?\\d+\\.\\d+$' });

export const ResumeScore = Open({
  id: Type.Integer(),
  skills_score: Decimal,
  work_exp_score: Decimal,
  projects_score: Decimal,
  education_score: Decimal,
  certifications_score: Decimal,
  overall_score: Decimal,
});

export const UserBrief = Open({ id: Type.Integer(), name: Type.String(), profile_pic: Nullable(Type.String()) });

export const Resume = Open({
  id: Type.Integer(),
  job: Type.Integer(),
  candidate: Type.Integer(),
  resume_score: Nullable(ResumeScore),
  score_weight: Nullable(Open({ id: Type.Integer(), skills: Decimal })),
  status_text: Type.String(),
  completed: Type.Boolean(),
  is_approved: Type.Boolean(),
  approved_by: Nullable(Type.Integer()),
  approved_at: Nullable(Type.String()),
  updated_by: Nullable(UserBrief),
  overall_score: Nullable(Decimal),
  cost: Decimal,
  retries: Type.Integer(),
  upload_count: Type.Integer(),
  resume_file: Nullable(Type.String()),
  skills: Type.Array(Type.Any()),
  created_at: Type.String(),
  updated_at: Type.String(),
});

export const RESUME_STATUSES = ['Shortlisted', 'Not Shortlisted', 'Under Review', 'On Hold'] as const;

export const ResumeStatusBody = Type.Object(
  {
    status_text: Type.Optional(Type.Union(RESUME_STATUSES.map((s) => Type.Literal(s)))),
    is_approved: Type.Optional(Type.Boolean()),
    approved_by: Type.Optional(Nullable(Type.Integer())),
    approved_at: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    updated_by: Type.Optional(Nullable(Type.Integer())),
    updated_at: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    body: Type.Optional(Nullable(Type.String({ maxLength: 50_000 }))),
    subject: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    notify_candidate: Type.Optional(Nullable(Type.Boolean())),
  },
  { additionalProperties: false },
);
