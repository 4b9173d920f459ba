export { enqueue, enqueueMany, enqueueThrottled } from './enqueue.ts';
export { QUEUES } from './names.ts';
