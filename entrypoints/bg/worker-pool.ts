/**
 * Analysis workers, kept warm. Each running analysis has a worker to itself (a huge page occupies
 * only its own worker, and cancelling it is terminating that worker: issue 10), but a worker that has
 * finished is kept for the next request instead of starting a new one: starting one means loading and
 * compiling the whole core, and the first analysis in a fresh worker runs unoptimised code — most of
 * the time of a normal page's analysis (issue 13). One spare is started ahead of need, when nothing
 * runs; workers that have run are preferred and kept over spares that have not.
 */
export interface PoolWorker {
  postMessage(m: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export type PoolReply = { ok: true; value: unknown } | { ok: false; error: string };

export class WorkerPool {
  /** loaded workers waiting; `used`: it has run an analysis, so its code is compiled and warm */
  private idle: { worker: PoolWorker; used: boolean }[] = [];
  private readonly busy = new Map<string, { worker: PoolWorker; done: (r: PoolReply) => void }>();

  /** `maxIdle`: finished workers kept beyond that number are terminated (each holds the core in memory). */
  constructor(private readonly spawn: () => PoolWorker, private readonly maxIdle = 2) {}

  /** Start a spare now (none waiting), so the next request finds a loaded worker. */
  warm(): void {
    if (this.idle.length === 0) this.idle.push({ worker: this.spawn(), used: false });
  }

  get size(): { idle: number; busy: number } {
    return { idle: this.idle.length, busy: this.busy.size };
  }

  /** Run one request on a worker of its own; the reply is the worker's first message (or its error). */
  run(id: string, message: unknown): Promise<PoolReply> {
    const worker = this.take() ?? this.spawn();
    return new Promise<PoolReply>((resolve) => {
      const done = (r: PoolReply, reusable: boolean) => {
        if (this.busy.get(id)?.worker !== worker) return; // cancelled meanwhile
        this.busy.delete(id);
        worker.onmessage = null;
        worker.onerror = null;
        if (reusable) this.keep(worker);
        else worker.terminate();
        // the spare for the next request is loaded when nothing runs: loading one beside a running
        // analysis took a core from it (two cores: the page, the analysis and the loading fought)
        if (this.busy.size === 0) this.warm();
        resolve(r);
      };
      this.busy.set(id, { worker, done: (r) => done(r, false) });
      worker.onmessage = (e) => done(e.data as PoolReply, true);
      // a worker that failed is not trusted again
      worker.onerror = (e) => done({ ok: false, error: e.message || 'the analysis worker stopped' }, false);
      worker.postMessage(message);
    });
  }

  /** Stop a request: its worker is terminated at once (the computation cannot be interrupted otherwise). */
  cancel(id: string): boolean {
    const b = this.busy.get(id);
    if (!b) return false;
    b.done({ ok: false, error: 'cancelled' });
    return true;
  }

  /** A waiting worker, one that has run before first: its first analysis ran 2–3× slower than later ones. */
  private take(): PoolWorker | undefined {
    for (let i = this.idle.length - 1; i >= 0; i--) if (this.idle[i]!.used) return this.idle.splice(i, 1)[0]!.worker;
    return this.idle.pop()?.worker;
  }

  /** Keep a finished worker; when the pool is full, a spare that never ran gives way to it. */
  private keep(worker: PoolWorker): void {
    if (this.idle.length >= this.maxIdle) {
      const spare = this.idle.findIndex((e) => !e.used);
      if (spare < 0) {
        worker.terminate();
        return;
      }
      this.idle.splice(spare, 1)[0]!.worker.terminate();
    }
    this.idle.push({ worker, used: true });
  }
}

/**
 * The pool of analysis workers (entrypoints/analysis-worker.ts), for whichever context can start
 * workers: Chrome's offscreen document, Firefox's background page.
 */
export function analysisWorkerPool(url: string): WorkerPool {
  return new WorkerPool(() => new Worker(url));
}
