// Shapes of the spec's resume_json, the job profile and the score result.

export type Relevance = 'high' | 'medium' | 'low';

export interface Scored {
  relevance?: Relevance;
  relevance_score?: number;
}

export interface SkillItem extends Scored {
  name: string;
  /** Where the parser found it: a skills section ('listed') or only other text. Absent counts as listed. */
  source?: 'listed' | 'text';
}

export interface WorkItem extends Scored {
  company: string;
  position: string;
  /** ISO date (YYYY-MM-DD), "Present", or "" when unknown. */
  startDate: string;
  endDate: string;
  description: string;
}

export interface EducationItem extends Scored {
  school: string;
  degree: string;
  startDate: string;
  endDate: string;
  cgpa: number | null;
  percent: number | null;
}

export interface ProjectItem extends Scored {
  name: string;
  description: string;
}

export interface CertificationItem extends Scored {
  name: string;
}

export interface ResumeJson {
  name: string;
  emails: string[];
  phoneNumbers: string[];
  websites: string[];
  addresses: { city: string; state: string };
  summary: string;
  /** The current designation: the headline under the name or the title the summary opens with. */
  designation?: string;
  skills: SkillItem[];
  workExperience: WorkItem[];
  education: EducationItem[];
  projects: ProjectItem[];
  certifications: CertificationItem[];
  /** Parsed for completeness; never used by scoring. */
  dateOfBirth: string;
}

/** The spec's jd_json. */
export interface JdJson {
  Skills: string[];
  Projects: string[];
  Education: string[];
  Certifications: string[];
  'Work Experience': string[];
}

export interface JobInput {
  title?: string;
  description?: string;
  jd_html?: string;
  jd_json?: Partial<JdJson> | null;
  must_have_skills?: Array<string | { label?: string; value?: string }> | null;
  min_experience?: number | null;
  max_experience?: number | null;
}

export interface RequiredRole {
  title: string;
  months: number;
}

export interface JobProfile {
  title: string;
  jd_json: JdJson;
  /** Skill phrases with their weight (must-have skills weigh more). */
  skills: Array<{ name: string; weight: number; mustHave: boolean }>;
  roles: RequiredRole[];
  minExperienceMonths: number;
  /** Highest degree level asked for (0 none, 1 school, 2 diploma/associate, 3 bachelor, 4 master, 5 doctorate). */
  educationLevel: number;
  /** Free text that describes the work (summary, responsibilities, projects). */
  workText: string;
}

export interface Weights {
  skills: number;
  work_experience: number;
  projects: number;
  education: number;
  certifications: number;
}

/** Weights as given: numbers, or the decimal strings the database stores ("0.40"). */
export type WeightsInput = Partial<Record<keyof Weights, number | string>>;

export interface ResumeScore {
  skills_score: string;
  work_exp_score: string;
  projects_score: string;
  education_score: string;
  certifications_score: string;
  overall_score: string;
  feedback: string;
}

export interface DurationPerWork {
  company: string;
  relevance_score: number;
  experience_in_months: number;
}

export interface ScoreResult {
  resume_score: ResumeScore;
  resume_json: ResumeJson;
  skills_matched: SkillItem[];
  skill_match_count: number;
  duration_per_work: DurationPerWork[];
  total_duration: number;
  relevant_experience_in_months: number;
  /** Overall score with three decimals, as the spec's resume shows it ("8.900"). */
  overall_score: string;
  ai_summary: string;
}
