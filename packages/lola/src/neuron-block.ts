/**
 * NeuronBlock: all 512 atomic neurons plus the neuron-global settings (spec §1.2). Visit order: the 512
 * neurons in AtomicNeuronOnDLS order, the two CommonNeuronBackendConfigs (west, east), the two
 * ColumnCurrentRows (top, bottom), then per CapMem block 0..3 the cells casc_n, readout_amp,
 * leak source follower, spike comparator, synin_drop.
 *
 * Synaptic input only reaches a neuron if its column's switches in `currentRows` are enabled.
 */
import { ValueRangeError } from '@bss2/fisch';
import type { Container, Coordinate, EncodeSink } from '@bss2/haldls';
import { checkAnalog, type AnalogValue } from './analog.js';
import { AtomicNeuron } from './atomic-neuron.js';
import { checkCoordinate, Composite, containersEqual, decodeLeaf, defineComposite, pushAll, LolaCoordinate, type CompositeType, type Leaf, type LeafSlot } from './composite.js';
import * as hal from './hal.js';
import { NeuronPosition } from './logical-coordinates.js';
import { atomicNeuronFromLeaves, atomicNeuronLeaves, AtomicNeuronType, decodeAtomicNeuronFrom, encodeAtomicNeuronAt, pushAtomicNeuronReadAddresses } from './neuron-mapping.js';
import { ColumnCurrentRow, ColumnCurrentRowType } from './switches.js';
import { cellLeaf, cellValue, sharedCell } from './synapse.js';

export const NeuronBlockOnDLS = new LolaCoordinate('NeuronBlockOnDLS', 1);
export const ColumnCurrentRowOnDLS = { top: new LolaCoordinate('ColumnCurrentRowOnDLS', 2, 0), bottom: new LolaCoordinate('ColumnCurrentRowOnDLS', 2, 1) };

/** The per-block CapMem biases of the neuron block: (field, column, row, default). */
export const NEURON_BLOCK_CELLS = [
  ['vBiasCascN', 128, 7, 250],
  ['iBiasReadoutAmp', 128, 18, 110],
  ['iBiasLeakSourceFollower', 128, 19, 100],
  ['iBiasThresholdComparator', 128, 20, 200],
  ['iBiasSyninDrop', 129, 23, 300],
] as const;
type CellField = (typeof NEURON_BLOCK_CELLS)[number][0];

const NEURONS = 512;

export class NeuronBlock extends Composite {
  /** Indexed by AtomicNeuronOnDLS enum (row * 256 + column). */
  atomicNeurons: AtomicNeuron[];
  private backendsValue: Container[] | undefined;
  currentRows: [ColumnCurrentRow, ColumnCurrentRow] = [new ColumnCurrentRow(), new ColumnCurrentRow()];
  vBiasCascN: AnalogValue[] = [250, 250, 250, 250];
  iBiasReadoutAmp: AnalogValue[] = [110, 110, 110, 110];
  iBiasLeakSourceFollower: AnalogValue[] = [100, 100, 100, 100];
  iBiasThresholdComparator: AnalogValue[] = [200, 200, 200, 200];
  iBiasSyninDrop: AnalogValue[] = [300, 300, 300, 300];

  /** Default neurons, or the 512 given ones (taken over, not copied). */
  constructor(atomicNeurons?: AtomicNeuron[]) {
    super();
    if (atomicNeurons !== undefined && atomicNeurons.length !== NEURONS) throw new ValueRangeError('NeuronBlock.atomicNeurons.length', atomicNeurons.length, NEURONS, NEURONS);
    this.atomicNeurons = atomicNeurons ?? Array.from({ length: NEURONS }, () => new AtomicNeuron());
  }

  get containerType(): CompositeType<NeuronBlock> {
    return NeuronBlockType;
  }

  /** The two haldls CommonNeuronBackendConfigs (west, east); haldls defaults until set. */
  get backends(): Container[] {
    return (this.backendsValue ??= [0, 1].map(() => hal.containerType('CommonNeuronBackendConfig').create()));
  }
  set backends(v: Container[]) {
    this.backendsValue = [...v];
  }

  /** The neuron at (column x, row y). */
  neuron(x: number, y: number): AtomicNeuron {
    return this.atomicNeurons[new NeuronPosition(x, y).toEnum()]!;
  }

  leaves(_coord: Coordinate): Leaf[] {
    const out: Leaf[] = [];
    this.atomicNeurons.forEach((n, i) => {
      n.validate(`NeuronBlock.atomicNeurons[${i}]`);
      out.push(...atomicNeuronLeaves(n, NeuronPosition.fromEnum(i)));
    });
    this.backends.forEach((b, i) => out.push({ coord: hal.coordinate('CommonNeuronBackendConfigOnDLS', i), container: b }));
    out.push(...this.currentRows[0].leaves(ColumnCurrentRowOnDLS.top), ...this.currentRows[1].leaves(ColumnCurrentRowOnDLS.bottom));
    for (let block = 0; block < 4; block++) {
      for (const [f, col, row] of NEURON_BLOCK_CELLS) out.push(cellLeaf(sharedCell(block, col, row), this[f][block]!, `NeuronBlock.${f}[${block}]`));
    }
    return out;
  }

