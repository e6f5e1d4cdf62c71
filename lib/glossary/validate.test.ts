import { describe, expect, it } from 'vitest';
import { glossaryData } from './data/index';
import { buildGlossary, validateGlossaryData, type GlossaryData } from './index';

function broken(edit: (d: GlossaryData) => void): string[] {
  const copy = structuredClone(glossaryData);
  edit(copy);
  const result = validateGlossaryData(copy);
  expect(result.ok).toBe(false);
  return result.errors;
}

function entry(d: GlossaryData, id: string) {
  const e = d.entries.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
}

describe('glossary validation rejects broken rows', () => {
  it('duplicate id', () => {
    const errors = broken((d) => {
      d.entries.push({ ...entry(d, 'yubeifei'), variants: [], term: '预备费用' });
    });
    expect(errors.join('\n')).toMatch(/yubeifei: duplicate id/);
  });

  it('dangling related term', () => {
    const errors = broken((d) => {
      entry(d, 'jiben-zhichu').related.push('no-such-term');
    });
    expect(errors.join('\n')).toMatch(/related term no-such-term does not exist/);
  });

  it('one surface form claimed by two entries (also after quote/bracket normalisation)', () => {
    const errors = broken((d) => {
      entry(d, 'gongwu-jiedai-fei').variants.push('"三公"经费');
    });
    expect(errors.join('\n')).toMatch(/already claimed by sangong-jingfei|already claimed by gongwu-jiedai-fei/);
  });

  it('unknown source key', () => {
    const errors = broken((d) => {
      entry(d, 'yubeifei').sources.push({ key: 'NOWHERE' });
    });
    expect(errors.join('\n')).toMatch(/unknown source NOWHERE/);
  });

  it('confidence C without a caveat', () => {
    const errors = broken((d) => {
      delete entry(d, 'jigou-yunzhuan-jingfei').caveat;
    });
    expect(errors.join('\n')).toMatch(/caveat/);
  });

  it('a "one-sentence" explanation that is two sentences', () => {
    const errors = broken((d) => {
      entry(d, 'yubeifei').short.zh = '预备费是一笔钱。用于突发事件。';
    });
    expect(errors.join('\n')).toMatch(/one sentence/);
  });

  it('a sourced confidence without sources', () => {
    const errors = broken((d) => {
      entry(d, 'yubeifei').sources = [];
    });
    expect(errors.join('\n')).toMatch(/at least one source/);
  });

  it('a malformed id', () => {
    const errors = broken((d) => {
      entry(d, 'yubeifei').id = 'Yu Bei Fei';
    });
    expect(errors.length).toBeGreaterThan(0);
  });

  it('a compound declared in notInside that does not hold the term (it would silently do nothing)', () => {
    const errors = broken((d) => {
      entry(d, 'pifu').match = { notInside: [{ text: '国有资本经营预算收入', reason: 'not the approval step' }] };
    });
    expect(errors.join('\n')).toMatch(/pifu: notInside "国有资本经营预算收入" does not hold the term/);
  });

  it('a context word that holds the term itself (it would hide the term everywhere)', () => {
    const errors = broken((d) => {
      entry(d, 'fenzhi').match = { notInContextOf: ['指标分值'] };
    });
    expect(errors.join('\n')).toMatch(/fenzhi: notInContextOf "指标分值" holds the term itself/);
  });

  it('buildGlossary refuses broken data with every error listed', () => {
    const copy = structuredClone(glossaryData);
    entry(copy, 'jiben-zhichu').related.push('nope-1', 'nope-2');
    expect(() => buildGlossary(copy)).toThrow(/nope-1[\s\S]*nope-2/);
  });
});
