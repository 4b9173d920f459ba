// When the interview was approved: the time of its latest approval event (while it stays approved).
const APPROVED_AT = `CASE WHEN p.is_approved THEN (SELECT api_ts(max(e.created_at)) FROM candidate_stage_events e
  WHERE e.candidate_id = p.candidate_id AND e.job_id = p.job_id AND e.action = 'approved' AND e.details->>'screening' = p.id::text) END`;

/**
 * The candidate's interview page on the web app, alias `p`, as a full URL: `appUrl` is the SQL
 * placeholder holding APP_URL. The page reads the interview by its access key.
 */
export const screeningLink = (appUrl: string) => `${appUrl}::text || '/app/candidate/personality-screening/' || p.candidate_id || '/' || p.access_key || '/'`;

/**
 * A video interview as recruiters read it (alias `p`, candidate `c`, job `j`), with the SQL
 * placeholder holding APP_URL. screening_link is the web client's page for the candidate, which
 * recruiters copy and send as it is.
 */
export const screeningJson = (appUrl: string) => `json_build_object('id', p.id, 'job', json_build_object('id', j.id, 'title', j.title),
  'candidate', json_build_object('id', c.id, 'name', c.name, 'email', c.email),
  'question_set', p.question_set_id, 'questions', ${questionsOf('p')},
  'assigned_at', api_ts(p.assigned_at),
  'assigned_by', (SELECT json_build_object('id', u.id, 'name', u.name, 'profile_pic', u.profile_pic) FROM users u WHERE u.id = p.assigned_by),
  'expired_at', api_ts(p.expired_at), 'access_key', p.access_key,
  'screening_link', ${screeningLink(appUrl)},
  'link_opened', p.link_opened, 'link_opened_at', api_ts(p.link_opened_at), 'started', p.started,
  'started_at', api_ts(p.started_at), 'completed', p.completed, 'completed_time', api_ts(p.completed_time),
  'status_text', p.status_text, 'is_approved', p.is_approved, 'approved_by', p.approved_by, 'approved_at', ${APPROVED_AT},
  'updated_by', (SELECT json_build_object('id', u.id, 'name', u.name, 'profile_pic', u.profile_pic) FROM users u WHERE u.id = p.updated_by),
  'updated_at', api_ts(p.updated_at), 'created_at', api_ts(p.created_at))`;

export const SCREENING_FROM = 'FROM personality_screenings p JOIN candidates c ON c.id = p.candidate_id JOIN jobs j ON j.id = p.job_id';

/** The screening's questions, in the order they were assigned. */
export function questionsOf(alias: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('id', q.id, 'text', q.text, 'time_limit', q.time_limit) ORDER BY o.n), '[]')
    FROM jsonb_array_elements_text(${alias}.question_ids) WITH ORDINALITY AS o(qid, n)
    JOIN screening_questions q ON q.id = o.qid::int)`;
}
