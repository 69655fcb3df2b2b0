/**
 * The progress line on its own, with a fake clock and a fake stderr: silent before the mark, one
 * line rewritten in place on a terminal, one plain line per phase elsewhere, wiped at the end.
 */
import { progressText } from '../../src/cli/messages';
import { Progress, progressAfterMs, seconds, type ProgressClock, type ProgressStream } from '../../src/cli/progress';

class FakeClock implements ProgressClock {
  private time = 0;
  private timers: Array<{ ms: number; next: number; tick: () => void; on: boolean }> = [];

  now(): number {
    return this.time;
  }

  every(ms: number, tick: () => void): () => void {
    const timer = { ms, next: this.time + ms, tick, on: true };
    this.timers.push(timer);
    return () => {
      timer.on = false;
    };
  }

  /** Moves time on, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.on && t.next <= until).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.time = due.next;
      due.next += due.ms;
      due.tick();
    }
    this.time = until;
  }

  /** Moves time on without firing anything: the event loop was busy with synchronous work. */
  jump(ms: number): void {
    this.time += ms;
  }

  get running(): number {
    return this.timers.filter((t) => t.on).length;
  }
}

class FakeStream implements ProgressStream {
  written = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns?: number,
  ) {}

  write(chunk: string): boolean {
    this.written += chunk;
    return true;
  }

  /** What a terminal shows: each `\r` returns to the start of the line and overwrites it. */
  get screen(): string {
    return this.written
      .split('\n')
      .map((line) => line.split('\r').reduce((shown, part) => part + shown.slice(part.length), ''))
      .join('\n');
  }
}

function start(isTTY: boolean, options: { lang?: 'nl' | 'en'; columns?: number; afterMs?: number } = {}) {
  const clock = new FakeClock();
  const stream = new FakeStream(isTTY, options.columns);
  const progress = new Progress(stream, {
    lang: options.lang ?? 'nl',
    clock,
    ...(options.afterMs !== undefined ? { afterMs: options.afterMs } : {}),
  });
  return { clock, stream, progress };
}

describe('the progress line', () => {
  it('prints nothing for a run under a second, on a terminal or not', () => {
    for (const isTTY of [true, false]) {
      const { clock, stream, progress } = start(isTTY);
      progress.phase('Lezen van begroting.xlsx (48 MB)…');
      clock.advance(600);
      progress.phase('Controleren: 100.004 rijen…');
      clock.advance(399);
      progress.end();
      expect(stream.written).toBe('');
      expect(clock.running).toBe(0);
    }
  });

  it('shows the phase once the second has passed, and rewrites it in place on a terminal', () => {
    const { clock, stream, progress } = start(true);
    progress.phase('Lezen van begroting.xlsx (48 MB)…');
    clock.advance(999);
    expect(stream.written).toBe('');
    clock.advance(1);
    expect(stream.screen).toBe('Lezen van begroting.xlsx (48 MB)… 1,0 s');
    clock.advance(2_200);
    expect(stream.screen).toBe('Lezen van begroting.xlsx (48 MB)… 3,0 s');
    const longer = stream.screen.length;
    progress.phase('Controleren: 100.004 rijen…');
    // The shorter line covers every character of the longer one it replaces.
    expect(stream.screen.trimEnd()).toBe('Controleren: 100.004 rijen… 3,2 s');
    expect(stream.screen).toHaveLength(longer);
    expect(stream.written).not.toContain('\n');
  });

  it('wipes the line from a terminal at the end, so the result starts on a clean line', () => {
    const { clock, stream, progress } = start(true);
    progress.phase('Rapport schrijven: rapport.xlsx…');
    clock.advance(5_000);
    progress.end();
    expect(stream.screen.trim()).toBe('');
    expect(stream.written.endsWith('\r')).toBe(true);
    expect(clock.running).toBe(0);
    const before = stream.written;
    clock.advance(5_000);
    progress.phase('Uitvoer opmaken…');
    progress.end();
    expect(stream.written).toBe(before);
  });

  it('writes plain lines elsewhere, at most one per phase and only after the second', () => {
    const { clock, stream, progress } = start(false);
    progress.phase('Lezen van begroting.xlsx (48 MB)…');
    clock.advance(400);
    progress.phase('Controleren: 100.004 rijen…');
    clock.advance(1_100);
    clock.advance(3_000);
    progress.phase('Rapport schrijven: rapport.xlsx…');
    clock.advance(10_000);
    progress.phase('Uitvoer opmaken…');
    progress.end();
    expect(stream.written).toBe(
      'Controleren: 100.004 rijen… 1,0 s\nRapport schrijven: rapport.xlsx… 4,5 s\nUitvoer opmaken… 14,5 s\n',
    );
    expect(stream.written).not.toContain('\r');
  });

  it('shows a phase that starts after a long stretch without timers (synchronous work) at once', () => {
    const { clock, stream, progress } = start(false);
    progress.phase('Lezen van begroting.xlsx (3,6 MB)…');
    clock.jump(2_500);
    progress.phase('Controleren: 100.004 rijen…');
    expect(stream.written).toBe('Controleren: 100.004 rijen… 2,5 s\n');
  });

  it('keeps a terminal line shorter than the terminal, so \\r returns to its start', () => {
    const { clock, stream, progress } = start(true, { columns: 30 });
    progress.phase('Lezen van een-heel-lange-bestandsnaam-voor-de-begroting.xlsx (48 MB)…');
    clock.advance(1_000);
    expect(stream.screen).toHaveLength(29);
    expect(stream.screen.endsWith('…')).toBe(true);
  });

  it('speaks English with lang en', () => {
    const { clock, stream, progress } = start(false, { lang: 'en' });
    progress.phase(progressText({ kind: 'check', rows: 100_004 }, 'en'));
    clock.advance(1_250);
    expect(stream.written).toBe('Checking: 100,004 rows… 1.0 s\n');
  });

  it('starts at once with a threshold of 0 (for tests)', () => {
    const { stream, progress } = start(false, { afterMs: 0 });
    progress.phase('Uitvoer opmaken…');
    expect(stream.written).toBe('Uitvoer opmaken… 0,0 s\n');
  });
});

