/**
 * One-off importer: turns the reference TSVs (tests/fixtures/reference/*-codes.tsv) into the typed data
 * modules under lib/codes/data. Run: npx tsx lib/codes/tools/import-reference.ts
 * The generated files are committed; re-run when the reference changes. Hand-curated facts (sources,
 * edition names) live in data/sources.ts and data/editions.ts and are not touched here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BilingualNote, CodeLevel, CodeRow, DeptToGovRow } from '../schema';

const here = dirname(fileURLToPath(import.meta.url));
const refDir = join(here, '../../../tests/fixtures/reference');
const outDir = join(here, '../data');

interface TsvRow {
  code: string;
  name: string;
  third: string;
  source: string;
  note: string;
}

function readTsv(file: string): TsvRow[] {
  const lines = readFileSync(join(refDir, file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line) => {
    const [code = '', name = '', third = '', source = '', note = ''] = line.split('\t');
    return { code: code.trim(), name: name.trim(), third: third.trim(), source: source.trim(), note: note.trim() };
  });
}

// Source strings in the TSV name a repository file or a page; map each to a short key (see data/sources.ts).
const SOURCE_PATTERNS: Array<[RegExp, string]> = [
  [/samples\/templates\/附件2/, 'GBC-TPL'],
  [/shiquan_narrative/, 'GBC-SQ'],
  [/wenlvju_budget/, 'GBC-WLJ'],
  [/chengguan_budget/, 'GBC-CG'],
  [/jianguanwei_budget/, 'GBC-JGW'],
  [/上海市普陀区财政局2024年度部门决算/, 'GBC-PTCZ'],
  [/yss\.mof\.gov\.cn/, 'MOF-JSSM'],
  [/ishare\.iask/, 'MOF-DZB'],
];

interface Provenance {
  confirmed: boolean;
  sources: string[];
  notes: BilingualNote[];
}

function provenance(row: TsvRow): Provenance {
  const s = row.source;
  if (s.startsWith('RECALL')) return { confirmed: false, sources: ['RECALL'], notes: [] };
  if (s.startsWith('name verified in')) {
    // the name was printed without its code: the pairing is still from memory
    return {
      confirmed: false,
      sources: ['RECALL'],
      notes: [
        {
          zh: '此名称见于上海市2024年度部门决算模板，但模板未印编码；编码与名称的对应未经核实。',
          en: 'The name appears in the Shanghai 2024 final-account template, which prints no code; the code-name pairing is unverified.',
        },
      ],
    };
  }
  const keys: string[] = [];
  for (const [re, key] of SOURCE_PATTERNS) if (re.test(s) && !keys.includes(key)) keys.push(key);
  if (keys.length === 0) throw new Error(`unknown source for ${row.code}: ${s}`);
  if (/code RECALL/.test(row.note)) {
    return {
      confirmed: false,
      sources: ['RECALL'],
      notes: [
        {
          zh: '名称见于财政部决算说明（只列名称）；编码凭记忆填写，未经核实。',
          en: 'The name appears in a Ministry of Finance note that lists names only; the code is recalled, not verified.',
        },
      ],
    };
  }
  return { confirmed: true, sources: keys, notes: [] };
}

// Notes of the TSV worth showing to a reader, rewritten in both languages. Edition names are in data/editions.ts.
const CURATED_NOTES: Record<string, BilingualNote> = {
  '2010505': {
    zh: '有的决算说明把此项误写作“统计信息事务（项）”，那其实是款的名称。',
    en: 'One final-account narrative calls this item "统计信息事务（项）", which is really the name of its 款.',
  },
  '21208': {
    zh: '政府性基金预算科目：出现在政府性基金预算支出表中。',
    en: 'A government-fund budget heading: it appears in government-fund expenditure tables.',
  },
  '2120803': {
    zh: '政府性基金预算科目。',
    en: 'A government-fund budget heading.',
  },
  '30212': {
    zh: '经济分类表写作“因公出国（境）费用”，“三公”经费表写作“因公出国（境）费”，指同一类支出。',
    en: 'Economic-classification tables print 因公出国（境）费用; "three public expenses" tables print 因公出国（境）费; same spending.',
  },
  '30217': {
    zh: '“三公”经费之一。',
    en: 'One of the "three public expenses".',
  },
  '30231': {
    zh: '即“三公”经费中公务用车购置及运行（维护）费的“运行”部分。',
    en: 'The running part of the official-vehicle line of the "three public expenses".',
  },
  '31013': {
    zh: '即“三公”经费中公务用车购置及运行（维护）费的“购置”部分。',
    en: 'The purchase part of the official-vehicle line of the "three public expenses".',
  },
  '309': {
    zh: '309与310下的款名称相同（如30901/31001 房屋建筑物购建）；309为发展改革部门安排的基本建设支出。',
    en: '309 and 310 share item names (e.g. 30901/31001); 309 is capital construction arranged by the development-and-reform department.',
  },
  '503': {
    zh: '（一）为一般预算安排的非基本建设资本性支出，（二）为发展改革部门安排的基本建设支出。',
    en: '(一) is non-construction capital spending from the general budget; (二) is construction spending arranged by development and reform.',
  },
};

function levelOf(code: string): CodeLevel {
  if (code.length === 3) return '类';
  if (code.length === 5) return '款';
  if (code.length === 7) return '项';
  throw new Error(`bad code length: ${code}`);
}

function toRow(r: TsvRow): CodeRow {
  const p = provenance(r);
  const notes = [...p.notes];
  const curated = CURATED_NOTES[r.code];
  if (curated) notes.push(curated);
  const row: CodeRow = { code: r.code, name: r.name, level: levelOf(r.code), confirmed: p.confirmed, sources: p.sources };
  if (notes.length > 0) row.notes = notes;
  if (r.third && r.third !== row.level && r.third !== '部门' && r.third !== '政府') {
    throw new Error(`level column disagrees for ${r.code}: ${r.third}`);
  }
  return row;
}

function mappingsFrom(govRows: TsvRow[]): DeptToGovRow[] {
  const out: DeptToGovRow[] = [];
  for (const r of govRows) {
    const confirmedMatch = /maps from ([^(]*)\(DZB/.exec(r.note);
    const recallMatch = /mapping \(RECALL\): (.*)$/.exec(r.note);
    const list = confirmedMatch?.[1] ?? recallMatch?.[1];
    if (!list) continue;
    for (const dept of list.match(/\b3\d{4}\b/g) ?? []) {
      out.push(
        confirmedMatch
          ? { dept, gov: r.code, confirmed: true, sources: ['MOF-DZB'] }
          : { dept, gov: r.code, confirmed: false, sources: ['RECALL'] },
      );
    }
  }
  return out.sort((a, b) => a.dept.localeCompare(b.dept));
}

function emit(file: string, typeName: string, constName: string, rows: unknown[]): void {
  const body = rows.map((r) => `  ${JSON.stringify(r)},`).join('\n');
  const text =
    `// Generated by lib/codes/tools/import-reference.ts from tests/fixtures/reference; do not edit by hand.\n` +
    `import type { ${typeName} } from '../schema';\n\n` +
    `export const ${constName}: ${typeName}[] = [\n${body}\n];\n`;
  writeFileSync(join(outDir, file), text);
}

const fn = readTsv('function-codes.tsv');
const econ = readTsv('economic-codes.tsv');
const dept = econ.filter((r) => r.third === '部门');
const gov = econ.filter((r) => r.third === '政府');
if (dept.length + gov.length !== econ.length) throw new Error('economic row without 部门/政府 kind');

emit('function-codes.ts', 'CodeRow', 'functionCodes', fn.map(toRow));
emit('economic-dept-codes.ts', 'CodeRow', 'economicDeptCodes', dept.map(toRow));
emit('economic-gov-codes.ts', 'CodeRow', 'economicGovCodes', gov.map(toRow));
emit('dept-to-gov.ts', 'DeptToGovRow', 'deptToGov', mappingsFrom(gov));
console.log(`function ${fn.length}, dept ${dept.length}, gov ${gov.length}`);
