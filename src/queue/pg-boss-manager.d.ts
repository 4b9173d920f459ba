// pg-boss 10 has no types for its internal Manager, whose job settling start-queue.ts reports.
declare module 'pg-boss/src/manager.js' {
  type Settle = (...args: unknown[]) => Promise<unknown>;
  const Manager: { prototype: { complete: Settle; fail: Settle; emit(event: 'error', error: Error): boolean } };
  export default Manager;
}
