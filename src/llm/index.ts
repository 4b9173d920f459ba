export { parseWithProvider } from './provider.ts';
