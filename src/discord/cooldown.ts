/**
 * Per-user cooldown between questions. `check` returns the seconds left to wait, or 0 and
 * records the new question. The clock is passed in so tests need no timers.
 */
export class Cooldown {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds the user must still wait (rounded up), or 0 after recording this use. */
  check(userId: string): number {
    const t = this.now();
    const since = (t - (this.last.get(userId) ?? -Infinity)) / 1000;
    if (since < this.seconds) return Math.ceil(this.seconds - since);
    this.last.set(userId, t);
    if (this.last.size > 10_000) this.forgetOld(t);
    return 0;
  }

  private forgetOld(t: number): void {
    for (const [user, at] of this.last) if ((t - at) / 1000 >= this.seconds) this.last.delete(user);
  }
}
