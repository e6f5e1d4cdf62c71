/**
 * A pure text → value function, remembered. Label and term keys are asked for the same few
 * hundred strings thousands of times in one analysis (every column relation, every row label, every
 * figure of the 说明 looked up in the tables); each call was a chain of regular-expression replaces.
 * The memory is bounded: past `limit` entries it starts over (a huge page's distinct labels must not
 * pile up in a worker that serves page after page).
 */
export function memoText<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s: string) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) {
      if (seen.size >= limit) seen.clear();
      v = fn(s);
      seen.set(s, v);
    }
    return v as T;
  };
}
