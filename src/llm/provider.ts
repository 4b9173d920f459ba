// Optional model provider: asks an OpenAI-compatible chat completions API for resume_json with a
// JSON schema, and falls back to the local engine on any error or timeout. The settings come in
// as a parameter (src/config.ts reads LLM_BASE_URL, LLM_API_KEY, LLM_MODEL, LLM_TIMEOUT and the
// prices LLM_INPUT_COST and LLM_OUTPUT_COST), never straight from process.env.
import { parseResume, type ResumeJson } from '../engine/index.ts';
import { ModelError, RESUME_SCHEMA, toResumeJson } from './schema.ts';

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

const DEFAULT_TIMEOUT_MS = 30_000;

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

interface ChatReply {
  choices?: Array<{ message?: { content?: string | null } }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number };
}

async function askModel(text: string, o: LlmOptions): Promise<ChatReply> {
  const url = `${o.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${o.apiKey}` },
    body: JSON.stringify({
      model: o.model,
      temperature: 0,
      messages: [
        { role: 'system', content: INSTRUCTIONS },
        { role: 'user', content: text },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'resume_json', strict: true, schema: RESUME_SCHEMA } },
    }),
    signal: AbortSignal.timeout(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  });
  if (!res.ok) throw new ModelError(`model API answered HTTP ${res.status}`);
  return parseJson(await res.text()) as ChatReply;
}

// JSON.parse's message quotes the input, which may hold personal data; report only the kind.
function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    throw new ModelError('model reply is not valid JSON');
  }
}

export async function parseWithProvider(text: string, llm: LlmOptions | undefined): Promise<ProviderResult> {
  if (!llm) return local(text);
  try {
    const reply = await askModel(text, llm);
    const content = reply.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new ModelError('model reply has no content');
    const resume = toResumeJson(parseJson(content));
    const input = Math.max(0, Number(reply.usage?.prompt_tokens) || 0);
    const output = Math.max(0, Number(reply.usage?.completion_tokens) || 0);
    const total = Math.max(input + output, Number(reply.usage?.total_tokens) || 0);
    const cost = (input * (llm.inputCostPerMillion ?? 0) + output * (llm.outputCostPerMillion ?? 0)) / 1e6;
    return { resume, input_tokens: input, output_tokens: output, total_tokens: total, cost: cost.toFixed(4), provider: 'llm' };
  } catch (err) {
    // Only fixed words: a library's message may quote the reply, which may quote the resume.
    const reason = err instanceof ModelError ? err.message : err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'model API unreachable';
    return local(text, reason);
  }
}
