import { Type } from '@sinclair/typebox';
import { DbId, Nullable, Open, PageQuery } from '../http/schemas.ts';
import { REVIEW_STATUSES } from '../stages/stage-names.ts';

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

/** A row of the resume-screening grid (/filter/resume): its job as {id, title}, and candidate_ids. */
export const GridResume = Open({
  ...Resume.properties,
  job: Open({ id: Type.Integer(), title: Type.String() }),
  candidate_ids: Type.Array(Type.Integer()),
});

export const ResumeStatusBody = Type.Object(
  {
    status_text: Type.Optional(Type.Union(REVIEW_STATUSES.map((s) => Type.Literal(s)))),
    is_approved: Type.Optional(Type.Boolean()),
    approved_by: Type.Optional(Nullable(DbId)),
    approved_at: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    updated_by: Type.Optional(Nullable(DbId)),
    updated_at: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    body: Type.Optional(Nullable(Type.String({ maxLength: 50_000 }))),
    subject: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    notify_candidate: Type.Optional(Nullable(Type.Boolean())),
  },
  { additionalProperties: false },
);

const Count = (max: number) => Type.Integer({ minimum: 0, maximum: max });

const Currency = Type.String({ minLength: 1, maxLength: 10 });

export const PreferenceBody = Type.Object(
  {
    job: Type.Optional(DbId),
    job_id: Type.Optional(DbId),
    max_retries: Type.Optional(Count(100)),
    max_resume_size: Type.Optional(Type.Integer({ minimum: 1024, maximum: 200 * 1024 * 1024 })),
    max_applicants: Type.Optional(Nullable(Count(1_000_000))),
    // 0 to 10, as a number or a decimal string with up to two places.
    shortlist_threshold: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 10 }), Type.String({ pattern: '^(?:10(?:\\.0{1,2})?|\\d(?:\\.\\d{1,2})?)$' })])),
    location_to_exclude: Type.Optional(Nullable(Type.Array(Type.Any(), { maxItems: 500 }))),
    include_github: Type.Optional(Type.Boolean()),
    include_linkedin: Type.Optional(Type.Boolean()),
    include_questions: Type.Optional(Type.Boolean()),
    include_notice_period: Type.Optional(Type.Boolean()),
    include_current_ctc: Type.Optional(Type.Boolean()),
    include_expected_ctc: Type.Optional(Type.Boolean()),
    include_relevant_experience: Type.Optional(Type.Boolean()),
    include_profile_pic: Type.Optional(Type.Boolean()),
    include_intro_video: Type.Optional(Type.Boolean()),
    last_increment: Type.Optional(Type.Boolean()),
    include_personal_website: Type.Optional(Type.Boolean()),
    // A code, or the client's select option {value: "USD", label: "USD - US Dollar"}.
    currency: Type.Optional(Type.Union([Currency, Type.Object({ value: Currency, label: Type.Optional(Type.String()) })])),
    question_set: Type.Optional(Nullable(DbId)),
    // The questions themselves, or (as the job form sends them) their ids, stored as the questions.
    questions: Type.Optional(
      Nullable(Type.Array(Type.Union([DbId, Type.Object({ id: Type.Any(), text: Type.String(), type: Type.Optional(Type.String()) }, { additionalProperties: true })]), { maxItems: 500 })),
    ),
    random_questions: Type.Optional(Type.Boolean()),
    random_questions_count: Type.Optional(Count(500)),
  },
  { additionalProperties: true },
);

export const Preference = Open({
  id: Type.Integer(),
  job: Type.Integer(),
  max_retries: Type.Integer(),
  max_resume_size: Type.Integer(),
  shortlist_threshold: Decimal,
  questions: Type.Array(Type.Any()),
});

export const PreferenceQuery = Type.Object({
  job_id: Type.Optional(DbId),
  ...PageQuery,
});
