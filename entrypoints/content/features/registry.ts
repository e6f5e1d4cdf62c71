import type { Feature } from './types';
import { units } from './units';
import { highlights } from './highlights';
import { card } from './card';
import { panel } from './panel';
import { amountTip } from './amount-tip';
import { recheck } from './recheck';

/**
 * The overlay's features, one line each. Order is drawing order (later layers on top).
 * Slot for the glossary / code cards (lib/glossary, lib/codes): a `terms` feature goes here.
 */
export const features: readonly Feature[] = [
  units,
  highlights,
  amountTip,
  card,
  panel,
  recheck,
];
