export { enqueue } from './enqueue.ts';
export { QUEUES } from './names.ts';
