// Public API of the resume engine. Everything except extractText is pure, synchronous and free of
// I/O; the database and pipeline call exactly these functions.
//
//   extractText(bytes, kind)                      -> Promise<string>   text of a PDF, DOCX or text file
//   detectKind(bytes)                             -> 'pdf'|'docx'|'text' by magic bytes
//   parseResume(text)                             -> ResumeJson        the spec's resume_json
//   understandJob(job)                            -> JobProfile        jd_json, weighted skills, roles
//   scoreResume(resume, job, weights?, {today?})  -> ScoreResult       resume_score + derived fields
//
// Weights default to DEFAULT_WEIGHTS (0.40, 0.10, 0.30, 0.10, 0.10); each sub-score is
// weight x 10 x coverage, so it never exceeds weight x 10, and the overall lies in 0..10.
// `today` only resolves "Present" end dates (default: the current date).
export { extractText } from './extract/index.ts';
export { detectKind, type FileKind } from './extract/kind.ts';
export { parseResume } from './parse/resume.ts';
export { understandJob } from './score/job.ts';
export { DEFAULT_WEIGHTS, normalizeWeights, scoreResume } from './score/score.ts';
export type * from './types.ts';
