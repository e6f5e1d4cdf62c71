/**
 * The analysis worker alone, in Chromium (`npx tsx tests/e2e/workerbench.ts [PAGE] [--ext DIR] [--jobs 4]`):
 * the built `analysis-worker.js` is started from an extension page and sent the same page's snapshot
 * (wire form) several times in a row, once right after it starts and once after it has had 400 ms to
 * load. Prints, per job, the round trip and the analysis time the worker reports. Shows what a
 * worker's first analysis costs against later ones (code not yet compiled or optimised), which is
 * why the pool keeps workers that have run (entrypoints/bg/worker-pool.ts). Numbers for people.
 */
import { loadDocument } from '../../lib/cli/load';
import { packSnapshot } from '../../lib/snapshot/wire';
import { ensureBuilt, launch, serveFixtures } from './harness';

const args = process.argv.slice(2);
const ext = args.includes('--ext') ? args[args.indexOf('--ext') + 1]! : ensureBuilt();
const jobs = args.includes('--jobs') ? Number(args[args.indexOf('--jobs') + 1]) : 4;
const file = args.find((a, i) => !a.startsWith('--') && !['--ext', '--jobs'].includes(args[i - 1] ?? '')) ?? 'tests/fixtures/pages/000_9397a020b08f6624.merged.html';
const snapshot = packSnapshot((await loadDocument(file)).snapshot);
const fx = await serveFixtures();
const b = await launch(ext, fx.port);
try {
  const page = await b.ctx.newPage();
  await page.goto(`chrome-extension://${b.extId}/offscreen.html`);
  console.log(`${file}: round trip / analysis (ms), job 1 … ${jobs}`);
  for (const delay of [0, 400]) {
    const times = await page.evaluate(
      async ({ snapshot, delay, jobs }) => {
        const w = new Worker('/analysis-worker.js');
        await new Promise((r) => setTimeout(r, delay));
        const out: string[] = [];
        for (let i = 0; i < jobs; i++) {
          const t = performance.now();
          const reply = await new Promise<{ ok: boolean; value?: { ms: number }; error?: string }>((res) => {
            w.onmessage = (e) => res(e.data);
            w.postMessage({ snapshot, stage: 'full' });
          });
          if (!reply.ok) throw new Error(reply.error);
          out.push(`${Math.round(performance.now() - t)}/${reply.value!.ms}`);
        }
        w.terminate();
        return out;
      },
      { snapshot, delay, jobs },
    );
    console.log(`  started ${delay} ms before the first job: ${times.join('  ')}`);
  }
} finally {
  await b.close();
  await fx.close();
}
