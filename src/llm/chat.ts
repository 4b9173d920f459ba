// One call to an OpenAI-compatible chat completions API for a JSON answer that follows a schema.
import type { LlmOptions } from './provider.ts';

const DEFAULT_TIMEOUT_MS = 30_000;

export interface JsonRequest {
  instructions: string;
  input: string;
  /** The schema's name, as response_format asks for one. */
  name: string;
  schema: object;
}

export interface Usage {
  input: number;
  output: number;
  total: number;
}

interface ChatReply {
  choices?: Array<{ message?: { content?: string | null } }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number };
}

/**
 * A failure of the model's answer, described in fixed words that never quote the answer, with the
 * tokens the answer took when the model gave one (they are billed all the same).
 */
export class ModelError extends Error {
  constructor(
    message: string,
    readonly usage?: Usage,
  ) {
    super(message);
  }
}

// JSON.parse's message quotes the input, which may hold personal data; report only the kind.
function parseJson(content: string, usage?: Usage): unknown {
  try {
    return JSON.parse(content);
  } catch {
    throw new ModelError('model reply is not valid JSON', usage);
  }
}

/** A JSON schema's string, list of strings and object with every property required and no others (strict mode). */
export const str = { type: 'string' };
export const strList = { type: 'array', items: str };
export const obj = (properties: Record<string, unknown>) => ({ type: 'object', properties, required: Object.keys(properties), additionalProperties: false });

/** The model's JSON object and the tokens it took; a ModelError (or the fetch's own error) otherwise. */
export async function askForJson(o: LlmOptions, request: JsonRequest): Promise<{ value: Record<string, unknown>; usage: Usage }> {
  const res = await fetch(`${o.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${o.apiKey}` },
    body: JSON.stringify({
      model: o.model,
      temperature: 0,
      messages: [
        { role: 'system', content: request.instructions },
        { role: 'user', content: request.input },
      ],
      response_format: { type: 'json_schema', json_schema: { name: request.name, strict: true, schema: request.schema } },
    }),
    signal: AbortSignal.timeout(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  });
  if (!res.ok) throw new ModelError(`model API answered HTTP ${res.status}`);
  const reply = parseJson(await res.text()) as ChatReply;
  const input = Math.max(0, Number(reply.usage?.prompt_tokens) || 0);
  const output = Math.max(0, Number(reply.usage?.completion_tokens) || 0);
  const usage = { input, output, total: Math.max(input + output, Number(reply.usage?.total_tokens) || 0) };
  const content = reply.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new ModelError('model reply has no content', usage);
  const value = parseJson(content, usage);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ModelError('model reply is not an object', usage);
  return { value: value as Record<string, unknown>, usage };
}

/** Why a call failed, in fixed words only: a library's message may quote the reply, which may quote the input. */
export function failureReason(err: unknown): string {
  if (err instanceof ModelError) return err.message;
  return err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'model API unreachable';
}