describe('its words', () => {
  it.each([
    [
      { kind: 'read', file: 'begroting.xlsx', bytes: 48 * 1024 ** 2 } as const,
      'Lezen van begroting.xlsx (48 MB)…',
      'Reading begroting.xlsx (48 MB)…',
    ],
    [
      { kind: 'read', file: 'b.xlsx', bytes: 3_787_408 } as const,
      'Lezen van b.xlsx (3,6 MB)…',
      'Reading b.xlsx (3.6 MB)…',
    ],
    [{ kind: 'read', file: 'b.xlsx', bytes: 12_000 } as const, 'Lezen van b.xlsx (12 kB)…', 'Reading b.xlsx (12 kB)…'],
    [{ kind: 'read', file: 'b.xlsx' } as const, 'Lezen van b.xlsx…', 'Reading b.xlsx…'],
    [{ kind: 'check', rows: 1_000_004 } as const, 'Controleren: 1.000.004 rijen…', 'Checking: 1,000,004 rows…'],
    [
      { kind: 'report', file: 'rapport.xlsx' } as const,
      'Rapport schrijven: rapport.xlsx…',
      'Writing the report: rapport.xlsx…',
    ],
    [{ kind: 'output' } as const, 'Uitvoer opmaken…', 'Formatting the output…'],
  ])('%j', (phase, nl, en) => {
    expect(progressText(phase, 'nl')).toBe(nl);
    expect(progressText(phase, 'en')).toBe(en);
  });

  it('gives the time with a decimal comma in Dutch', () => {
    expect(seconds(3_240, 'nl')).toBe('3,2 s');
    expect(seconds(3_240, 'en')).toBe('3.2 s');
  });

  it('reads the threshold from NPO_PROGRESS_AFTER_MS, one second otherwise', () => {
    expect(progressAfterMs(undefined)).toBe(1_000);
    expect(progressAfterMs('0')).toBe(0);
    expect(progressAfterMs('250')).toBe(250);
    expect(progressAfterMs('soms')).toBe(1_000);
    expect(progressAfterMs('-5')).toBe(1_000);
  });
});
