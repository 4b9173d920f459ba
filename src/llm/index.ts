export { type LlmOptions, type ProviderResult, parseWithProvider } from './provider.ts';
export { RESUME_SCHEMA, toResumeJson } from './schema.ts';
