import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText, looksLikeHtml, normalizeCharset, sniffInput, type Sniffed } from './sniff';

const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)));
  return new Uint8Array(Buffer.concat(chunks));
};
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
// "合计" and "单位：万元" in GBK, written out so the test needs no encoder
const GBK_HEJI = [0xba, 0xcf, 0xbc, 0xc6];
const GBK_DANWEI = [0xb5, 0xa5, 0xce, 0xbb, 0xa3, 0xba, 0xcd, 0xf2, 0xd4, 0xaa];
// "合計" in Big5
const BIG5_HEJI = [0xa6, 0x58, 0xad, 0x70];

const html = (s: Sniffed) => {
  if (s.kind !== 'html') throw new Error(`expected html, got ${JSON.stringify(s)}`);
  return s;
};
const reason = (s: Sniffed) => (s.kind === 'rejected' ? s.reason : s.kind);

describe('sniffInput: what a file is, by its bytes', () => {
  it('a PDF by its header, also after a little leading junk', () => {
    expect(sniffInput(bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'))).toEqual({ kind: 'pdf' });
    expect(sniffInput(bytes('\r\n\r\n%PDF-1.4\n'))).toEqual({ kind: 'pdf' });
    // the header only counts in the first 1024 bytes (an HTML page that mentions %PDF- later is HTML)
    expect(reason(sniffInput(utf8(`<html><body><p>${'x'.repeat(2000)} %PDF-1.4</p></body></html>`)))).toBe('html');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], 'image'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46], 'image'],
    ['GIF', [...Buffer.from('GIF89a'), 1, 0, 1, 0], 'image'],
    ['zip / xlsx', [0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0], 'archive'],
    ['gzip', [0x1f, 0x8b, 8, 0, 0, 0, 0, 0], 'archive'],
    ['legacy Office', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'office'],
  ])('%s is rejected as %s', (_name, b, why) => {
    const s = sniffInput(bytes(b as number[]));
    expect(reason(s)).toBe(why);
    if (s.kind === 'rejected') {
      expect(s.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.en).toMatch(/[a-z]/);
    }
  });

  it('empty and whitespace-only files are rejected as empty', () => {
    expect(reason(sniffInput(new Uint8Array(0)))).toBe('empty');
    expect(reason(sniffInput(utf8(' \n\r\n\t')))).toBe('empty');
  });

  it('NUL bytes or many control characters: binary, even if a tag appears', () => {
    expect(reason(sniffInput(bytes('<html><body>', [0, 1, 2, 3, 0], '</body></html>')))).toBe('binary');
    const noisy = bytes('<html><body><p>', Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), '</p></body></html>');
    expect(reason(sniffInput(noisy))).toBe('binary');
  });

  it('text that is not HTML (plain text, JSON, CSV, XML without page structure) is rejected', () => {
    expect(reason(sniffInput(utf8('just some words, 合计 3,185.85 万元\n')))).toBe('not-html');
    expect(reason(sniffInput(utf8('{"tables": [], "findings": []}')))).toBe('not-html');
    expect(reason(sniffInput(utf8('项目,金额\n合计,3185.85\n')))).toBe('not-html');
    expect(reason(sniffInput(utf8('<?xml version="1.0"?><rss><channel><item>x</item></channel></rss>')))).toBe('not-html');
    // a text file that mentions a tag in passing is still text
    expect(reason(sniffInput(utf8('说明：表格见 <table> 元素\n')))).toBe('not-html');
  });

  it('an MHTML archive is named as such', () => {
    expect(reason(sniffInput(utf8('From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html"\n')))).toBe('mhtml');
  });

  it('HTML pages and fragments are accepted', () => {
    expect(html(sniffInput(utf8('<!DOCTYPE html><html><body><table><tr><td>合计</td></tr></table></body></html>'))).encoding).toBe('utf-8');
    expect(html(sniffInput(utf8('\n  <table><tr><td>1</td></tr></table>'))).encoding).toBe('utf-8');
    expect(html(sniffInput(utf8('<!-- saved from url=(0042)http://example.org/ -->\n<html><body><p>x</p></body></html>'))).encoding).toBe('utf-8');
  });
});

