import { readFileSync, statSync } from 'node:fs';

/**
 * The time, injected. Deadlines, warning lights and bulletins are computed from a Clock so
 * that tests can move time instead of waiting for it.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that tests (and the demo's time machine) set and advance by hand. */
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date | string = new Date()) {
    super();
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * A system clock shifted by a fixed offset, for acceptance environments that must show what
 * happens weeks later (`CLOCK_OFFSET_DAYS`); refused in production.
 */
export class OffsetClock extends Clock {
  constructor(private readonly offsetMs: number) {
    super();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

export interface FileOffsetClockOptions {
  /** Look at the file at most this often (default 200 ms): `now()` stays cheap on hot paths. */
  checkEveryMs?: number;
  /** A fixed offset added to the file's (`CLOCK_OFFSET_DAYS`). */
  baseOffsetMs?: number;
  /** The real time, for the throttle and the result; tests of the clock itself replace it. */
  realNow?: () => number;
}

/**
 * A system clock shifted by an offset that can change while the process runs: the offset in
 * milliseconds is the whole content of a file (`CLOCK_OFFSET_FILE`), re-read when the file's
 * modification time or size changes. A system test moves the time of every service at once by
 * writing one file. A missing or empty file means no offset; an unreadable number keeps the last
 * good offset. Only `now()` moves: timers and polling loops keep real time. Refused in production.
 */
export class FileOffsetClock extends Clock {
  private readonly checkEveryMs: number;
  private readonly baseOffsetMs: number;
  private readonly realNow: () => number;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private seen = '';
  private offsetMs = 0;

  constructor(
    readonly path: string,
    options: FileOffsetClockOptions = {},
  ) {
    super();
    this.checkEveryMs = options.checkEveryMs ?? 200;
    this.baseOffsetMs = options.baseOffsetMs ?? 0;
    this.realNow = options.realNow ?? Date.now;
  }

  now(): Date {
    const real = this.realNow();
    if (real - this.checkedAt >= this.checkEveryMs) {
      this.checkedAt = real;
      this.refresh();
    }
    return new Date(real + this.baseOffsetMs + this.offsetMs);
  }

  /** The offset read from the file when it was last looked at. */
  currentOffsetMs(): number {
    return this.offsetMs;
  }

  private refresh(): void {
    let stamp: string;
    try {
      const stat = statSync(this.path);
      stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch {
      this.seen = '';
      this.offsetMs = 0;
      return;
    }
    if (stamp === this.seen) return;
    try {
      const text = readFileSync(this.path, 'utf8').trim();
      const value = text === '' ? 0 : Number(text);
      if (!Number.isFinite(value)) return; // half-written or wrong: keep the last good offset, look again next time
      this.offsetMs = value;
      this.seen = stamp;
    } catch {
      // removed between stat and read: treated as missing at the next check
    }
  }
}
