import { USER_JSON } from '../accounts/user-json.ts';

// The job object as the spec's applied_jobs[] shows it, built in SQL for alias `j`.
export const SCORE_WEIGHT_JSON = (alias: string) => `json_build_object('id', ${alias}.id,
  'skills', ${alias}.skills::text, 'work_experience', ${alias}.work_experience::text,
  'projects', ${alias}.projects::text, 'education', ${alias}.education::text,
  'certifications', ${alias}.certifications::text, 'user', ${alias}.user_id)`;

/**
 * Whole days left until the job closes, a part of a day counting as one: the web client's job
 * list shows "N days left" up to 15 and "Closed on …" at 0, which a closed job stays at; null
 * without a close date.
 */
const CLOSING_IN = `CASE WHEN j.close_date IS NOT NULL THEN greatest(0, ceil(extract(epoch FROM j.close_date - now()) / 86400))::int END`;

export const JOB_JSON = `json_build_object(
  'id', j.id,
  'score_weight', (SELECT ${SCORE_WEIGHT_JSON('sw')} FROM score_weights sw WHERE sw.id = j.score_weight_id),
  'owner', (SELECT ${USER_JSON} FROM users u JOIN roles r ON r.id = u.role_id WHERE u.id = j.owner_id),
  'organization', json_build_object('id', j.org_id),
  'applicants_count', j.applicants_count,
  'applicants_today_count', (SELECT count(*) FROM job_universal_status a
      WHERE a.job_id = j.id AND a.created_at >= date_trunc('day', now())),
  'title', j.title, 'description', j.description, 'jd_html', j.jd_html, 'jd_json', j.jd_json,
  'experience', j.experience, 'min_experience', j.min_experience, 'max_experience', j.max_experience,
  'employment_type', j.employment_type, 'location', j.location, 'must_have_skills', j.must_have_skills,
  'encrypted', j.encrypted, 'published', j.published, 'close_date', api_ts(j.close_date),
  'closing_in', ${CLOSING_IN},
  'new_applicant_notify', j.new_applicant_notify,
  'created_at', api_ts(j.created_at), 'updated_at', api_ts(j.updated_at),
  'is_deleted', j.is_deleted, 'interview_module', j.interview_module, 'workflow', j.workflow,
  'deleted_by', j.deleted_by,
  'users_shared_with', (SELECT coalesce(json_agg(json_build_object('id', su.id, 'name', su.name, 'profile_pic', su.profile_pic) ORDER BY su.id), '[]')
      FROM job_shares js JOIN users su ON su.id = js.user_id WHERE js.job_id = j.id))`;