  /** Streams the neurons straight into `sink`, then the remaining leaves (same order as `leaves`). */
  override encode(coord: Coordinate, sink: EncodeSink): void {
    checkCoordinate(NeuronBlockType, coord);
    const neurons = this.atomicNeurons;
    for (let i = 0; i < NEURONS; i++) {
      const n = neurons[i]!;
      n.validate(`NeuronBlock.atomicNeurons[${i}]`);
      encodeAtomicNeuronAt(n, i, sink);
    }
    this.backends.forEach((b, i) => b.encode(hal.coordinate('CommonNeuronBackendConfigOnDLS', i), sink));
    this.currentRows[0].encode(ColumnCurrentRowOnDLS.top, sink);
    this.currentRows[1].encode(ColumnCurrentRowOnDLS.bottom, sink);
    for (let block = 0; block < 4; block++) {
      for (const [f, col, row] of NEURON_BLOCK_CELLS) {
        const l = cellLeaf(sharedCell(block, col, row), this[f][block]!, `NeuronBlock.${f}[${block}]`);
        l.container.encode(l.coord, sink);
      }
    }
  }

  equals(o: Container): boolean {
    if (!(o instanceof NeuronBlock)) return false;
    return (
      containersEqual(this.atomicNeurons, o.atomicNeurons) &&
      containersEqual(this.backends, o.backends) &&
      containersEqual(this.currentRows, o.currentRows) &&
      NEURON_BLOCK_CELLS.every(([f]) => this[f].every((v, i) => v === o[f][i]))
    );
  }

  toJSON(): Record<string, unknown> {
    const j: Record<string, unknown> = {
      atomicNeurons: this.atomicNeurons.map((n) => n.toJSON()),
      backends: this.backends.map((b) => b.toJSON()),
      currentRows: this.currentRows.map((r) => r.toJSON()),
    };
    for (const [f] of NEURON_BLOCK_CELLS) j[f] = [...this[f]];
    return j;
  }

  /** @internal */ setCell(f: CellField, block: number, v: number): void {
    this[f][block] = checkAnalog(`NeuronBlock.${f}[${block}]`, v);
  }
}

export const NeuronBlockType: CompositeType<NeuronBlock> = defineComposite<NeuronBlock>({
  typeName: 'NeuronBlock',
  coordinateTypeName: 'NeuronBlockOnDLS',
  create: () => new NeuronBlock(),
  slots: () => {
    const out: LeafSlot[] = [];
    for (let i = 0; i < NEURONS; i++) out.push(...AtomicNeuronType.slots(NeuronPosition.fromEnum(i)));
    const be = hal.containerType('CommonNeuronBackendConfig');
    for (let i = 0; i < 2; i++) out.push({ coord: hal.coordinate('CommonNeuronBackendConfigOnDLS', i), type: be });
    out.push(...ColumnCurrentRowType.slots(ColumnCurrentRowOnDLS.top), ...ColumnCurrentRowType.slots(ColumnCurrentRowOnDLS.bottom));
    const cell = hal.containerType('CapMemCell');
    for (let block = 0; block < 4; block++) for (const [, col, row] of NEURON_BLOCK_CELLS) out.push({ coord: sharedCell(block, col, row), type: cell });
    return out;
  },
  fromLeaves: (_c, leaves) => {
    const b = new NeuronBlock();
    let pos = 0;
    for (let i = 0; i < NEURONS; i++, pos += 26) b.atomicNeurons[i] = atomicNeuronFromLeaves(leaves.slice(pos, pos + 26));
    b.backends = [leaves[pos]!, leaves[pos + 1]!];
    pos += 2;
    for (let r = 0; r < 2; r++, pos += 64) b.currentRows[r]!.setFromQuads(leaves.slice(pos, pos + 64));
    for (let block = 0; block < 4; block++) for (const [f] of NEURON_BLOCK_CELLS) b.setCell(f, block, cellValue(leaves[pos++]!));
    return b;
  },
  pushReadAddresses: (_c, out) => {
    for (let i = 0; i < NEURONS; i++) pushAtomicNeuronReadAddresses(i, out);
    const be = hal.containerType('CommonNeuronBackendConfig');
    for (let i = 0; i < 2; i++) pushAll(out, hal.readAddresses(be, hal.coordinate('CommonNeuronBackendConfigOnDLS', i)));
    ColumnCurrentRowType.pushReadAddresses(ColumnCurrentRowOnDLS.top, out);
    ColumnCurrentRowType.pushReadAddresses(ColumnCurrentRowOnDLS.bottom, out);
    const cell = hal.containerType('CapMemCell');
    for (let block = 0; block < 4; block++) for (const [, col, row] of NEURON_BLOCK_CELLS) pushAll(out, hal.readAddresses(cell, sharedCell(block, col, row)));
  },
  decodeFrom: (_c, words, pos) => {
    const neurons: AtomicNeuron[] = [];
    for (let i = 0; i < NEURONS; i++) {
      const d = decodeAtomicNeuronFrom(i, words, pos, 'NeuronBlock');
      neurons.push(d.value);
      pos = d.end;
    }
    const b = new NeuronBlock(neurons);
    const be = hal.containerType('CommonNeuronBackendConfig');
    const backends: Container[] = [];
    for (let i = 0; i < 2; i++) {
      const d = decodeLeaf('NeuronBlock', be, hal.coordinate('CommonNeuronBackendConfigOnDLS', i), words, pos);
      backends.push(d.value);
      pos = d.end;
    }
    b.backends = backends;
    for (let r = 0; r < 2; r++) {
      const d = ColumnCurrentRowType.decodeFrom(r === 0 ? ColumnCurrentRowOnDLS.top : ColumnCurrentRowOnDLS.bottom, words, pos);
      b.currentRows[r] = d.value;
      pos = d.end;
    }
    const cell = hal.containerType('CapMemCell');
    for (let block = 0; block < 4; block++) {
      for (const [f, col, row] of NEURON_BLOCK_CELLS) {
        const d = decodeLeaf('NeuronBlock', cell, sharedCell(block, col, row), words, pos);
        b.setCell(f, block, cellValue(d.value));
        pos = d.end;
      }
    }
    return { value: b, end: pos };
  },
});