describe('decodeText: the encoding a page was written in', () => {
  it('a declared GBK / GB2312 page is decoded as GB18030 (a superset), whichever way it is declared', () => {
    const a = html(decodeText(bytes('<html><head><meta charset="gbk"></head><body><p>', GBK_HEJI, '</p></body></html>')));
    expect(a.text).toContain('合计');
    expect(a).toMatchObject({ encoding: 'gb18030', encodingBy: 'declared', notes: [] });
    const b = html(decodeText(bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /></head><body><p>', GBK_DANWEI, '</p></body></html>')));
    expect(b.text).toContain('单位：万元');
    expect(b.encoding).toBe('gb18030');
  });

  it('an undeclared GBK page is detected: not UTF-8, and GB18030 gives Chinese without replacement characters', () => {
    const d = html(decodeText(bytes('<html><body><p>', GBK_DANWEI, ' ', GBK_HEJI, '</p></body></html>')));
    expect(d.text).toContain('单位：万元 合计');
    expect(d.encodingBy).toBe('detected');
    expect(d.notes).toEqual([]);
  });

  it('GBK bytes under a wrong utf-8 declaration are read as GB18030, with a note', () => {
    const d = html(decodeText(bytes('<html><head><meta charset="utf-8"></head><body><p>', GBK_HEJI, '</p></body></html>')));
    expect(d.text).toContain('合计');
    expect(d.notes.join()).toMatch(/utf-8/);
  });

  it('a UTF-8 page that still declares gbk (converted, meta kept) is read as UTF-8, with a note', () => {
    const d = html(decodeText(utf8('<html><head><meta charset="gb2312"></head><body><p>合计 单位：万元</p></body></html>')));
    expect(d.text).toContain('合计 单位：万元');
    expect(d.encoding).toBe('utf-8');
    expect(d.notes.join()).toMatch(/gb2312/);
  });

  it('Big5 when declared', () => {
    const d = html(decodeText(bytes('<html><head><meta charset="big5"></head><body><p>', BIG5_HEJI, '</p></body></html>')));
    expect(d.text).toContain('合計');
    expect(d.encoding).toBe('big5');
  });

  it('UTF-16 by its BOM (little and big endian), and without a BOM by the NUL pattern', () => {
    const page = '<html><head><meta charset="utf-8"></head><body><p>合计</p></body></html>';
    const le = Buffer.from(page, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(html(decodeText(bytes([0xff, 0xfe], [...le]))).text).toBe(page);
    expect(html(decodeText(bytes([0xfe, 0xff], [...be]))).text).toBe(page);
    const noBom = html(decodeText(new Uint8Array(le)));
    expect(noBom).toMatchObject({ text: page, encoding: 'utf-16le', encodingBy: 'detected' });
    expect(html(decodeText(new Uint8Array(be))).encoding).toBe('utf-16be');
  });

  it('UTF-8 with a BOM: the BOM decides and is not part of the text', () => {
    const d = html(decodeText(bytes([0xef, 0xbb, 0xbf], [...Buffer.from('<p>合计</p>', 'utf8')])));
    expect(d).toMatchObject({ text: '<p>合计</p>', encodingBy: 'bom' });
  });

  it('bytes that are neither UTF-8 nor GB18030 Chinese are refused, not read as mojibake', () => {
    // Windows-1252 accented Latin text: invalid UTF-8, and GB18030 reads no Chinese from it
    expect(reason(decodeText(bytes('<html><body><p>caf', [0xe9], ' na', [0xef], 've</p></body></html>')))).toBe('encoding');
  });

  it('a few broken bytes in a long UTF-8 Chinese page: read, with a note', () => {
    const d = html(decodeText(bytes([...Buffer.from(`<html><body><p>${'预算收入合计'.repeat(200)}</p>`, 'utf8')], [0xe5, 0x90], '</body></html>')));
    expect(d.encoding).toBe('utf-8');
    expect(d.notes.join()).toMatch(/UTF-8/);
  });
});

describe('charset declarations', () => {
  it('meta charset, http-equiv content, xml declaration; unknown labels ignored', () => {
    expect(declaredCharset(utf8('<meta charset=GBK>'))).toEqual({ label: 'GBK', encoding: 'gb18030' });
    expect(declaredCharset(utf8(`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">`))?.encoding).toBe('gb18030');
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="GB18030"?><html>'))?.encoding).toBe('gb18030');
    expect(declaredCharset(utf8('<meta charset="no-such-charset">'))?.encoding).toBeNull();
    expect(declaredCharset(utf8('<html><body>'))).toBeNull();
  });

  it('labels map to the decoder used', () => {
    for (const l of ['gb2312', 'GBK', 'x-gbk', 'cp936', 'GB18030', 'euc-cn']) expect(normalizeCharset(l)).toBe('gb18030');
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('big5-hkscs')).toBe('big5');
    expect(normalizeCharset('utf-16')).toBeNull(); // a <meta> read as ASCII cannot mean UTF-16
    expect(normalizeCharset('windows-1252')).toBe('windows-1252');
  });
});

describe('looksLikeHtml', () => {
  it('markup at the start and a content element somewhere', () => {
    expect(looksLikeHtml('<div><span>x</span></div>')).toBe(true);
    expect(looksLikeHtml('<svg><circle/></svg>')).toBe(false);
    expect(looksLikeHtml('hello <p>x</p>')).toBe(false);
    expect(looksLikeHtml('junk\n<html><body></body></html>')).toBe(true);
  });
});

describe('the real corpus (tests/fixtures/corpus)', () => {
  const dir = (d: string) => join(__dirname, '..', '..', 'tests', 'fixtures', 'corpus', d);
  const files = (d: string) => readdirSync(dir(d)).filter((f) => !f.startsWith('.')).map((f) => join(dir(d), f));

  it('every PDF is a PDF, every xlsx an archive, every HTML page UTF-8 HTML', () => {
    const pdfs = files('pdf').filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBe(18);
    for (const f of pdfs) expect(reason(sniffInput(readFileSync(f))), f).toBe('pdf');
    for (const f of files('xlsx')) expect(reason(sniffInput(readFileSync(f))), f).toBe('archive');
    for (const f of files('html')) expect(html(sniffInput(readFileSync(f))).encoding, f).toBe('utf-8');
  });
});
