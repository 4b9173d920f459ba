import type { AuthUser } from './auth.ts';

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Which user an access token stands for, so that a request needs no database round trip to
 * authenticate. It is trusted only while the process listens for the database's announcements of
 * user and session changes (a deactivation, a revoked session), which empty it; an entry lives a
 * minute at most and never beyond its token's expiry.
 */
export class SessionCache {
  private entries = new Map<string, { user: AuthUser; until: number }>();
  private generation = 0;
  private listening = false;

  get(token: string): AuthUser | undefined {
    const entry = this.listening ? this.entries.get(token) : undefined;
    if (entry && entry.until > Date.now()) return entry.user;
    if (entry) this.entries.delete(token);
    return undefined;
  }

  /** The value to hand to `set`: an entry read before a change must not be stored after it. */
  version(): number {
    return this.generation;
  }

  set(token: string, user: AuthUser, tokenExpiresAt: number, version: number): void {
    if (!this.listening || version !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(token, { user, until: Math.min(tokenExpiresAt, Date.now() + MAX_AGE_MS) });
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  setListening(listening: boolean): void {
    this.listening = listening;
    this.clear();
  }
}
