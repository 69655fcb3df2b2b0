/**
 * The progress line `npo-check` shows on stderr when a run takes longer than a second (a
 * 100.000-row workbook with `--out` takes about a minute): quick runs print nothing, so stderr
 * stays empty for them. On a terminal one line is rewritten in place with `\r` and its time
 * ticks; anywhere else (a log, a pipe) each phase gets at most one plain line, because `\r`
 * would garble a file. The line is wiped before the result is printed, and stdout never
 * carries any of it.
 *
 * `NPO_PROGRESS_AFTER_MS` (milliseconds) moves the one-second mark; it exists for tests, which
 * set it to 0 to see the lines on a small workbook, or high to keep stderr empty on a slow machine.
 */
import type { Lang } from '../engine/messages';

/** Where the line goes: stderr, or a test's stand-in. */
export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  /** The terminal's width; a longer line would wrap, and `\r` then returns to the wrong row. */
  readonly columns?: number;
}

/** Time and a repeating timer; tests pass a fake one. */
export interface ProgressClock {
  /** Milliseconds, from any fixed point. */
  now(): number;
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const PROGRESS_AFTER_MS = 1_000;
/** How often the time on a terminal's line moves on. */
export const PROGRESS_TICK_MS = 250;

export const systemClock: ProgressClock = {
  now: () => performance.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    // The line must never keep the process alive after the work is done.
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** The threshold from `NPO_PROGRESS_AFTER_MS`, or one second when it is unset or no whole number. */
export function progressAfterMs(value: string | undefined): number {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : PROGRESS_AFTER_MS;
}

export interface ProgressOptions {
  readonly lang: Lang;
  readonly afterMs?: number;
  readonly clock?: ProgressClock;
}

export class Progress {
  private readonly clock: ProgressClock;
  private readonly afterMs: number;
  private readonly started: number;
  private readonly stopTicking: () => void;
  private label: string | undefined;
  /** Counts phases, so a non-terminal stream gets each one's line once. */
  private phases = 0;
  private printedPhase = 0;
  private visible = false;
  /** Characters currently on a terminal's line. */
  private width = 0;
  private ended = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly options: ProgressOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.afterMs = options.afterMs ?? PROGRESS_AFTER_MS;
    this.started = this.clock.now();
    this.stopTicking = this.clock.every(PROGRESS_TICK_MS, () => this.show());
  }

  /** A new phase, e.g. "Controleren: 100.004 rijen…"; the line adds the time since the start. */
  phase(label: string): void {
    if (this.ended) return;
    this.label = label;
    this.phases += 1;
    this.show();
  }

  /** Stops the line and wipes it from a terminal, so what is printed next starts on a clean line. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.stopTicking();
    if (this.width > 0) this.stream.write(`\r${' '.repeat(this.width)}\r`);
    this.width = 0;
  }

  private show(): void {
    if (this.ended || this.label === undefined) return;
    const elapsed = this.clock.now() - this.started;
    if (!this.visible) {
      if (elapsed < this.afterMs) return;
      this.visible = true;
    }
    const line = `${this.label} ${seconds(elapsed, this.options.lang)}`;
    if (this.stream.isTTY) {
      const fitted = fit(line, this.stream.columns);
      this.stream.write(`\r${fitted}${' '.repeat(Math.max(0, this.width - fitted.length))}`);
      this.width = fitted.length;
    } else if (this.printedPhase !== this.phases) {
      this.printedPhase = this.phases;
      this.stream.write(`${line}\n`);
    }
  }
}

/** `3,2 s` in Dutch, `3.2 s` in English. */
export function seconds(ms: number, lang: Lang): string {
  const text = (ms / 1_000).toFixed(1);
  return `${lang === 'nl' ? text.replace('.', ',') : text} s`;
}

/** The line cut to one short of the terminal's width, so the cursor stays on its row. */
function fit(line: string, columns: number | undefined): string {
  if (columns === undefined || columns <= 1 || line.length < columns) return line;
  return `${line.slice(0, columns - 2)}…`;
}
