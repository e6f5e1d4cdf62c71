import type { Feature } from './types';
import { units } from './units';
import { highlights } from './highlights';
import { card } from './card';
import { panel } from './panel';
import { amountTip } from './amount-tip';
import { recheck } from './recheck';
import { terms } from './terms';
import { exportTables } from './export';

/** The overlay's features, one line each. Order is drawing order (later layers on top). */
export const features: readonly Feature[] = [
  units,
  highlights,
  terms,
  amountTip,
  exportTables,
  card,
  panel,
  recheck,
];
