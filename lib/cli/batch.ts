/**
 * npm run check -- DIR/ FILE… [--report summary.html]
 * Many documents at once: folders are walked, every file that is an HTML page or a PDF by its content
 * (lib/input/sniff.ts, as for one file) is checked in a pool of worker threads, one per core, with a
 * progress bar on stderr; the summary page links each document's own evidence report, written in a
 * folder next to it. Exit 1 when any document has an error, 2 when an input could not be read.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sniffInput } from '../input/sniff';
import { BatchSummary, renderBatchSummaryHtml, type BatchRow } from '../report/evidence/summary';
import { checkDocument, hasCompleteness, type DocumentJob } from './document';
import { toolVersion } from './evidence';

export interface BatchOptions {
  inputs: string[];
  /** the summary page; absent: a table on stdout only */
  report?: string;
  /** worker threads (default: os.availableParallelism()); 0 runs in this thread */
  jobs?: number;
  stderr?: NodeJS.WriteStream;
}

interface Collected {
  files: string[];
  skipped: { file: string; reason: string }[];
  /** inputs named on the command line that are not there or cannot be read */
  bad: BatchRow[];
}

/** Walk the inputs: a file named is always taken (and reported if unreadable); in folders only HTML/PDF by content. */
export function collectInputs(inputs: string[]): Collected {
  const out: Collected = { files: [], skipped: [], bad: [] };
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      out.bad.push({ status: 'unread', file: dir, reason: `无法读取目录 / cannot read the folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = path.join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        const s = sniffInput(readFileSync(p));
        if (s.kind === 'rejected') out.skipped.push({ file: p, reason: `${s.zh} / ${s.en}` });
        else if (!seen.has(path.resolve(p))) {
          seen.add(path.resolve(p));
          out.files.push(p);
        }
      }
    }
  };
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch (e) {
      out.bad.push({ status: 'unread', file: input, reason: `文件不存在或无法读取 / not found or not readable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    if (st.isDirectory()) walk(input);
    else if (!seen.has(path.resolve(input))) {
      // a file named on the command line is checked whatever it is: if it is not a document, its row says why
      seen.add(path.resolve(input));
      out.files.push(input);
    }
  }
  return out;
}

/** summary.html → summary.reports/NN-name.html (and the link as the summary page writes it). */
function jobsFor(files: string[], report: string | undefined): DocumentJob[] {
  if (!report) return files.map((file) => ({ file, link: '' }));
  const dir = path.dirname(path.resolve(report));
  const folder = `${path.basename(report).replace(/\.html?$/i, '')}.reports`;
  const width = String(files.length).length;
  return files.map((file, i) => {
    const name = `${String(i + 1).padStart(width, '0')}-${path.basename(file).replace(/\.(html?|pdf)$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80)}.html`;
    return { file, out: path.join(dir, folder, name), link: `${folder}/${name}` };
  });
}

class Progress {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly err: NodeJS.WriteStream,
  ) {}
  private get tty() {
    return !!this.err.isTTY;
  }
  tick(row: BatchRow) {
    this.done++;
    const what = row.status === 'checked' ? `${row.errors} errors, ${row.warnings} warnings` : 'not read';
    if (this.tty) {
      const width = 28;
      const fill = Math.round((this.done / this.total) * width);
      const name = path.basename(row.file).slice(0, 40);
      this.err.write(`\r\x1b[K[${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${this.done}/${this.total} ${name}`);
      if (this.done === this.total) this.err.write('\n');
    } else this.err.write(`[${this.done}/${this.total}] ${row.file}: ${what}\n`);
  }
}

