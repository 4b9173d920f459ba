export { type LlmOptions, llmOptionsFrom, type ProviderResult, parseWithProvider } from './provider.ts';
export { RESUME_SCHEMA, toResumeJson } from './schema.ts';
