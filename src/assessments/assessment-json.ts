/** An assessment for recruiters (with answers), alias `t`. */
export const ASSESSMENT_JSON = `json_build_object('id', t.id, 'title', t.title, 'description', t.description,
  'time_duration_in_minutes', t.time_duration_in_minutes, 'pass_score', t.pass_score::text,
  'questions', t.questions, 'is_published', t.is_published, 'created_by', t.created_by,
  'created_at', api_ts(t.created_at), 'updated_at', api_ts(t.updated_at))`;

/** A test log's questions and time (alias `l`, assessment `t`): those kept when it was shared, or the assessment's for a log from before. */
export const LOG_QUESTIONS = 'coalesce(l.questions, t.questions)';
export const LOG_MINUTES = 'coalesce(l.time_duration_in_minutes, t.time_duration_in_minutes)';

/**
 * The candidate's test page on the web app (APP_URL), alias `l`: the log's key stands for the
 * page's test log and for its unique id, which the page only passes along.
 */
export const TEST_LOG_LINK = `'/app/candidate/' || l.candidate_id || '/test/' || l.access_key || '/' || l.access_key || '/'`;

/** When the log was last approved (the stage event records it), while it is. */
const APPROVED_AT = `CASE WHEN l.is_approved THEN (SELECT api_ts(max(e.created_at)) FROM candidate_stage_events e
  WHERE e.candidate_id = l.candidate_id AND e.job_id = l.job_id AND e.stage = 'assessment' AND e.action = 'approved'
    AND e.details->>'test_log' = l.id::text) END`;

/**
 * A test log as recruiters read it (alias `l`, assessment `t`, candidate `c`, job `j`), with the
 * client's `test[{title}]` and `prebuilt_assessment[]` lists; the report tab's timeline reads
 * `assigned_at` (the share), `link_opened`, `started` and `approved_at`, and each test's
 * `total_question` and `time_duration` (seconds).
 */
export const TEST_LOG_JSON = `json_build_object('id', l.id, 'job', json_build_object('id', j.id, 'title', j.title),
  'candidate', l.candidate_id, 'assigned_to', json_build_object('id', c.id, 'name', c.name, 'email', c.email),
  'assigned_by', (SELECT json_build_object('id', u.id, 'name', u.name) FROM users u WHERE u.id = l.assigned_by),
  'assessment', l.assessment_id, 'test', json_build_array(json_build_object('id', t.id, 'title', t.title,
    'total_question', jsonb_array_length(${LOG_QUESTIONS}), 'time_duration', ${LOG_MINUTES} * 60)),
  'prebuilt_assessment', '[]'::json, 'time_duration_in_minutes', ${LOG_MINUTES},
  'valid_from', api_ts(l.valid_from), 'valid_to', api_ts(l.valid_to), 'preferences', l.preferences,
  'link', ${TEST_LOG_LINK}, 'access_key', l.access_key, 'assigned_at', api_ts(l.created_at),
  'status_text', l.status_text, 'completed', l.completed, 'link_opened', l.link_opened_at IS NOT NULL,
  'link_opened_at', api_ts(l.link_opened_at), 'started', l.started_at IS NOT NULL,
  'started_at', api_ts(l.started_at), 'completed_at', api_ts(l.completed_at), 'answers', l.answers,
  'result', CASE WHEN l.score IS NULL THEN NULL ELSE json_build_object('score', l.score::text,
    'passed', l.score >= t.pass_score, 'started_at', api_ts(l.started_at), 'completed_at', api_ts(l.completed_at)) END,
  'fullscreen_exit_count', l.fullscreen_exit_count, 'tab_switch_count', l.tab_switch_count,
  'is_approved', l.is_approved, 'approved_by', l.approved_by, 'approved_at', ${APPROVED_AT},
  'updated_by', (SELECT json_build_object('id', u.id, 'name', u.name, 'profile_pic', u.profile_pic) FROM users u WHERE u.id = l.updated_by),
  'created_at', api_ts(l.created_at), 'updated_at', api_ts(l.updated_at))`;

export const TEST_LOG_FROM = 'FROM test_logs l JOIN assessments t ON t.id = l.assessment_id JOIN candidates c ON c.id = l.candidate_id JOIN jobs j ON j.id = l.job_id';
