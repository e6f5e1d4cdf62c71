import type { Finding, VerifiedRelation } from '../report/schema';
import type { NotRun, Reporter } from './rule';

/** A Reporter that keeps everything, de-duplicating findings that name the same cells and numbers. */
export class Collector implements Reporter {
  findings: Finding[] = [];
  verifiedRelations: VerifiedRelation[] = [];
  notRuns: NotRun[] = [];
  relations = 0;
  private seen = new Set<string>();

  checked(): void {
    this.relations++;
  }
  finding(f: Finding): void {
    const key = `${f.rule}|${f.table}|${JSON.stringify(f.cells)}|${JSON.stringify(f.related)}|${f.expected}|${f.actual}|${f.text ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push(f);
  }
  verified(v: VerifiedRelation): void {
    this.verifiedRelations.push(v);
  }
  notRun(n: NotRun): void {
    this.notRuns.push(n);
  }
}
