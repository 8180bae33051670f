import { readFileSync } from 'node:fs';
/** The one source of "now". Jobs and deadlines read it; tests set it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class TestClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-03-02T01:00:00.000Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(when: Date | string): void {
    this.current = new Date(when).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * A clock that runs `offset` milliseconds ahead of the system clock, the offset read from a file
 * (re-read at most every 200 ms). Only for the demo server that browser tests drive: they move
 * time forward (a grant expiring, a deadline passing) by writing a number into the file.
 */
export class OffsetFileClock implements Clock {
  private offset = 0;
  private readAt = 0;
  constructor(private readonly file: string) {}
  now(): Date {
    const real = Date.now();
    if (real - this.readAt > 200) {
      this.readAt = real;
      try {
        const value = Number(readFileSync(this.file, 'utf8').trim());
        this.offset = Number.isFinite(value) ? value : 0;
      } catch {
        this.offset = 0;
      }
    }
    return new Date(real + this.offset);
  }
}
