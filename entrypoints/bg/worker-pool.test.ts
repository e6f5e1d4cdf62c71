import { describe, expect, it } from 'vitest';
import { WorkerPool, type PoolWorker } from './worker-pool';

/**
 * An in-process stand-in for a dedicated worker (Node has no Web Worker): it answers each message
 * after the given delay, unless terminated. The pool's own logic (reuse, spare, cancel, failures) is
 * what is tested; the real workers run in Chromium in tests/e2e/isolation.test.ts.
 */
class TestWorker implements PoolWorker {
  static started = 0;
  readonly n = ++TestWorker.started;
  terminated = false;
  handled = 0;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: unknown): void {
    const { delay = 0, fail = false } = m as { delay?: number; fail?: boolean };
    setTimeout(() => {
      if (this.terminated) return;
      this.handled++;
      if (fail) this.onerror?.({ message: 'boom' } as ErrorEvent);
      else this.onmessage?.({ data: { ok: true, value: { by: this.n } } } as MessageEvent);
    }, delay);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const pool = () => {
  const made: TestWorker[] = [];
  const p = new WorkerPool(() => {
    const w = new TestWorker();
    made.push(w);
    return w;
  }, 2);
  return { p, made };
};

describe('analysis worker pool', () => {
  it('a finished worker serves the next request (no new worker per analysis)', async () => {
    const { p, made } = pool();
    const a = await p.run('a', {});
    const b = await p.run('b', {});
    expect(a).toEqual({ ok: true, value: { by: made[0]!.n } });
    expect(b).toEqual({ ok: true, value: { by: made[0]!.n } });
    expect(made[0]!.handled).toBe(2);
  });

  it('requests running at the same time each get a worker of their own', async () => {
    const { p } = pool();
    const [a, b] = await Promise.all([p.run('a', { delay: 20 }), p.run('b', { delay: 5 })]);
    expect((a as { value: { by: number } }).value.by).not.toBe((b as { value: { by: number } }).value.by);
  });

  it('warm() loads a spare ahead of the first request, which then uses it', async () => {
    const { p, made } = pool();
    p.warm();
    expect(made.length).toBe(1);
    await p.run('a', {});
    expect(made[0]!.handled).toBe(1);
  });

  it('cancel terminates the running worker at once, answers "cancelled" and never reuses it', async () => {
    const { p, made } = pool();
    const slow = p.run('slow', { delay: 50 });
    expect(p.cancel('slow')).toBe(true);
    expect(await slow).toEqual({ ok: false, error: 'cancelled' });
    const running = made[0]!;
    expect(running.terminated).toBe(true);
    const next = await p.run('next', {});
    expect((next as { value: { by: number } }).value.by).not.toBe(running.n);
    expect(p.cancel('gone')).toBe(false);
  });

  it('a worker that failed is terminated, not kept', async () => {
    const { p, made } = pool();
    expect(await p.run('x', { fail: true })).toEqual({ ok: false, error: 'boom' });
    expect(made[0]!.terminated).toBe(true);
    expect(p.size.idle).toBeLessThanOrEqual(1);
  });

  it('keeps no more idle workers than allowed', async () => {
    const { p, made } = pool();
    await Promise.all([1, 2, 3, 4].map((i) => p.run(String(i), { delay: i })));
    await new Promise((r) => setTimeout(r, 5));
    expect(p.size.idle).toBeLessThanOrEqual(2);
    expect(made.filter((w) => !w.terminated).length).toBeLessThanOrEqual(2);
  });

  it('starts no spare while a request runs (it would take a core from it); one when the pool falls idle with none left', async () => {
    const { p, made } = pool();
    const a = p.run('a', { delay: 10 });
    const b = p.run('b', { delay: 20 });
    await a;
    expect(made.length).toBe(2); // b still runs: a is kept, nothing new is loaded
    await b;
    expect(made.length).toBe(2); // both kept: no spare needed
    // a worker that failed leaves the pool empty once nothing runs: a spare is loaded then
    const { p: q, made: qm } = pool();
    await q.run('x', { fail: true });
    expect(qm.length).toBe(2);
    expect(q.size).toEqual({ idle: 1, busy: 0 });
  });

  it('prefers a worker that has run (warm code) to a spare that has not, and keeps it over the spare', async () => {
    const { p, made } = pool();
    await p.run('first', {}); // worker 1 has run
    p.warm(); // no-op: one is waiting
    expect(made.length).toBe(1);
    // two at once: worker 1 and a new one; then a third request after both
    await Promise.all([p.run('x', { delay: 5 }), p.run('y', { delay: 1 })]);
    const runs = made.map((w) => w.handled);
    await p.run('z', {});
    // z went to a worker that had run before, never a fresh spare
    expect(made.length).toBe(2);
    expect(made.some((w, i) => w.handled === runs[i]! + 1 && runs[i]! > 0)).toBe(true);
    // full pool of two that have run + a spare would be one too many: the spare gives way
    const { p: q, made: qm } = pool();
    q.warm(); // spare s (never run)
    await Promise.all([q.run('1', { delay: 3 }), q.run('2', { delay: 6 }), q.run('3', { delay: 9 })]);
    expect(q.size.idle).toBe(2);
    expect(qm.filter((w) => !w.terminated).every((w) => w.handled > 0)).toBe(true);
  });
});
