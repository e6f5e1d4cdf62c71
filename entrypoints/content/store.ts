/** A minimal observable store: the overlay's features share state through it and nothing else. */
export interface Store<S> {
  get(): S;
  set(patch: Partial<S> | ((s: S) => Partial<S>)): void;
  subscribe(fn: (s: S, prev: S) => void, signal?: AbortSignal): () => void;
}

export function createStore<S extends object>(initial: S, onError?: (e: unknown) => void): Store<S> {
  let state = initial;
  const subs = new Set<(s: S, prev: S) => void>();
  return {
    get: () => state,
    set(patch) {
      const prev = state;
      const p = typeof patch === 'function' ? patch(state) : patch;
      state = { ...state, ...p };
      for (const fn of [...subs]) {
        try {
          fn(state, prev);
        } catch (e) {
          onError?.(e);
        }
      }
    },
    subscribe(fn, signal) {
      subs.add(fn);
      const off = () => subs.delete(fn);
      signal?.addEventListener('abort', off, { once: true });
      return off;
    },
  };
}

/** Did any of these keys change between two states? */
export function changed<S>(s: S, prev: S, ...keys: (keyof S)[]): boolean {
  return keys.some((k) => s[k] !== prev[k]);
}
