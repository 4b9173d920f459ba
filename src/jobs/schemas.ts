import { Type } from '@sinclair/typebox';
import { DbId, Nullable, Open, PageQuery } from '../http/schemas.ts';

const Skill = Type.Union([Type.String(), Type.Object({ label: Type.Optional(Type.String()), value: Type.Optional(Type.String()) })]);
const Experience = Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 60 })));

export const JobBody = Type.Object({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  description: Type.Optional(Nullable(Type.String({ maxLength: 100_000 }))),
  jd_html: Type.Optional(Nullable(Type.String({ maxLength: 200_000 }))),
  jd_json: Type.Optional(Type.Any()),
  experience: Experience,
  min_experience: Experience,
  max_experience: Experience,
  employment_type: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  location: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  must_have_skills: Type.Optional(Type.Array(Skill, { maxItems: 100 })),
  new_applicant_notify: Type.Optional(Type.Boolean()),
  published: Type.Optional(Type.Boolean()),
  close_date: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  owner: Type.Optional(Nullable(Type.Union([DbId, Type.Object({ id: DbId })]))),
  score_weight: Type.Optional(Nullable(Type.Union([Type.String(), Type.Object({}, { additionalProperties: true })]))),
  interview_module: Type.Optional(Nullable(DbId)),
  workflow: Type.Optional(Nullable(DbId)),
  users_shared_with: Type.Optional(Type.Array(DbId, { maxItems: 500 })),
  is_deleted: Type.Optional(Type.Boolean()),
  deleted_by: Type.Optional(Nullable(DbId)),
});

export const CreateJobBody = Type.Intersect([JobBody, Type.Object({ title: Type.String({ minLength: 1, maxLength: 300 }) })]);

export const Job = Open({
  id: Type.Integer(),
  title: Type.String(),
  owner: Open({ id: Type.Integer(), name: Type.String() }),
  score_weight: Open({ id: Type.Integer(), skills: Type.String() }),
  encrypted: Type.String(),
  published: Type.Boolean(),
  closing_in: Nullable(Type.Integer()),
  applicants_count: Type.Integer(),
  applicants_today_count: Type.Integer(),
  users_shared_with: Type.Array(Open({ id: Type.Integer(), name: Type.String() })),
});

export const PublicJob = Open({ id: Type.Integer(), title: Type.String(), published: Type.Boolean(), close_date: Nullable(Type.String()) });
export const JobName = Type.Object({ id: Type.Integer(), title: Type.String() });
export const PublicKeyParams = Type.Object({ encrypted: Type.String({ minLength: 1, maxLength: 100 }) });

const Names = Type.Array(Type.String({ maxLength: 200 }), { maxItems: 100 });

export const FilterGroupBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  job: Type.Optional(Nullable(DbId)),
  skills: Type.Optional(Type.Array(Skill, { maxItems: 100 })),
  work_experience: Type.Optional(Nullable(Type.Object({ operator: Type.Union([Type.Literal('='), Type.Literal('<='), Type.Literal('>=')]), value: Type.Number({ minimum: 0, maximum: 100 }) }))),
  location: Type.Optional(Type.Object({ city: Type.Optional(Names), state: Type.Optional(Names) })),
  ai_recommendations: Type.Optional(Type.Boolean()),
});

export const FilterGroup = Open({ id: Type.Integer(), name: Type.String(), job: Nullable(Type.Integer()), skills: Type.Array(Type.Any()) });

export const FilterGroupQuery = Type.Object({ ...PageQuery, job: Type.Optional(DbId) });

export const GenerateDescriptionBody = Type.Object({
  job_title: Type.String({ minLength: 1, maxLength: 300 }),
  must_have_skills: Type.Optional(Type.Array(Skill, { maxItems: 100 })),
  employment_type: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  min_experience: Experience,
  max_experience: Experience,
});

export const RewriteDescriptionBody = Type.Object({
  job_title: Type.Optional(Type.String({ maxLength: 300 })),
  job_description: Type.String({ minLength: 1, maxLength: 50_000 }),
});

const SkillOption = Type.Object({ label: Type.String(), value: Type.String() });

export const GeneratedDescription = Type.Object({
  job_title: Type.String(),
  must_have_skills: Type.Array(SkillOption),
  job_description: Type.String(),
  job_desc_html: Type.String(),
});

export const RewrittenDescription = Type.Object({
  recommended_skills: Type.Array(SkillOption),
  enhanced_job_description: Type.String(),
  enhanced_job_description_html: Type.String(),
});
