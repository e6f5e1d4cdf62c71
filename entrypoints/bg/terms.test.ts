/**
 * Terms only the page explains: a real document's 名词解释 defines 其他资金 and 单位预留机动经费, which the
 * glossary has no entry for; hovering them in the same document's sentences shows the page's definition,
 * said to be the page's, and a glossary term is still explained by the glossary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { definitionTexts } from '../../lib/glossary';
import { listDocuments, loadDocument } from '../../tests/corpus/documents';
import { explainAt, rememberTexts } from './terms';

const FILE = 'corpus/pdf/js-prov-zxbgt-2018-dept-budget-text.pdf';
const TAB = 7;

beforeAll(async () => {
  const d = listDocuments().find((x) => x.file === FILE)!;
  const l = await loadDocument(d);
  if (!l.ok) throw new Error(l.reason);
  rememberTexts(TAB, definitionTexts(l.snapshot.flow, l.snapshot.tables));
});

const at = (text: string, word: string) => explainAt(TAB, text, text.indexOf(word) + 1);

describe('terms the page alone explains', () => {
  // sentences of the same document (pdftotext -layout, p3–p4)
  it('其他资金: the page’s definition, marked as the page’s own', async () => {
    const s = '3.其他资金收入预算总计 80 万元，与上年数一致。';
    const r = await at(s, '其他资金');
    expect(r?.pageOnly).toBe(true);
    expect(r?.match.text).toBe('其他资金');
    expect(r?.page[0]?.definition).toContain('事业收入、经营收入、其他收入');
    expect(r?.citations).toEqual([]);
  });

  it('单位预留机动经费: the whole term, not a shorter word inside it', async () => {
    const s = '单位预留机动经费预算为 1,157.63 万元。';
    const r = await at(s, '机动经费');
    expect(r?.pageOnly).toBe(true);
    expect(r?.match.text).toBe('单位预留机动经费');
    expect(r?.page[0]?.definition).toMatch(/^指预算单位年初预留/);
  });

  it('a term the glossary has stays the glossary’s, with the page’s definition first', async () => {
    const s = '机关运行经费是指为保障行政单位运行用于购买货物和服务的各项资金。';
    const r = await at(s, '机关运行经费');
    expect(r?.pageOnly).toBeUndefined();
    expect(r?.entry.term).toBe('机关运行经费');
    expect(r?.page.length).toBeGreaterThan(0);
  });

  it('a word the page does not define gets no page card', async () => {
    const r = await explainAt(8, '其他资金收入预算总计 80 万元。', 1);
    expect(r?.pageOnly).toBeUndefined();
  });
});
