export * from './accounts.ts';
export * from './candidates.ts';
export * from './jobs.ts';
export * from './stages.ts';
