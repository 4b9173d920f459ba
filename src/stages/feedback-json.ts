// A note on a candidate as GET /interview/feedbacks/{job}/{candidate}/ shows it (`f`: step_feedback).
export const FEEDBACK_JSON = `json_build_object('id', f.id, 'job', f.job_id,
  'user', (SELECT json_build_object('id', u.id, 'name', u.name, 'email', u.email) FROM users u WHERE u.id = f.user_id),
  'candidate', (SELECT json_build_object('id', c.id, 'name', c.name) FROM candidates c WHERE c.id = f.candidate_id),
  'step_name', f.step_name, 'feedback', f.feedback, 'created_at', api_ts(f.created_at), 'updated_at', api_ts(f.updated_at))`;
