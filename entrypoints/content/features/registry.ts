import type { Feature } from './types';
import { units } from './units';
import { highlights } from './highlights';
import { card } from './card';
import { panel } from './panel';
import { amountTip } from './amount-tip';
import { recheck } from './recheck';
import { terms } from './terms';
import { exportTables } from './export';

/**
 * Set only in measurement builds (`LL_FEATURES=highlights npx wxt build`, see tests/e2e/floors.ts): the ids of the
 * features such a build keeps, `none` for none. Every other build has "" and keeps them all; the bundle is the
 * same either way, so a measurement build differs from the real one in what it draws, not in what it loads.
 */
declare const __LL_FEATURES__: string | undefined;

/** The overlay's features, one line each. Order is drawing order (later layers on top). */
const all: readonly Feature[] = [
  units,
  highlights,
  terms,
  amountTip,
  exportTables,
  card,
  panel,
  recheck,
];

const kept = typeof __LL_FEATURES__ === 'string' && __LL_FEATURES__ !== '' ? new Set(__LL_FEATURES__.split(',')) : null;
export const features: readonly Feature[] = kept ? all.filter((f) => kept.has(f.id)) : all;
