import { mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockFor } from '../service-platform.module';
import { FileOffsetClock, OffsetClock, SystemClock } from './clock';

const DAY = 86_400_000;

describe('FileOffsetClock', () => {
  let dir: string;
  let file: string;
  let real: number;
  const realNow = () => real;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clock-'));
    file = join(dir, 'clock-offset');
    real = Date.parse('2026-03-01T00:00:00Z');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Write the offset with a distinct modification time, as a later write would have. */
  const write = (content: string, mtimeSeconds: number) => {
    writeFileSync(file, content);
    utimesSync(file, mtimeSeconds, mtimeSeconds);
  };

  it('runs on real time while the file does not exist', () => {
    const clock = new FileOffsetClock(file, { realNow });
    expect(clock.now().toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('adds the offset in milliseconds that the file holds', () => {
    write(String(3 * DAY), 1000);
    const clock = new FileOffsetClock(file, { realNow });
    expect(clock.now().toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });

  it('follows a changed file once the check interval has passed, not before', () => {
    write('0', 1000);
    const clock = new FileOffsetClock(file, { realNow, checkEveryMs: 200 });
    expect(clock.now().getTime()).toBe(real);
    write(String(DAY), 2000);
    real += 100;
    expect(clock.now().getTime()).toBe(real); // looked 100 ms ago: not yet
    real += 100;
    expect(clock.now().getTime()).toBe(real + DAY);
  });

  it('goes back to real time when the file is removed', () => {
    write(String(DAY), 1000);
    const clock = new FileOffsetClock(file, { realNow, checkEveryMs: 0 });
    expect(clock.now().getTime()).toBe(real + DAY);
    unlinkSync(file);
    expect(clock.now().getTime()).toBe(real);
  });

  it('keeps the last good offset when the file holds something that is not a number', () => {
    write(String(DAY), 1000);
    const clock = new FileOffsetClock(file, { realNow, checkEveryMs: 0 });
    expect(clock.now().getTime()).toBe(real + DAY);
    write('two days', 2000);
    expect(clock.now().getTime()).toBe(real + DAY);
    write(String(2 * DAY), 3000);
    expect(clock.now().getTime()).toBe(real + 2 * DAY);
  });

  it('takes negative offsets and an empty file as no offset', () => {
    write(String(-DAY), 1000);
    const clock = new FileOffsetClock(file, { realNow, checkEveryMs: 0 });
    expect(clock.now().getTime()).toBe(real - DAY);
    write('', 2000);
    expect(clock.now().getTime()).toBe(real);
  });

  it('adds a fixed base offset to the file’s', () => {
    write(String(DAY), 1000);
    const clock = new FileOffsetClock(file, { realNow, baseOffsetMs: 2 * DAY });
    expect(clock.now().getTime()).toBe(real + 3 * DAY);
  });
});

describe('the clock the settings ask for', () => {
  const settings = (values: Record<string, unknown>) => ({ get: (key: string) => values[key] });

  it('is the system clock without an offset', () => {
    expect(clockFor(settings({ NODE_ENV: 'production' }))).toBeInstanceOf(SystemClock);
  });

  it('is a fixed offset clock for CLOCK_OFFSET_DAYS and a movable one for CLOCK_OFFSET_FILE', () => {
    expect(clockFor(settings({ NODE_ENV: 'test', CLOCK_OFFSET_DAYS: 8 }))).toBeInstanceOf(OffsetClock);
    const movable = clockFor(settings({ NODE_ENV: 'test', CLOCK_OFFSET_FILE: '/nonexistent/clock-offset', CLOCK_OFFSET_DAYS: 1 }));
    expect(movable).toBeInstanceOf(FileOffsetClock);
    expect(Math.abs(movable.now().getTime() - (Date.now() + DAY))).toBeLessThan(1000);
  });

  it('refuses either offset in production', () => {
    expect(() => clockFor(settings({ NODE_ENV: 'production', CLOCK_OFFSET_FILE: '/tmp/clock-offset' }))).toThrow('CLOCK_OFFSET_FILE is refused in production');
    expect(() => clockFor(settings({ NODE_ENV: 'production', CLOCK_OFFSET_DAYS: 3 }))).toThrow('CLOCK_OFFSET_DAYS is refused in production');
  });
});
