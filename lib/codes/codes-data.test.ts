import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeData } from './data/index';
import { buildCodeBook, loadCodes, validateCodeData, type CodeData } from './index';

const here = dirname(fileURLToPath(import.meta.url));

function broken(edit: (d: CodeData) => void): string {
  const copy = structuredClone(codeData);
  edit(copy);
  const result = validateCodeData(copy);
  expect(result.ok).toBe(false);
  return result.errors.join('\n');
}

describe('code data', () => {
  it('validates: unique codes, parents exist, levels fit, mapping targets exist', () => {
    const result = validateCodeData(codeData);
    expect(result.errors).toEqual([]);
  });

  it('holds every row of the reference lists', () => {
    const ref = (file: string) =>
      readFileSync(join(here, '../../tests/fixtures/reference', file), 'utf8')
        .split('\n')
        .slice(1)
        .filter((l) => l.trim() !== '').length;
    expect(codeData.function.length).toBe(ref('function-codes.tsv'));
    expect(codeData.economicDept.length + codeData.economicGov.length).toBe(ref('economic-codes.tsv'));
  });

  it('never marks a recalled row as confirmed', () => {
    for (const row of [...codeData.function, ...codeData.economicDept, ...codeData.economicGov]) {
      if (row.sources.includes('RECALL')) expect(row.confirmed, row.code).toBe(false);
    }
    const byCode = new Map(codeData.function.map((r) => [r.code, r]));
    expect(byCode.get('210')?.confirmed).toBe(true);
    expect(byCode.get('21015')?.confirmed).toBe(false);
    expect(byCode.get('202')?.confirmed).toBe(false); // name seen without its code
  });

  it('keeps the data out of the statically imported modules (lazy loading)', () => {
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      expect(readFileSync(join(here, file), 'utf8'), file).not.toMatch(/^import[^;]*from '\.\/data/m);
    }
    expect(readFileSync(join(here, 'load.ts'), 'utf8')).toContain("import('./data/index')");
  });

  it('loads once and indexes all three domains', async () => {
    const a = await loadCodes();
    const b = await loadCodes();
    expect(a).toBe(b);
    expect(a.rows.function.get('2101501')?.name).toBe('行政运行');
    expect(a.rows['economic-dept'].get('30217')?.name).toBe('公务接待费');
    expect(a.rows['economic-gov'].get('50101')?.name).toBe('工资奖金津补贴');
  });
});

describe('code validation rejects broken rows', () => {
  it('duplicate code', () => {
    expect(broken((d) => d.function.push({ ...d.function[0]! }))).toMatch(/function 201: duplicate code/);
  });

  it('missing parent', () => {
    expect(
      broken((d) => d.function.push({ code: '2999901', name: '孤儿项', level: '项', confirmed: false, sources: ['RECALL'] })),
    ).toMatch(/parent 29999 is missing/);
  });

  it('wrong level for the code length', () => {
    expect(
      broken((d) => {
        const row = d.function.find((r) => r.code === '21015');
        if (row) row.level = '项';
      }),
    ).toMatch(/21015: level 项 does not fit a 5-digit code/);
  });

  it('economic code with a 项 level, and code in the wrong domain', () => {
    const errors = broken((d) => {
      d.economicDept.push({ code: '3010101', name: 'x', level: '项', confirmed: false, sources: ['RECALL'] });
      d.economicGov.push({ code: '30102', name: 'y', level: '款', confirmed: false, sources: ['RECALL'] });
    });
    expect(errors).toMatch(/economic codes have no 项 level/);
    expect(errors).toMatch(/economic-gov 30102: code does not belong to this domain/);
  });

  it('mapping to a code that does not exist', () => {
    expect(broken((d) => d.deptToGov.push({ dept: '30216', gov: '59998', confirmed: false, sources: ['RECALL'] }))).toMatch(
      /30216 mapped twice|59998 is not a 政府经济分类 款/,
    );
  });

  it('unknown source, and a confirmed row without a confirming source', () => {
    const errors = broken((d) => {
      const a = d.function.find((r) => r.code === '208');
      const b = d.function.find((r) => r.code === '20101');
      if (a) a.sources = ['NOWHERE'];
      if (b) b.confirmed = true;
    });
    expect(errors).toMatch(/208: unknown source NOWHERE/);
    expect(errors).toMatch(/20101: marked confirmed but no source confirms it/);
  });

  it('edition name for a code that is not in the data', () => {
    expect(
      broken((d) =>
        d.editions.push({ domain: 'function', code: '299', name: 'x', when: { zh: 'x', en: 'x' }, sources: ['REF-NOTE'] }),
      ),
    ).toMatch(/edition function 299: code not in the data/);
  });

  it('a dated edition name claims only the years its dated sources print it in', () => {
    const e = { domain: 'function' as const, code: '210', name: 'x', when: { zh: 'x', en: 'x' } };
    // a 2017 document cannot attest 2017–2019
    expect(broken((d) => d.editions.push({ ...e, sources: ['JS-SW-2017'], years: { from: 2017, to: 2019 } }))).toMatch(/not both attested/);
    // a 2024 document lies outside 2017–2017
    expect(broken((d) => d.editions.push({ ...e, sources: ['JS-SW-2017', 'GBC-TPL'], years: { from: 2017, to: 2017 } }))).toMatch(/source of 2024 outside/);
    // an undated note cannot date a name
    expect(broken((d) => d.editions.push({ ...e, sources: ['REF-NOTE'], years: { from: 2017, to: 2017 } }))).toMatch(/not both attested/);
  });

  it('a malformed code is a schema error', () => {
    expect(broken((d) => d.function.push({ code: '21', name: 'x', level: '类', confirmed: false, sources: ['RECALL'] }))).toMatch(
      /3, 5 or 7 digits/,
    );
  });

  it('buildCodeBook refuses broken data', () => {
    const copy = structuredClone(codeData);
    copy.function.push({ ...copy.function[0]! });
    expect(() => buildCodeBook(copy)).toThrow(/duplicate code/);
  });
});
