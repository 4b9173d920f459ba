#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so that `npm start` and `npx shortlist` need no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
