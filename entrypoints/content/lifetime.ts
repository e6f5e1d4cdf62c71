import { browser } from 'wxt/browser';

/** How often an orphaned content script (the extension was reloaded or removed) looks for its runtime. */
const ORPHAN_POLL_MS = 3000;
/** The content script's own record in its isolated world (the page has no access to that global). */
const REGISTRY = '__ledgerLens';

export interface Lifetime {
  signal: AbortSignal;
  onEnd(cb: () => void): void;
  end(): void;
}

export interface Registered {
  /** end this instance (a newer one of the same extension took over) */
  end(): void;
  /** what the overlay shows, for the extension's own tests (read through the isolated world) */
  inspect(): unknown;
}

/**
 * When this content script's overlay must go, decided on signals the page cannot send.
 *
 * WXT's ContentScriptContext invalidates itself on a "content script started" event dispatched on
 * `document`, whose name is built from the public extension id: any page can dispatch it and tear an
 * overlay down (issue 10). The overlay therefore never uses that context. It ends when
 * - the extension is gone (reloaded, updated, removed): `browser.runtime.id` is undefined then;
 *   checked on a slow timer, the same test WXT's `isInvalid` makes;
 * - a newer instance of this script starts in the same isolated world (injected again): it finds
 *   this one in the world's global, which only the extension's scripts share.
 */
export function contentLifetime(inspect: () => unknown): Lifetime {
  const abort = new AbortController();
  const end = () => abort.abort();
  const g = globalThis as unknown as Record<string, Registered | undefined>;
  try {
    g[REGISTRY]?.end();
  } catch {
    /* an older instance whose extension is gone */
  }
  const me: Registered = { end, inspect };
  g[REGISTRY] = me;
  const timer = setInterval(() => {
    if (browser.runtime?.id == null) end();
  }, ORPHAN_POLL_MS);
  abort.signal.addEventListener('abort', () => {
    clearInterval(timer);
    if (g[REGISTRY] === me) g[REGISTRY] = undefined;
  });
  return {
    signal: abort.signal,
    onEnd: (cb) => abort.signal.addEventListener('abort', cb),
    end,
  };
}
