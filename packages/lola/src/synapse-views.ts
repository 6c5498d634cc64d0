/**
 * Single-field views of the synapse array (spec §1.4): weight and label matrices (one word per quad via the
 * weight/label views of the SRAM), and the write-only CorrelationResetRow. Indexed by neuron column like
 * SynapseMatrix; all are differential-write capable except the stateless reset row.
 */
import { checkInt, ValueRangeError } from '@bss2/fisch';
import type { Container, Coordinate } from '@bss2/haldls';
import { Composite, defineComposite, LolaCoordinate, type CompositeType, type Leaf, type LeafSlot } from './composite.js';
import * as hal from './hal.js';
import { LABEL_MAX, QUAD_COLUMNS, quadColumn, SYNAPSE_COLUMNS, SYNAPSE_ROWS, WEIGHT_MAX } from './synapse.js';

interface ViewSpec {
  readonly name: string;
  readonly quadType: string;
  readonly quadCoord: string;
  readonly field: string;
  readonly max: number;
}

const WEIGHT: ViewSpec = { name: 'SynapseWeightMatrix', quadType: 'SynapseWeightQuad', quadCoord: 'SynapseWeightQuadOnDLS', field: 'values', max: WEIGHT_MAX };
const LABEL: ViewSpec = { name: 'SynapseLabelMatrix', quadType: 'SynapseLabelQuad', quadCoord: 'SynapseLabelQuadOnDLS', field: 'values', max: LABEL_MAX };

abstract class ValueMatrix extends Composite {
  /** Values, index `row * 256 + column`. */
  readonly values = new Uint8Array(SYNAPSE_ROWS * SYNAPSE_COLUMNS);
  protected abstract readonly spec: ViewSpec;
  set(row: number, column: number, value: number): this {
    checkInt(`${this.spec.name}.row`, row, 0, SYNAPSE_ROWS - 1);
    checkInt(`${this.spec.name}.column`, column, 0, SYNAPSE_COLUMNS - 1);
    this.values[row * SYNAPSE_COLUMNS + column] = checkInt(`${this.spec.name}.value`, value, 0, this.spec.max);
    return this;
  }
  leaves(coord: Coordinate): Leaf[] {
    const s = this.spec;
    for (let i = 0; i < this.values.length; i++) {
      if (this.values[i]! > s.max) throw new ValueRangeError(`${s.name}.values[${Math.floor(i / 256)}][${i % 256}]`, this.values[i], 0, s.max);
    }
    const out: Leaf[] = [];
    const base = coord.toEnum() * 16384;
    for (let r = 0; r < SYNAPSE_ROWS; r++) {
      for (let q = 0; q < QUAD_COLUMNS; q++) {
        const v = [0, 1, 2, 3].map((e) => this.values[r * SYNAPSE_COLUMNS + quadColumn(q, e)]!);
        out.push({ coord: hal.coordinate(s.quadCoord, base + r * 64 + q), container: hal.make(s.quadType, { [s.field]: v }) });
      }
    }
    return out;
  }
  /** @internal */ setFromQuads(quads: readonly Container[]): void {
    quads.forEach((quad, i) => {
      const r = Math.floor(i / QUAD_COLUMNS);
      const q = i % QUAD_COLUMNS;
      const v = hal.field<ArrayLike<number>>(quad, this.spec.field);
      for (let e = 0; e < 4; e++) this.values[r * SYNAPSE_COLUMNS + quadColumn(q, e)] = Number(v[e]);
    });
  }
  equals(o: Container): boolean {
    return o instanceof ValueMatrix && o.spec === this.spec && o.values.every((v, i) => v === this.values[i]);
  }
  toJSON(): { values: number[] } {
    return { values: [...this.values] };
  }
}

