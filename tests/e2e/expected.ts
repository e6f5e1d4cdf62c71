/** What the overlay must show for a page: the same analysis the CLI computes from the saved file. */
import { join } from 'node:path';
import { analyzeSnapshot } from '../../lib/analyze';
import { loadPage } from '../../lib/cli/load';
import type { PageAnalysis } from '../../lib/report/schema';
import { PAGES_DIR } from './harness';

const cache = new Map<string, PageAnalysis>();

export function expectedAnalysis(file: string, dir = PAGES_DIR): PageAnalysis {
  const path = join(dir, file);
  let a = cache.get(path);
  if (!a) {
    a = analyzeSnapshot(loadPage(path));
    cache.set(path, a);
  }
  return a;
}

/** "table:row:col" keys of a finding's own cells. */
export function cellKeys(table: number, cells: [number, number][]): string[] {
  return cells.map(([r, c]) => `${table}:${r}:${c}`).sort();
}
