import { SCORE_WEIGHT_JSON } from '../jobs/job-json.ts';

// The resume and its score as the spec shows them, built in SQL for resumes alias `r`.
// Decimals keep their fixed places by going through ::text. A candidate uploads one intro video
// (with any application; kept on the candidate), which each application shows as its
// introduction_video.

export const RESUME_SCORE_JSON = (r: string) => `(SELECT json_build_object('id', rs.id, 'ai_score', rs.ai_score,
  'skills_score', rs.skills_score::text, 'work_exp_score', rs.work_exp_score::text,
  'projects_score', rs.projects_score::text, 'education_score', rs.education_score::text,
  'certifications_score', rs.certifications_score::text, 'overall_score', rs.overall_score::text,
  'feedback', rs.feedback, 'job', rs.job_id, 'user', rs.user_id, 'score_weight', rs.score_weight_id)
  FROM resume_scores rs WHERE rs.resume_id = ${r}.id)`;

/** {id, name, profile_pic} of a user id column, or null; the client renders updated_by this way. */
export const USER_BRIEF_JSON = (column: string) =>
  `(SELECT json_build_object('id', bu.id, 'name', bu.name, 'profile_pic', bu.profile_pic) FROM users bu WHERE bu.id = ${column})`;

export const RESUME_JSON = (r = 'r') => `json_build_object(
  'id', ${r}.id, 'candidate', ${r}.candidate_id,
  'resume_score', ${RESUME_SCORE_JSON(r)},
  'score_weight', (SELECT ${SCORE_WEIGHT_JSON('rsw')} FROM score_weights rsw WHERE rsw.id = ${r}.score_weight_id),
  'name', ${r}.name, 'resume_json', ${r}.resume_json,
  'input_tokens', ${r}.input_tokens, 'output_tokens', ${r}.output_tokens, 'total_tokens', ${r}.total_tokens,
  'cost', ${r}.cost::text, 'phone_numbers', ${r}.phone_numbers, 'personal_website', ${r}.personal_website,
  'websites', ${r}.websites, 'emails', ${r}.emails, 'date_of_birth', ${r}.date_of_birth, 'addresses', ${r}.addresses,
  'summary', ${r}.summary, 'ai_summary', ${r}.ai_summary, 'education', ${r}.education,
  'work_experience', ${r}.work_experience, 'duration_per_work', ${r}.duration_per_work,
  'total_duration', ${r}.total_duration, 'skills', ${r}.skills, 'skills_matched', ${r}.skills_matched,
  'skill_match_count', ${r}.skill_match_count, 'certifications', ${r}.certifications, 'projects', ${r}.projects,
  'overall_score', ${r}.overall_score::text, 'resume_file', ${r}.resume_file,
  'introduction_video', coalesce(${r}.introduction_video, (SELECT iv.intro_video FROM candidates iv WHERE iv.id = ${r}.candidate_id)), 'responses', ${r}.responses, 'upload_count', ${r}.upload_count,
  'task_duration_seconds', ${r}.task_duration_seconds, 'completed', ${r}.completed, 'task_message', ${r}.task_message,
  'retries', ${r}.retries, 'created_at', api_ts(${r}.created_at), 'updated_at', api_ts(${r}.updated_at),
  'relevant_experience_in_months', ${r}.relevant_experience_in_months, 'expected_ctc', ${r}.expected_ctc,
  'status_text', ${r}.status_text, 'approved_at', api_ts(${r}.approved_at), 'is_approved', ${r}.is_approved,
  'job', ${r}.job_id, 'preference', ${r}.preference_id, 'approved_by', ${r}.approved_by,
  'updated_by', ${USER_BRIEF_JSON(`${r}.updated_by`)},
  'users_shared_with', (SELECT coalesce(json_agg(rjs.user_id ORDER BY rjs.user_id), '[]') FROM job_shares rjs WHERE rjs.job_id = ${r}.job_id))`;
