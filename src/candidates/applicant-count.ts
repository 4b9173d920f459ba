/**
 * SQL for the number of applications to job `job` (a placeholder): the counter that triggers on
 * job_universal_status keep (migration 0005). Every application has one status row and one resume
 * row, both written when a candidate applies, so it also counts a job's resumes.
 */
export const jobApplicantCount = (job: string) => `SELECT applicants_count FROM jobs WHERE id = ${job}`;
