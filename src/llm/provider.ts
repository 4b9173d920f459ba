// Optional model provider: asks an OpenAI-compatible chat completions API for resume_json with a
// JSON schema, and falls back to the local engine on any error or timeout. The settings come in
// as a parameter (src/config.ts reads LLM_BASE_URL, LLM_API_KEY, LLM_MODEL, LLM_TIMEOUT and the
// prices LLM_INPUT_COST and LLM_OUTPUT_COST), never straight from process.env.
import { parseResume, type ResumeJson } from '../engine/index.ts';
import { askForJson, failureReason, ModelError, type Usage } from './chat.ts';
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

const NOTHING_SPENT: Usage = { input: 0, output: 0, total: 0 };

/** What the model's reply cost; nothing without a model. */
function spent(llm: LlmOptions | undefined, usage: Usage) {
  return { input_tokens: usage.input, output_tokens: usage.output, total_tokens: usage.total, cost: llm ? costOf(llm, usage) : '0.0000' };
}

/** The local engine's reading, with what a reply of the model that could not be used cost all the same. */
function local(text: string, llm?: LlmOptions, fallback?: { reason: string; usage?: Usage }): ProviderResult {
  return {
    resume: parseResume(text),
    ...spent(llm, fallback?.usage ?? NOTHING_SPENT),
    provider: 'local',
    ...(fallback ? { fallback_reason: fallback.reason } : {}),
  };
}

export async function parseWithProvider(text: string, llm: LlmOptions | undefined): Promise<ProviderResult> {
  if (!llm) return local(text);
  let usage: Usage | undefined;
  try {
    const answer = await askForJson(llm, { instructions: INSTRUCTIONS, input: text, name: 'resume_json', schema: RESUME_SCHEMA });
    usage = answer.usage;
    return { resume: toResumeJson(answer.value), ...spent(llm, usage), provider: 'llm' };
  } catch (err) {
    return local(text, llm, { reason: failureReason(err), usage: usage ?? (err instanceof ModelError ? err.usage : undefined) });
  }
}
