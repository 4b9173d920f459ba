// The stages object of a candidate for one job, {resume, assessment, video}, each
// {exists, key, stage_name, service_id, details}, built in SQL; never null. Each stage's details
// come from one SQL expression that yields the details JSON or NULL when the stage has not
// started. Assessment and video interview details belong to the hiring-stages work: until they
// exist there, those stages report exists:false.
import { invalid } from '../http/errors.ts';
import { RESUME_SCORE_JSON, USER_BRIEF_JSON } from '../resumes/resume-json.ts';

/** SQL expressions for the candidate id and job id the stages are about. */
export interface StageContext {
  candidateId: string;
  jobId: string;
}

export interface StageDefinition {
  slot: string;
  key: string;
  stageName: string;
  serviceId: number;
  /** SQL yielding the stage's details as JSON, or NULL when the candidate has not reached it. */
  details: ((ctx: StageContext) => string) | null;
}

const resumeDetails = ({ candidateId, jobId }: StageContext) => `(SELECT json_build_object(
    'id', sr.id, 'name', sr.name, 'job', sr.job_id, 'status_text', sr.status_text,
    'relevant_experience_in_months', sr.relevant_experience_in_months, 'overall_score', sr.overall_score::text,
    'resume_score', ${RESUME_SCORE_JSON('sr')}, 'completed', sr.completed, 'updated_at', api_ts(sr.updated_at),
    'updated_by', ${USER_BRIEF_JSON('sr.updated_by')}, 'is_approved', sr.is_approved,
    'approved_by', sr.approved_by, 'approved_at', api_ts(sr.approved_at), 'created_at', api_ts(sr.created_at))
  FROM resumes sr WHERE sr.candidate_id = ${candidateId} AND sr.job_id = ${jobId})`;

export const STAGES: StageDefinition[] = [
  { slot: 'resume', key: 'resume-screening', stageName: 'Resume Screening', serviceId: 1, details: resumeDetails },
  { slot: 'assessment', key: 'assessment', stageName: 'Assessments', serviceId: 3, details: null },
  { slot: 'video', key: 'automated-video-interview', stageName: 'Automated Video Interview', serviceId: 2, details: null },
];

function stageJson(stage: StageDefinition, ctx: StageContext): string {
  const fixed = `'key', '${stage.key}', 'stage_name', '${stage.stageName}', 'service_id', ${stage.serviceId}`;
  if (!stage.details) return `json_build_object('exists', false, ${fixed}, 'details', NULL::json)`;
  return `(SELECT json_build_object('exists', d IS NOT NULL, ${fixed}, 'details', d) FROM (SELECT ${stage.details(ctx)} AS d) s)`;
}

/** SQL for the stages object of candidate `ctx.candidateId` for job `ctx.jobId`. */
export function stagesJson(ctx: StageContext): string {
  return `json_build_object(${STAGES.map((stage) => `'${stage.slot}', ${stageJson(stage, ctx)}`).join(', ')})`;
}

/**
 * interview_steps as the client reads them ({service: {name}, completed, …}), derived from the
 * candidate's resumes on the jobs in `scope` (a condition on jobs alias `j`).
 */
export const interviewStepsJson = (c: string, scope: string) => `(SELECT coalesce(json_agg(json_build_object(
    'id', r.id, 'service', json_build_object('id', 1, 'name', 'Resume Screening'), 'order', 1,
    'job', r.job_id, 'module', j.interview_module, 'started', true, 'completed', r.completed,
    'approved', r.is_approved) ORDER BY r.created_at DESC), '[]')
  FROM resumes r JOIN jobs j ON j.id = r.job_id WHERE r.candidate_id = ${c}.id AND ${scope})`;

// The stage tabs the client filters by (labels and keys) -> a condition on job_universal_status
// alias `a`. "Applied" is every applicant of the job.
const STAGE_FILTERS: Record<string, string | null> = {
  applied: null,
  'application-received': null,
  'resume screening': "a.current_stage = 'Resume Screening'",
  'resume-screening': "a.current_stage = 'Resume Screening'",
  resume: "a.current_stage = 'Resume Screening'",
  assessments: "a.current_stage = 'Assessments'",
  assessment: "a.current_stage = 'Assessments'",
  'automated video interview': "a.current_stage = 'Automated Video Interview'",
  'automated-video-interview': "a.current_stage = 'Automated Video Interview'",
  video: "a.current_stage = 'Automated Video Interview'",
  'scheduled final interview': "a.current_stage = 'Scheduled Final Interview'",
  'scheduled-final-interview': "a.current_stage = 'Scheduled Final Interview'",
  hired: "a.current_stage = 'Hired'",
  rejected: "(a.current_stage = 'Rejected' OR a.status = 'Not Shortlisted')",
  'on hold': "(a.current_stage = 'On Hold' OR a.status = 'On Hold')",
  'on-hold': "(a.current_stage = 'On Hold' OR a.status = 'On Hold')",
};

/** The condition for a stage_name filter (label or key, any case); none for "Applied" or no filter. */
export function stageCondition(stageName: string | undefined): string | null {
  if (stageName === undefined || stageName.trim() === '') return null;
  const name = stageName.trim().toLowerCase();
  if (!Object.hasOwn(STAGE_FILTERS, name)) throw invalid({ stage_name: `Unknown stage "${stageName}".` });
  return STAGE_FILTERS[name];
}
