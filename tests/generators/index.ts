/**
 * Test-page generators (pure TypeScript, no DOM). All output is deterministic by seed.
 *
 * - bigBudgetPage({ tables, cellsTarget, seed, styles }) → { html, tables, values, tdCount }
 * - hugeNonBudgetPage({ rows, seed }) → html
 * - randomGarbageTable(seed, options) → html fragment; randomGarbagePage(seed, options) → html page
 */
export { bigBudgetPage } from './bigBudgetPage';
export type { AmountColumn, BigBudgetPage, BigBudgetPageOptions, PlantedError, PlantedRow, PlantedTable, PlantedValue, RowKind, TableKind, TableStyle } from './bigBudgetPage';
export { hugeNonBudgetPage } from './hugeNonBudgetPage';
export type { HugeNonBudgetPageOptions } from './hugeNonBudgetPage';
export { randomGarbagePage, randomGarbageTable } from './randomGarbageTable';
export type { GarbageOptions } from './randomGarbageTable';
export { createRng } from './prng';
export type { Rng } from './prng';
export { formatHundredths, parseHundredths, sum } from './money';
export { proseFloodPage } from './proseFloodPage';
export type { ProseFloodOptions } from './proseFloodPage';
