import { JOB_JSON } from '../jobs/job-json.ts';
import { RESUME_JSON } from '../resumes/resume-json.ts';
import { interviewStepsJson } from './stages-json.ts';

// The candidate as the spec's serializers show it, built in SQL for candidates alias `c`.
// `scope` is a condition on jobs alias `j`, the jobs the user may see (access/jobs.ts
// visibleJobs): only those jobs' applications and resumes are shown.

/** The candidate's own columns (the spec's top-level fields). */
const CANDIDATE_FIELDS = `'id', c.id, 'name', c.name, 'email', c.email,
  'contact', c.contact, 'location', c.location, 'linkedin', c.linkedin, 'github', c.github,
  'personal_website', c.personal_website, 'profile_pic', c.profile_pic, 'avatar', c.profile_pic,
  'intro_video', c.intro_video, 'notice_period_in_months', c.notice_period_in_months,
  'current_ctc', c.current_ctc, 'expected_ctc', c.expected_ctc, 'last_increment', c.last_increment,
  'hired', c.hired, 'created_by', c.created_by,
  'created_at', api_ts(c.created_at), 'updated_at', api_ts(c.updated_at)`;

const scopedResumes = (scope: string) =>
  `FROM resumes r JOIN jobs j ON j.id = r.job_id WHERE r.candidate_id = c.id AND ${scope}`;

/** resumes: always a list, latest application first. */
const resumesList = (scope: string) =>
  `(SELECT coalesce(json_agg(${RESUME_JSON('r')} ORDER BY r.created_at DESC, r.id DESC), '[]') ${scopedResumes(scope)})`;

const appliedJobs = (scope: string, job: string) => `(SELECT coalesce(json_agg(${job} ORDER BY a.created_at DESC, a.id DESC), '[]')
  FROM job_universal_status a JOIN jobs j ON j.id = a.job_id WHERE a.candidate_id = c.id AND ${scope})`;

/** CandidateSerializer: retrieve and list, with applied_jobs as full jobs. */
export const CANDIDATE_JSON = (scope: string) => `json_build_object(${CANDIDATE_FIELDS},
  'applied_jobs', ${appliedJobs(scope, JOB_JSON)},
  'resumes', ${resumesList(scope)},
  'experience', coalesce((SELECT r.work_experience ${scopedResumes(scope)} ORDER BY r.created_at DESC LIMIT 1), '[]'),
  'interview_steps', ${interviewStepsJson(scope)})`;

/** BasicCandidateListSerializer: the other actions; applied_jobs as {id, title}. `extra`: more `'key', value` pairs. */
export const BASIC_CANDIDATE_JSON = (scope: string, extra = '') => `json_build_object(${CANDIDATE_FIELDS},
  'applied_jobs', ${appliedJobs(scope, "json_build_object('id', j.id, 'title', j.title)")},
  'resumes', ${resumesList(scope)}${extra ? `, ${extra}` : ''})`;
