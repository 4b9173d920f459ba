export * from './accounts.ts';
export * from './candidates.ts';
export * from './criteria.ts';
export * from './jobs.ts';
export * from './stages.ts';
