export { enqueue, enqueueThrottled } from './enqueue.ts';
export { QUEUES } from './names.ts';
