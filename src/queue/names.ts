// Queue names and the data each job carries.
import type { QueuedMail } from '../mail/queue-email.ts';
export const QUEUES = {
  parseResume: 'parse-resume',
  deleteBlobs: 'delete-blobs',
  sendEmail: 'send-email',
  passwordReset: 'password-reset',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface DeleteBlobsData {
  keys: string[];
}

export interface ParseResumeData {
  resumeId: number;
  /** The resume's upload_count when queued: a newer upload makes this job stale. */
  upload: number;
}

export interface JobData {
  'parse-resume': ParseResumeData;
  'delete-blobs': DeleteBlobsData;
  'send-email': QueuedMail;
  /**
   * The address a reset was asked for; the worker finds whether an account uses it. `invitation`:
   * the account was just added by a team Admin without a password, and its first one is chosen.
   */
  'password-reset': { email: string; invitation?: boolean };
}