/**
 * How a worker thread starts on the TypeScript sources. `new Worker(url_of_ts, { execArgv: ['--import',
 * 'tsx'] })` fails under Node 20 ("Unknown file extension .ts": the worker's entry is resolved before
 * the hooks that --import registers are in place), so a tiny script worker loads the entry through
 * tsx's own API (tsImport), which brings its loader with it. Measured: ≈ 1 s per worker to start.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => m.tsImport(${JSON.stringify(new URL('./batch-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

/** A pool of worker threads, each loading the TypeScript sources through tsx as the main thread does. */
async function runInWorkers(jobs: DocumentJob[], size: number, onRow: (i: number, row: BatchRow) => void): Promise<number> {
  let next = 0;
  let started = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(WORKER_BOOT, { eval: true });
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          void w.terminate().then(() => resolve());
          return;
        }
        current = next++;
        w.postMessage({ id: current, job: jobs[current] });
      };
      w.on('message', (m: { ready?: true; id?: number; row?: BatchRow }) => {
        if (m.ready) {
          started++;
          feed();
          return;
        }
        onRow(m.id!, m.row!);
        current = -1;
        feed();
      });
      w.on('error', (e) => {
        // a worker that dies takes its document with it: that document is reported, the rest go on
        if (current >= 0) onRow(current, { status: 'unread', file: jobs[current]!.file, reason: `检查中断 / the check crashed: ${e.message}` });
        if (started === 0) reject(e);
        else resolve();
      });
    });
  await Promise.all(Array.from({ length: size }, one));
  return size;
}

export async function runBatch(opts: BatchOptions): Promise<number> {
  const t0 = performance.now();
  const err = opts.stderr ?? process.stderr;
  const { files, skipped, bad } = collectInputs(opts.inputs);
  if (!files.length) {
    err.write(`ledger-lens: 没有可核对的 HTML 或 PDF 文件 / no HTML or PDF file to check${bad.length ? `: ${bad.map((b) => (b.status === 'unread' ? `${b.file} (${b.reason})` : b.file)).join('; ')}` : ''}\n`);
    return 2;
  }
  const jobs = jobsFor(files, opts.report);
  const rows: (BatchRow | undefined)[] = new Array(jobs.length);
  const progress = new Progress(jobs.length, err);
  const onRow = (i: number, row: BatchRow) => {
    if (rows[i]) return;
    rows[i] = row;
    progress.tick(row);
  };
  let workers = 0;
  const size = Math.min(opts.jobs ?? os.availableParallelism(), jobs.length);
  if (size > 0) {
    try {
      workers = await runInWorkers(jobs, size, onRow);
    } catch (e) {
      err.write(`ledger-lens: 无法启动工作线程，改为单线程 / worker threads could not start, checking in this thread (${(e as Error).message})\n`);
    }
  }
  // whatever no worker did (none started, or 0 jobs asked for) is done here, one after another
  for (const [i, job] of jobs.entries()) if (!rows[i]) onRow(i, await checkDocument(job));
  const all = [...(rows as BatchRow[]), ...bad];
  const summary = BatchSummary.parse({
    format: 'ledger-lens-batch/1',
    checkedAt: new Date().toISOString(),
    tool: { name: '账本核对 Ledger Lens', version: toolVersion() },
    completeness: hasCompleteness(),
    rows: all,
    skipped,
    workers,
    ms: Math.round(performance.now() - t0),
  });
  if (opts.report) {
    const html = /\.html?$/i.test(opts.report) ? opts.report : `${opts.report}.html`;
    mkdirSync(path.dirname(path.resolve(html)), { recursive: true });
    writeFileSync(html, renderBatchSummaryHtml(summary));
    writeFileSync(html.replace(/\.html?$/i, '.json'), JSON.stringify(summary, null, 2) + '\n');
    err.write(`ledger-lens: summary written to ${html}\n`);
  }
  process.stdout.write(formatBatch(summary));
  if (all.some((r) => r.status === 'unread')) return 2;
  return all.some((r) => r.status === 'checked' && r.errors > 0) ? 1 : 0;
}

function formatBatch(s: BatchSummary): string {
  const lines = s.rows.map((r) =>
    r.status === 'checked'
      ? `${r.errors ? '✖' : r.warnings ? '⚠' : '✓'} ${r.file}  ${r.kind}  tables ${r.tables}  errors ${r.errors}  warnings ${r.warnings}  infos ${r.infos}${r.missing?.length ? `  missing ${r.missing.length}` : ''}`
      : `? ${r.file}  not read: ${r.reason}`,
  );
  const checked = s.rows.filter((r) => r.status === 'checked').length;
  lines.push(`${checked} checked, ${s.rows.length - checked} not read, ${s.skipped.length} skipped (not HTML or PDF) · ${(s.ms / 1000).toFixed(1)} s with ${s.workers} worker threads`);
  return lines.join('\n') + '\n';
}
