// Screening criteria and candidates' answers as the API shows them (`sc`: screening_criteria,
// `cr`: criteria_responses). `job` and `job_id`, `criteria` and `criteria_id` are both given
// because clients name them either way.

const PUBLIC_FIELDS = `'id', sc.id, 'job', sc.job_id, 'job_id', sc.job_id, 'question', sc.question,
  'response_type', sc.response_type, 'options', sc.options`;

/** What the apply page shows: never the expected answer, which would tell candidates what to say. */
export const PUBLIC_CRITERION_JSON = `json_build_object(${PUBLIC_FIELDS})`;

export const CRITERION_JSON = `json_build_object(${PUBLIC_FIELDS}, 'expected_response', sc.expected_response,
  'is_deleted', sc.is_deleted, 'created_by', sc.created_by, 'created_at', api_ts(sc.created_at), 'updated_at', api_ts(sc.updated_at))`;

const RESPONSE_FIELDS = `'id', cr.id, 'candidate', cr.candidate_id, 'candidate_id', cr.candidate_id,
  'criteria', cr.criterion_id, 'criteria_id', cr.criterion_id, 'job_id', sc.job_id, 'question', sc.question,
  'response_type', sc.response_type, 'response', cr.response, 'created_at', api_ts(cr.created_at), 'updated_at', api_ts(cr.updated_at)`;

/** What the candidate who answered gets back: their answers, not whether they qualify. */
export const PUBLIC_RESPONSE_JSON = `json_build_object(${RESPONSE_FIELDS})`;

export const RESPONSE_JSON = `json_build_object(${RESPONSE_FIELDS}, 'expected_response', sc.expected_response,
  'meets_expected', cr.meets_expected)`;
