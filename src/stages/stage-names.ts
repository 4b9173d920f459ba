import type { StageKey } from '../interview/steps.ts';

/** The label each stage has in current_stage, the stage tabs and the events. */
export const STAGE_LABEL: Record<StageKey, string> = {
  'resume-screening': 'Resume Screening',
  assessment: 'Assessments',
  'automated-video-interview': 'Automated Video Interview',
};

/** Where a candidate stands for a job, besides the stage reached (job_universal_status.status). */
export type StandingStatus = 'Applied' | 'In Progress' | 'On Hold' | 'Rejected' | 'Hired';

/** A recruiter's review of a resume or a video interview, as the web client's status menus name it. */
export const REVIEW_STATUSES = ['Shortlisted', 'Not Shortlisted', 'Under Review', 'On Hold'] as const;
