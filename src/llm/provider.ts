// Optional model provider: asks an OpenAI-compatible chat completions API for resume_json with a
// JSON schema, and falls back to the local engine on any error or timeout. The settings come in
// as a parameter (src/config.ts reads LLM_BASE_URL, LLM_API_KEY, LLM_MODEL, LLM_TIMEOUT and the
// prices LLM_INPUT_COST and LLM_OUTPUT_COST), never straight from process.env.
import { parseResume, type ResumeJson } from '../engine/index.ts';
import { askForJson, failureReason, type Usage } from './chat.ts';
import { RESUME_SCHEMA, toResumeJson } from './schema.ts';

export interface LlmOptions {
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Milliseconds before giving up on the model (default 30 s). */
  timeoutMs?: number;
  /** Prices in currency units per million tokens, for the recorded cost (default 0). */
  inputCostPerMillion?: number;
  outputCostPerMillion?: number;
}

export interface ProviderResult {
  resume: ResumeJson;
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  /** Four decimals, as the spec shows it ("0.0030"). */
  cost: string;
  provider: 'local' | 'llm';
  /** Why the model's answer was not used, when it was asked and failed. */
  fallback_reason?: string;
}

/** What `usage` cost at the configured prices, to four decimals as the spec shows it ("0.0030"). */
export function costOf(llm: LlmOptions, usage: Usage): string {
  return ((usage.input * (llm.inputCostPerMillion ?? 0) + usage.output * (llm.outputCostPerMillion ?? 0)) / 1e6).toFixed(4);
}

const INSTRUCTIONS =
  'Extract the resume below into JSON that follows the given schema. Use ISO dates (YYYY-MM-DD), ' +
  '"Present" for ongoing roles and "" when a value is absent. Copy names, companies, titles, schools ' +
  'and skills as written. Return only the JSON object.';

function local(text: string, fallback_reason?: string): ProviderResult {
  return {
    resume: parseResume(text),
    input_tokens: 0,
    output_tokens: 0,
    total_tokens: 0,
    cost: '0.0000',
    provider: 'local',
    ...(fallback_reason ? { fallback_reason } : {}),
  };
}

export async function parseWithProvider(text: string, llm: LlmOptions | undefined): Promise<ProviderResult> {
  if (!llm) return local(text);
  try {
    const { value, usage } = await askForJson(llm, { instructions: INSTRUCTIONS, input: text, name: 'resume_json', schema: RESUME_SCHEMA });
    const resume = toResumeJson(value);
    return { resume, input_tokens: usage.input, output_tokens: usage.output, total_tokens: usage.total, cost: costOf(llm, usage), provider: 'llm' };
  } catch (err) {
    return local(text, failureReason(err));
  }
}
