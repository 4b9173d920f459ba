// Public API of the resume engine. Everything except extractText is pure, synchronous and free of
// I/O; the database and pipeline call exactly these functions.
//
//   extractText(bytes: Uint8Array, kind: 'pdf' | 'docx' | 'text'): Promise<string>
//       Text of a file in reading order (PDF columns read one after the other; DOCX paragraphs),
//       up to MAX_RESUME_CHARS; throws UnreadableFile for a DOCX whose text part is too large.
//   detectKind(bytes: Uint8Array): 'pdf' | 'docx' | 'text'
//       By magic bytes: %PDF, a PK zip, else text.
//   parseResume(text: string): ResumeJson
//       The spec's resume_json. Never throws; unknown fields are '' or [].
//   understandJob(job: JobInput): JobProfile
//       JobInput = { title?, description?, jd_html?, jd_json?, must_have_skills?, min_experience?,
//       max_experience? }. jd_json is derived from the description or jd_html when not given;
//       must-have skills weigh twice as much as other skills.
//   scoreResume(resume: ResumeJson, job: JobProfile, weights?: WeightsInput, options?: { today?: Date }): ScoreResult
//       resume_score (sub-scores and overall as two-decimal strings, feedback), resume_json with
//       relevance and relevance_score on every item, skills_matched, skill_match_count,
//       duration_per_work, total_duration, relevant_experience_in_months, overall_score with
//       three decimals ("8.900") and ai_summary (HTML).
//
// Weights default to DEFAULT_WEIGHTS (skills 0.40, work_experience 0.10, projects 0.30,
// education 0.10, certifications 0.10) and may be numbers or decimal strings; negative ones count
// as 0 and a set summing above 1 is scaled to 1. Each sub-score is weight x 10 x coverage, so it
// never exceeds weight x 10, and the overall (their sum) lies in 0..10. `today` only resolves
// "Present" end dates (default: the current date). Protected traits (date of birth, gender,
// photo, nationality, marital status) never influence a score.
export { UnreadableFile } from './extract/docx-text.ts';
export { extractText } from './extract/index.ts';
export { detectKind, type FileKind } from './extract/kind.ts';
export { parseResume } from './parse/resume.ts';
export { understandJob } from './score/job.ts';
export { DEFAULT_WEIGHTS, normalizeWeights, scoreResume } from './score/score.ts';
export type * from './types.ts';
