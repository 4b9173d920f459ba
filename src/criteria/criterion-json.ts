// Screening criteria and candidates' answers as the API shows them (`sc`: screening_criteria,
// `cr`: criteria_responses). `job` and `job_id` are both given because clients name them either
// way; an answer gives its criterion's id as `criteria_id` and the criterion itself as `criteria`.

const PUBLIC_FIELDS = `'id', sc.id, 'job', sc.job_id, 'job_id', sc.job_id, 'question', sc.question,
  'response_type', sc.response_type, 'options', sc.options`;

/** What the apply page shows: never the expected answer, which would tell candidates what to say. */
export const PUBLIC_CRITERION_JSON = `json_build_object(${PUBLIC_FIELDS})`;

export const CRITERION_JSON = `json_build_object(${PUBLIC_FIELDS}, 'expected_response', sc.expected_response,
  'is_deleted', sc.is_deleted, 'created_by', sc.created_by, 'created_at', api_ts(sc.created_at), 'updated_at', api_ts(sc.updated_at))`;

/**
 * A stored answer or expected answer as the web client prints it: a yes/no one (true or false) as the
 * word the apply page sends, "yes" or "no" (the client prints a boolean as nothing); any other as stored.
 */
const asPrinted = (column: string) => `CASE jsonb_typeof(${column}) WHEN 'boolean' THEN to_jsonb(CASE WHEN ${column}::boolean THEN 'yes' ELSE 'no' END) ELSE ${column} END`;

const RESPONSE_FIELDS = `'id', cr.id, 'candidate', cr.candidate_id, 'candidate_id', cr.candidate_id,
  'criteria_id', cr.criterion_id, 'job_id', sc.job_id, 'question', sc.question,
  'response_type', sc.response_type, 'created_at', api_ts(cr.created_at), 'updated_at', api_ts(cr.updated_at)`;

/** What the candidate who answered gets back: their answers, not whether they qualify. */
export const PUBLIC_RESPONSE_JSON = `json_build_object(${RESPONSE_FIELDS}, 'response', cr.response,
  'criteria', json_build_object('id', sc.id, 'question', sc.question, 'response_type', sc.response_type))`;

/**
 * What recruiters read (the resume-screening tab): `criteria` nests the question with its
 * expected answer, which the client compares with `response`, both as it prints them.
 */
export const RESPONSE_JSON = `json_build_object(${RESPONSE_FIELDS}, 'response', ${asPrinted('cr.response')},
  'criteria', json_build_object('id', sc.id, 'question', sc.question, 'expected_response', ${asPrinted('sc.expected_response')}, 'response_type', sc.response_type),
  'expected_response', sc.expected_response, 'meets_expected', cr.meets_expected)`;
