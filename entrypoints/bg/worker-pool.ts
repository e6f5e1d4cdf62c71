/**
 * Analysis workers, kept warm. Each running analysis has a worker to itself (a huge page occupies
 * only its own worker, and cancelling it is terminating that worker: issue 10), but a worker that has
 * finished is kept for the next request instead of starting a new one: starting one means loading and
 * compiling the whole core, and the first analysis in a fresh worker runs unoptimised code — most of
 * the time of a normal page's analysis (issue 13). One spare is started ahead of need.
 */
export interface PoolWorker {
  postMessage(m: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export type PoolReply = { ok: true; value: unknown } | { ok: false; error: string };

export class WorkerPool {
  private idle: PoolWorker[] = [];
  private readonly busy = new Map<string, { worker: PoolWorker; done: (r: PoolReply) => void }>();

  /** `maxIdle`: finished workers kept beyond that number are terminated (each holds the core in memory). */
  constructor(private readonly spawn: () => PoolWorker, private readonly maxIdle = 2) {}

  /** Start the spare now, so the next request finds a loaded worker. */
  warm(): void {
    if (this.idle.length === 0) this.idle.push(this.spawn());
  }

  get size(): { idle: number; busy: number } {
    return { idle: this.idle.length, busy: this.busy.size };
  }

  /** Run one request on a worker of its own; the reply is the worker's first message (or its error). */
  run(id: string, message: unknown): Promise<PoolReply> {
    const worker = this.idle.pop() ?? this.spawn();
    return new Promise<PoolReply>((resolve) => {
      const done = (r: PoolReply, reusable: boolean) => {
        if (this.busy.get(id)?.worker !== worker) return; // cancelled meanwhile
        this.busy.delete(id);
        worker.onmessage = null;
        worker.onerror = null;
        if (reusable && this.idle.length < this.maxIdle) this.idle.push(worker);
        else worker.terminate();
        resolve(r);
      };
      this.busy.set(id, { worker, done: (r) => done(r, false) });
      worker.onmessage = (e) => done(e.data as PoolReply, true);
      // a worker that failed is not trusted again
      worker.onerror = (e) => done({ ok: false, error: e.message || 'the analysis worker stopped' }, false);
      worker.postMessage(message);
      // keep a spare ready for the request after this one
      if (this.idle.length === 0) queueMicrotask(() => this.warm());
    });
  }

  /** Stop a request: its worker is terminated at once (the computation cannot be interrupted otherwise). */
  cancel(id: string): boolean {
    const b = this.busy.get(id);
    if (!b) return false;
    b.done({ ok: false, error: 'cancelled' });
    return true;
  }
}

/**
 * The pool of analysis workers (entrypoints/analysis-worker.ts), for whichever context can start
 * workers: Chrome's offscreen document, Firefox's background page.
 */
export function analysisWorkerPool(url: string): WorkerPool {
  return new WorkerPool(() => new Worker(url));
}
