/**
 * Bytes ⇄ base64, for a file that crosses the extension's message boundary (messages are JSON: a
 * Uint8Array would arrive as an object of numbered keys). btoa/atob exist in every context the
 * extension runs in (service worker, pages, content scripts) and in Node.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  // in slices: String.fromCharCode takes its bytes as arguments, and arguments are bounded
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