export class SynapseWeightMatrix extends ValueMatrix {
  protected readonly spec = WEIGHT;
  get containerType(): CompositeType<SynapseWeightMatrix> {
    return SynapseWeightMatrixType;
  }
}
export class SynapseLabelMatrix extends ValueMatrix {
  protected readonly spec = LABEL;
  get containerType(): CompositeType<SynapseLabelMatrix> {
    return SynapseLabelMatrixType;
  }
}

function viewSlots(s: ViewSpec, synram: number): LeafSlot[] {
  const type = hal.containerType(s.quadType);
  const out: LeafSlot[] = [];
  for (let i = 0; i < SYNAPSE_ROWS * QUAD_COLUMNS; i++) out.push({ coord: hal.coordinate(s.quadCoord, synram * 16384 + i), type });
  return out;
}

export const SynapseWeightMatrixType: CompositeType<SynapseWeightMatrix> = defineComposite<SynapseWeightMatrix>({
  typeName: 'SynapseWeightMatrix',
  coordinateTypeName: 'SynapseWeightMatrixOnDLS',
  differentialWrite: true,
  create: () => new SynapseWeightMatrix(),
  slots: (c) => viewSlots(WEIGHT, c.toEnum()),
  fromLeaves: (_c, leaves) => {
    const m = new SynapseWeightMatrix();
    m.setFromQuads(leaves);
    return m;
  },
});

export const SynapseLabelMatrixType: CompositeType<SynapseLabelMatrix> = defineComposite<SynapseLabelMatrix>({
  typeName: 'SynapseLabelMatrix',
  coordinateTypeName: 'SynapseLabelMatrixOnDLS',
  differentialWrite: true,
  create: () => new SynapseLabelMatrix(),
  slots: (c) => viewSlots(LABEL, c.toEnum()),
  fromLeaves: (_c, leaves) => {
    const m = new SynapseLabelMatrix();
    m.setFromQuads(leaves);
    return m;
  },
});

export const SynapseWeightMatrixOnDLS = { top: new LolaCoordinate('SynapseWeightMatrixOnDLS', 2, 0), bottom: new LolaCoordinate('SynapseWeightMatrixOnDLS', 2, 1) };
export const SynapseLabelMatrixOnDLS = { top: new LolaCoordinate('SynapseLabelMatrixOnDLS', 2, 0), bottom: new LolaCoordinate('SynapseLabelMatrixOnDLS', 2, 1) };

/** CorrelationResetRowOnDLS = synram*256 + row. */
export function correlationResetRowOnDLS(row: number, synram: number): LolaCoordinate {
  checkInt('CorrelationResetRowOnDLS.row', row, 0, 255);
  checkInt('CorrelationResetRowOnDLS.synram', synram, 0, 1);
  return new LolaCoordinate('CorrelationResetRowOnDLS', 512, synram * 256 + row);
}

/** Resets the correlation accumulators of one synapse row (64 CorrelationReset writes). Write-only, stateless. */
export class CorrelationResetRow extends Composite {
  get containerType(): CompositeType<CorrelationResetRow> {
    return CorrelationResetRowType;
  }
  leaves(coord: Coordinate): Leaf[] {
    const e = coord.toEnum();
    const base = Math.floor(e / 256) * 16384 + (e % 256) * 64;
    return Array.from({ length: QUAD_COLUMNS }, (_, q) => ({ coord: hal.coordinate('CorrelationResetOnDLS', base + q), container: hal.containerType('CorrelationReset').create() }));
  }
  equals(o: Container): boolean {
    return o instanceof CorrelationResetRow;
  }
  toJSON(): Record<string, never> {
    return {};
  }
}

export const CorrelationResetRowType: CompositeType<CorrelationResetRow> = defineComposite<CorrelationResetRow>({
  typeName: 'CorrelationResetRow',
  coordinateTypeName: 'CorrelationResetRowOnDLS',
  readable: false,
  create: () => new CorrelationResetRow(),
  slots: () => [],
  fromLeaves: () => new CorrelationResetRow(),
});
