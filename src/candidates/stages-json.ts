// The stages object of a candidate's application to a job (job_universal_status alias `a`),
// {resume, assessment, video}, each {exists, key, stage_name, service_id, details}, built in
// SQL; never null. Each stage's details come from one SQL expression that yields the details
// JSON or NULL when the stage has not started: the resume, the latest test log, the latest video
// interview.
import { invalid } from '../http/errors.ts';
import { RESUME_SCORE_JSON, USER_BRIEF_JSON } from '../resumes/resume-json.ts';

interface StageDefinition {
  slot: string;
  key: string;
  stageName: string;
  serviceId: number;
  /** SQL yielding the stage's details as JSON, or NULL when the candidate has not reached it. */
  details: string;
}

const RESUME_DETAILS = `(SELECT json_build_object(
    'id', sr.id, 'name', sr.name, 'job', sr.job_id, 'status_text', sr.status_text,
    'relevant_experience_in_months', sr.relevant_experience_in_months, 'overall_score', sr.overall_score::text,
    'resume_score', ${RESUME_SCORE_JSON('sr')}, 'completed', sr.completed, 'updated_at', api_ts(sr.updated_at),
    'updated_by', ${USER_BRIEF_JSON('sr.updated_by')}, 'is_approved', sr.is_approved,
    'approved_by', sr.approved_by, 'approved_at', api_ts(sr.approved_at), 'created_at', api_ts(sr.created_at))
  FROM resumes sr WHERE sr.candidate_id = a.candidate_id AND sr.job_id = a.job_id)`;

const ASSESSMENT_DETAILS = `(SELECT json_build_object(
    'id', l.id, 'title', t.title, 'status_text', l.status_text, 'completed', l.completed, 'score', l.score::text,
    'valid_from', api_ts(l.valid_from), 'valid_to', api_ts(l.valid_to), 'started_at', api_ts(l.started_at),
    'completed_at', api_ts(l.completed_at), 'fullscreen_exit_count', l.fullscreen_exit_count,
    'tab_switch_count', l.tab_switch_count, 'is_approved', l.is_approved, 'approved_by', l.approved_by,
    'updated_by', ${USER_BRIEF_JSON('l.updated_by')}, 'updated_at', api_ts(l.updated_at), 'created_at', api_ts(l.created_at))
  FROM test_logs l JOIN assessments t ON t.id = l.assessment_id
  WHERE l.candidate_id = a.candidate_id AND l.job_id = a.job_id ORDER BY l.created_at DESC, l.id DESC LIMIT 1)`;

const VIDEO_DETAILS = `(SELECT json_build_object(
    'id', p.id, 'status_text', p.status_text, 'completed', p.completed, 'link_opened', p.link_opened,
    'started', p.started, 'assigned_at', api_ts(p.assigned_at), 'expired_at', api_ts(p.expired_at),
    'completed_time', api_ts(p.completed_time), 'is_approved', p.is_approved, 'approved_by', p.approved_by,
    'updated_by', ${USER_BRIEF_JSON('p.updated_by')}, 'updated_at', api_ts(p.updated_at), 'created_at', api_ts(p.created_at))
  FROM personality_screenings p
  WHERE p.candidate_id = a.candidate_id AND p.job_id = a.job_id ORDER BY p.created_at DESC, p.id DESC LIMIT 1)`;

const STAGES: StageDefinition[] = [
  { slot: 'resume', key: 'resume-screening', stageName: 'Resume Screening', serviceId: 1, details: RESUME_DETAILS },
  { slot: 'assessment', key: 'assessment', stageName: 'Assessments', serviceId: 3, details: ASSESSMENT_DETAILS },
  { slot: 'video', key: 'automated-video-interview', stageName: 'Automated Video Interview', serviceId: 2, details: VIDEO_DETAILS },
];

function stageJson(stage: StageDefinition): string {
  const fixed = `'key', '${stage.key}', 'stage_name', '${stage.stageName}', 'service_id', ${stage.serviceId}`;
  // OFFSET 0 keeps the details subquery from being inlined, which would run it twice (once for
  // `exists`, once for `details`).
  return `(SELECT json_build_object('exists', d IS NOT NULL, ${fixed}, 'details', d) FROM (SELECT ${stage.details} AS d OFFSET 0) s)`;
}

/** SQL for the stages object of the application in job_universal_status alias `a`. */
export const STAGES_JSON = `json_build_object(${STAGES.map((stage) => `'${stage.slot}', ${stageJson(stage)}`).join(', ')})`;

/**
 * interview_steps as the client reads them ({service: {name}, completed, …}): the workflow steps
 * of candidate `c` on the jobs in `scope` (a condition on jobs alias `j`), as recorded by the
 * resume pipeline and the hiring stages.
 */
export const interviewStepsJson = (scope: string) => `(SELECT coalesce(json_agg(json_build_object(
    'id', s.id, 'service', json_build_object('id', sv.id, 'name', sv.name, 'key', sv.key), 'order', s."order",
    'job', s.job_id, 'module', s.module_id, 'started', s.started, 'completed', s.completed,
    'approved', s.approved, 'status_text', s.status_text) ORDER BY s.job_id, s."order"), '[]')
  FROM interview_steps s JOIN jobs j ON j.id = s.job_id JOIN services sv ON sv.key = s.stage
  WHERE s.candidate_id = c.id AND ${scope})`;

// The stage tabs (GET /jobs/{id}/stage-filters/ counts them; list-with-stages filters by them) as
// conditions on job_universal_status alias `a`. "Applied" is every applicant; a stage tab holds
// the candidates whose latest stage it is and who are still in the running; the others are standings.
const IN_RUNNING = "a.status IN ('Applied', 'In Progress')";
const atStage = (label: string) => `(a.current_stage = '${label}' AND ${IN_RUNNING})`;
export const STAGE_TABS: { label: string; condition: string | null; aliases: string[] }[] = [
  { label: 'Applied', condition: null, aliases: ['application-received'] },
  { label: 'Resume Screening', condition: atStage('Resume Screening'), aliases: ['resume-screening', 'resume'] },
  { label: 'Assessments', condition: atStage('Assessments'), aliases: ['assessment'] },
  { label: 'Automated Video Interview', condition: atStage('Automated Video Interview'), aliases: ['automated-video-interview', 'video', 'personality-screening'] },
  { label: 'Hired', condition: "a.status = 'Hired'", aliases: [] },
  { label: 'Rejected', condition: "a.status = 'Rejected'", aliases: [] },
  { label: 'On Hold', condition: "a.status = 'On Hold'", aliases: ['on-hold'] },
];

// The client also has a "Scheduled Final Interview" tab; Shortlist has no such stage, so it is always empty.
const STAGE_FILTERS: Record<string, string | null> = {
  ...Object.fromEntries(STAGE_TABS.flatMap((tab) => [tab.label, ...tab.aliases].map((name) => [name.toLowerCase(), tab.condition]))),
  'scheduled final interview': 'false',
  'scheduled-final-interview': 'false',
};

/** The condition for a stage_name filter (label or key, any case); none for "Applied" or no filter. */
export function stageCondition(stageName: string | undefined): string | null {
  if (stageName === undefined || stageName.trim() === '') return null;
  const name = stageName.trim().toLowerCase();
  if (!Object.hasOwn(STAGE_FILTERS, name)) throw invalid({ stage_name: `Unknown stage "${stageName}".` });
  return STAGE_FILTERS[name];
}
