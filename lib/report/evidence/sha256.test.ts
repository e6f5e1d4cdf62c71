import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './digest';

describe('SHA-256 without Web Crypto (plain-http content scripts)', () => {
  it('equals the Web Crypto digest on known vectors and on inputs of every length around the block edges', async () => {
    expect(await sha256Hex('', { webCrypto: false })).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc', { webCrypto: false })).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) & 0xff;
    for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 70_001]) {
      const bytes = Uint8Array.from({ length: n }, rand);
      const want = createHash('sha256').update(bytes).digest('hex');
      expect(await sha256Hex(bytes, { webCrypto: false }), `length ${n}`).toBe(want);
      expect(await sha256Hex(bytes), `length ${n}`).toBe(want);
    }
    expect(await sha256Hex('账本核对 Ledger Lens', { webCrypto: false })).toBe(createHash('sha256').update('账本核对 Ledger Lens').digest('hex'));
  });
});
