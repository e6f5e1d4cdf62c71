/**
 * Where the viewer's PDF comes from: a link (fetched with what the user granted: the site's own CORS
 * answer, activeTab, or an optional permission for that one site asked for at that moment) or a
 * local file (picker, drag and drop). The bytes stay in this page: nothing is sent anywhere.
 */
import { browser } from 'wxt/browser';

export const MAX_BYTES = 200 * 1024 * 1024;

export class SourceError extends Error {
  constructor(
    public code: 'permission' | 'http' | 'network' | 'too-large' | 'not-pdf',
    message: string,
    public origin?: string,
  ) {
    super(message);
  }
}

/** Only http(s) and file links are opened; anything else (javascript:, data:, chrome:) is refused. */
export function checkedUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new SourceError('network', `not a link: ${raw.slice(0, 200)}`);
  }
  if (!/^(https?|file):$/.test(u.protocol)) throw new SourceError('network', `links of this kind are not opened: ${u.protocol}`);
  return u;
}

export function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first 1 KB (some servers prepend a few bytes)
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

export async function fetchPdf(url: URL, onProgress: (done: number, total: number | null) => void, signal: AbortSignal): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url.href, { signal, credentials: 'omit', cache: 'force-cache' });
  } catch (e) {
    if (signal.aborted) throw e;
    // a cross-origin fetch without the site's permission fails as a bare network error
    const granted = url.protocol === 'file:' ? true : await browser.permissions.contains({ origins: [`${url.origin}/*`] }).catch(() => false);
    if (!granted) throw new SourceError('permission', `no permission to read ${url.origin}`, url.origin);
    throw new SourceError('network', `download failed: ${(e as Error).message}`);
  }
  if (!res.ok) throw new SourceError('http', `the server answered ${res.status} ${res.statusText}`);
  const total = Number(res.headers.get('content-length')) || null;
  if (total && total > MAX_BYTES) throw new SourceError('too-large', `the file is ${Math.round(total / 1048576)} MB, more than the ${MAX_BYTES / 1048576} MB the viewer opens`);
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let done = 0;
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    chunks.push(r.value);
    done += r.value.byteLength;
    if (done > MAX_BYTES) {
      await reader.cancel();
      throw new SourceError('too-large', `the file is more than ${MAX_BYTES / 1048576} MB`);
    }
    onProgress(done, total);
  }
  const out = new Uint8Array(done);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Ask for one site's access (must run in a click handler: the browser asks the user). */
export async function requestSite(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}
