// `shortlist score`: JSON lines {"id","jd","resume"} -> {"id","score"}, or one resume file
// scored against a job description file (both PDF, DOCX or text).
import { parseResume, scoreResume, understandJob } from '../engine/index.ts';
import { eachJsonLine, readText, reportingErrors } from './parse.ts';

function scoreTexts(jd: string, resume: string) {
  return scoreResume(parseResume(resume), understandJob({ description: jd }));
}

export async function runScore({ resume, jd, jsonl }: { resume?: string; jd?: string; jsonl: boolean }): Promise<void> {
  if (jsonl) {
    await eachJsonLine((obj) => {
      if (typeof obj.jd !== 'string' || typeof obj.resume !== 'string') throw new Error('"jd" and "resume" must be strings');
      return { id: obj.id, score: scoreTexts(obj.jd, obj.resume).resume_score };
    });
    return;
  }
  if (!jd) {
    process.stderr.write('shortlist score: --jd <file> is required without --jsonl\n');
    process.exitCode = 2;
    return;
  }
  await reportingErrors('score', async () => {
    const result = scoreTexts(await readText(jd), await readText(resume));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  });
}
