/**
 * Chip geometry shared by coordinates and container layouts (haldls.md 1.3-1.8). Free functions over enums
 * so hot encode paths need no coordinate objects.
 */

/** Neuron/synapse column of quad column `q` (0..63), entry `e` (0..3): quads 0..31 even, 32..63 odd columns. */
export function quadEntryColumn(q: number, e: number): number {
  return ((q % 32) * 4 + e) * 2 + Math.floor(q / 32);
}

/** Quad column holding neuron/synapse column `col` (0..255). */
export function columnQuad(col: number): number {
  return (col % 2) * 32 + Math.floor(col / 8);
}

/** Entry within its quad of neuron/synapse column `col`. */
export function columnEntry(col: number): number {
  return Math.floor(col / 2) % 4;
}

/** SynapseQuadOnDLS enum -> { synram, row, quad }. */
export function splitQuadEnum(e: number): { synram: number; row: number; quad: number } {
  return { synram: Math.floor(e / 16384), row: Math.floor(e / 64) % 256, quad: e % 64 };
}

/** Quadrant (NeuronConfigBlock / CapMemBlock) of neuron (row, column). */
export function neuronQuadrant(row: number, column: number): number {
  return row * 2 + (column >= 128 ? 1 : 0);
}

/** NeuronConfigOnDLS enum (= AtomicNeuronOnDLS enum) -> { block (quadrant), local (column % 128) }. */
export function splitNeuronConfigEnum(e: number): { block: number; local: number } {
  return { block: Math.floor(e / 128), local: e % 128 };
}

/** NeuronBackendConfigOnDLS enum -> { block (0 west, 1 east), local (row*128 + column%128) }. */
export function splitBackendEnum(e: number): { block: number; local: number } {
  return { block: Math.floor(e / 256), local: e % 256 };
}

/** AtomicNeuronOnDLS (row*256 + column) -> NeuronBackendConfigOnDLS enum. */
export function atomicToBackendEnum(atomic: number): number {
  const row = Math.floor(atomic / 256);
  const col = atomic % 256;
  return (col >= 128 ? 256 : 0) + row * 128 + (col % 128);
}

/** NeuronBackendConfigOnDLS enum -> AtomicNeuronOnDLS enum. */
export function backendToAtomicEnum(e: number): number {
  const { block, local } = splitBackendEnum(e);
  return Math.floor(local / 128) * 256 + (local % 128) + block * 128;
}

/** CapMemCellOnDLS enum -> { block, row, column } (cell = row*130 + column within the block). */
export function splitCapMemCellEnum(e: number): { block: number; row: number; column: number } {
  const block = Math.floor(e / 3120);
  const cell = e % 3120;
  return { block, row: Math.floor(cell / 130), column: cell % 130 };
}

/** CapMemCellOnDLS enum of (block, column, row). */
export function capMemCellEnum(block: number, column: number, row: number): number {
  return block * 3120 + row * 130 + column;
}

/** Crossbar node table (haldls.md 1.6): enum -> [output, input]. */
export const CROSSBAR_NODES: readonly (readonly [output: number, input: number])[] = (() => {
  const nodes: [number, number][] = [];
  for (let n = 0; n < 8; n++) for (const o of [n % 4, 4 + (n % 4), 8 + (n % 4)]) nodes.push([o, n]);
  for (let k = 0; k < 4; k++) {
    for (let o = 0; o < 8; o++) nodes.push([o, 8 + k]);
    nodes.push([8 + k, 8 + k]);
  }
  for (let b = 0; b < 8; b++) nodes.push([b, 12 + b], [8 + (b % 4), 12 + b]);
  return nodes;
})();

/** Crossbar node enum of (output, input), or undefined if that pair has no node. */
export function crossbarNodeEnum(output: number, input: number): number | undefined {
  const e = CROSSBAR_NODES.findIndex(([o, i]) => o === output && i === input);
  return e < 0 ? undefined : e;
}

/**
 * The 90 unused shared CapMem cells as [block, column, row], in the order UnusedCapMemCellOnDLS
 * enumerates them (haldls.md 4.3).
 */
export const UNUSED_CAPMEM_CELLS: readonly (readonly [block: number, column: number, row: number])[] = (() => {
  const cells: [number, number, number][] = [
    [1, 128, 23],
    [3, 128, 23],
  ];
  for (let r = 21; r <= 23; r++) cells.push([2, 128, r]);
  for (let r = 0; r <= 7; r++) cells.push([0, 129, r]);
  for (let r = 15; r <= 22; r++) cells.push([0, 129, r]);
  for (let b = 1; b <= 3; b++) for (let r = 0; r <= 22; r++) cells.push([b, 129, r]);
  return cells;
})();

/** SynapseQuadOnDLS enum of (synram, row, quad column). */
export function quadEnum(synram: number, row: number, quad: number): number {
  return synram * 16384 + row * 64 + quad;
}

/** NeuronConfigBlockOnDLS (quadrant) of SynapseQuadOnDLS enum `e`: synram*2 + ((q % 32) >= 16). */
export function quadNeuronConfigBlock(e: number): number {
  return Math.floor(e / 16384) * 2 + (e % 32 >= 16 ? 1 : 0);
}

/** Synapse driver d owns synram rows 2d+1 ("top", position 0) and 2d ("bottom", position 1). */
export function driverRow(driver: number, position: number): number {
  return driver * 2 + (position === 0 ? 1 : 0);
}

/** (driver, position) of synram row `row` (odd = top = 0). */
export function rowDriver(row: number): { driver: number; position: number } {
  return { driver: Math.floor(row / 2), position: row % 2 === 1 ? 0 : 1 };
}
