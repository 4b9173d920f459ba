export interface CacheLimits<V> {
  /** How long an entry is served by `get`; `getStale` serves it as long again. */
  maxAgeMs: number;
  /** The total size of the entries (by `sizeOf`, 1 each by default); the oldest go first. */
  maxSize: number;
  sizeOf?: (value: V) => number;
}

/**
 * An in-process cache of what the database says, trusted only while the process listens for the
 * database's announcements of changes: each announcement, and each gap in listening, empties it.
 * A value read before a change must not be stored after it, so `set` takes the `version()` seen
 * before the read.
 */
export class ListeningCache<V> {
  private entries = new Map<string, { value: V; until: number; size: number }>();
  private size = 0;
  private generation = 0;
  private listening = false;

  constructor(private readonly limits: CacheLimits<V>) {}

  get(key: string): V | undefined {
    return this.youngerThan(key, 0);
  }

  /**
   * A value that aged out less than `maxAgeMs` ago: to serve while one request reads a fresh one.
   * Never one that a change emptied (those are gone).
   */
  getStale(key: string): V | undefined {
    return this.youngerThan(key, this.limits.maxAgeMs);
  }

  version(): number {
    return this.generation;
  }

  /** Stores `value` unless a change came after `version`; it is served until `expiresAt` at the latest. */
  set(key: string, value: V, version: number, expiresAt = Number.POSITIVE_INFINITY): void {
    if (!this.listening || version !== this.generation) return;
    const size = this.limits.sizeOf?.(value) ?? 1;
    if (size > this.limits.maxSize) return;
    this.remove(key);
    for (const oldest of this.entries.keys()) {
      if (this.size + size <= this.limits.maxSize) break;
      this.remove(oldest);
    }
    this.entries.set(key, { value, size, until: Math.min(expiresAt, Date.now() + this.limits.maxAgeMs) });
    this.size += size;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.size = 0;
  }

  setListening(listening: boolean): void {
    this.listening = listening;
    this.clear();
  }

  // An aged-out entry stays (within the size limit) until it is replaced or the cache is emptied.
  private youngerThan(key: string, graceMs: number): V | undefined {
    const entry = this.listening ? this.entries.get(key) : undefined;
    return entry && entry.until + graceMs > Date.now() ? entry.value : undefined;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.size;
  }
}
