import { Type } from '@sinclair/typebox';
import { DbId, Nullable, Open } from '../http/schemas.ts';
import { Resume } from '../resumes/schemas.ts';

export const Location = Nullable(Open({ city: Type.String(), state: Type.String() }));

const candidateFields = {
  id: Type.Integer(),
  name: Type.String(),
  email: Type.String(),
  location: Location,
  resumes: Type.Array(Resume),
  created_at: Type.String(),
  updated_at: Type.String(),
};

export const Candidate = Open({
  ...candidateFields,
  applied_jobs: Type.Array(Open({ id: Type.Integer(), title: Type.String(), owner: Open({ id: Type.Integer() }) })),
  experience: Type.Array(Type.Any()),
  interview_steps: Type.Array(Open({ service: Open({ name: Type.String() }), completed: Type.Boolean() })),
});

export const BasicCandidate = Open({
  ...candidateFields,
  applied_jobs: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String() })),
});

export const Applicant = Open({
  ...candidateFields,
  applied_jobs: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String() })),
  interview_steps: Type.Array(Open({ service: Open({ name: Type.String() }), completed: Type.Boolean() })),
  latest_resume_created_at: Type.String(),
});

export const CountParams = Type.Object({ kind: Type.Union([Type.Literal('all'), Type.Literal('jobs'), Type.Literal('applicants')]) });
export const Counts = Type.Object({ jobs: Type.Optional(Type.Integer()), applicants: Type.Optional(Type.Integer()) });

/** What the anonymous apply flow gets back: a receipt, not the stored profile. */
export const ApplicationReceipt = Type.Object({
  id: Type.Integer(),
  candidate_id: Type.Integer(),
  name: Type.String(),
  email: Type.String(),
  applied_jobs: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String() })),
  resumes: Type.Array(
    Type.Object({
      id: Type.Integer(),
      job: Type.Integer(),
      status_text: Type.String(),
      completed: Type.Boolean(),
      retries: Type.Integer(),
      upload_count: Type.Integer(),
      created_at: Type.String(),
    }),
  ),
  created_at: Type.String(),
  updated_at: Type.String(),
});

export const Stage = Type.Object({
  exists: Type.Boolean(),
  key: Type.String(),
  stage_name: Type.String(),
  service_id: Type.Integer(),
  details: Nullable(Open({ id: Type.Integer(), status_text: Type.String() })),
});
export const Stages = Type.Record(Type.String(), Stage);

export const StagesQuery = Type.Object({ candidate_id: DbId, job_id: DbId });
export const CandidateStages = Type.Object({ candidate_id: Type.Integer(), stages: Stages });

export const CandidateWithStages = Open({
  id: Type.Integer(),
  name: Type.String(),
  email: Type.String(),
  location: Location,
  skills: Type.Array(Type.Any()),
  created_at: Type.String(),
  updated_at: Type.String(),
  current_stage: Type.String(),
  stages: Stages,
});

export const CheckEmailParams = Type.Object({ job_id: DbId, email: Type.String({ minLength: 1 }) });
export const EmailCheck = Type.Union([
  Type.Object({ exists: Type.Literal(false) }),
  Type.Object({
    exists: Type.Literal(true),
    id: Type.Integer(),
    applied_job: Type.Integer(),
    applied_jobs: Type.Array(Type.Integer()),
    resume: Type.Integer(),
    retries: Type.Integer(),
  }),
]);

export const CandidateName = Type.Object({ id: Type.Integer(), name: Type.String() });
export const JobIdParams = Type.Object({ job_id: DbId });

/** A 400: a field -> messages map, or {detail} (and a field) for a rule such as max retries. */
export const BadRequest = Type.Record(Type.String(), Type.Union([Type.String(), Type.Array(Type.String())]));
