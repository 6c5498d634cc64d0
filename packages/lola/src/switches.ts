/**
 * Per-column switch rows: ColumnCurrentRow (owned by NeuronBlock: connects the synapse array's synaptic
 * currents and debug lines to the neurons) and ColumnCorrelationRow (owned by CADCReadoutChain).
 */
import { checkBool } from '@bss2/fisch';
import type { Container, Coordinate } from '@bss2/haldls';
import { Composite, defineComposite, type CompositeType, type Leaf, type LeafSlot } from './composite.js';
import * as hal from './hal.js';
import { QUAD_COLUMNS, quadColumn, SYNAPSE_COLUMNS } from './synapse.js';

export const COLUMN_CURRENT_SWITCH_FIELDS = [
  'enable_synaptic_current_excitatory',
  'enable_synaptic_current_inhibitory',
  'enable_debug_excitatory',
  'enable_debug_inhibitory',
] as const;
export const COLUMN_CORRELATION_SWITCH_FIELDS = [
  'enable_internal_causal',
  'enable_internal_acausal',
  'enable_debug_causal',
  'enable_debug_acausal',
  'enable_cadc_neuron_readout_causal',
  'enable_cadc_neuron_readout_acausal',
] as const;

type Switch<F extends readonly string[]> = Record<F[number], boolean>;
export type ColumnCurrentSwitch = Switch<typeof COLUMN_CURRENT_SWITCH_FIELDS>;
export type ColumnCorrelationSwitch = Switch<typeof COLUMN_CORRELATION_SWITCH_FIELDS>;

function defaultSwitch<F extends readonly string[]>(fields: F): Switch<F> {
  return Object.fromEntries(fields.map((f) => [f, false])) as Switch<F>;
}

abstract class SwitchRow<F extends readonly string[]> extends Composite {
  /** One switch set per neuron column (0..255), snake_case field names as in haldls. */
  readonly values: Switch<F>[];
  constructor(protected readonly fields: F, protected readonly quadType: string, protected readonly quadCoordType: string) {
    super();
    this.values = Array.from({ length: SYNAPSE_COLUMNS }, () => defaultSwitch(fields));
  }
  validate(): void {
    this.values.forEach((v, c) => this.fields.forEach((f) => checkBool(`${this.containerType.typeName}.values[${c}].${f}`, v[f as F[number]])));
  }
  leaves(coord: Coordinate): Leaf[] {
    this.validate();
    const out: Leaf[] = [];
    for (let q = 0; q < QUAD_COLUMNS; q++) {
      // haldls holds each switch as one [entry 0..3] array
      const fields: Record<string, boolean[]> = {};
      for (const f of this.fields) fields[f] = [0, 1, 2, 3].map((e) => (this.values[quadColumn(q, e)] as Record<string, boolean>)[f]!);
      out.push({ coord: hal.coordinate(this.quadCoordType, coord.toEnum() * 64 + q), container: hal.make(this.quadType, fields) });
    }
    return out;
  }
  /** @internal */ setFromQuads(quads: readonly Container[]): void {
    quads.forEach((quad, q) => {
      for (const f of this.fields) {
        const entries = hal.field<ArrayLike<boolean>>(quad, f);
        for (let e = 0; e < 4; e++) (this.values[quadColumn(q, e)]! as Record<string, boolean>)[f] = Boolean(entries[e]);
      }
    });
  }
  equals(o: Container): boolean {
    return o instanceof SwitchRow && o.containerType === this.containerType && this.values.every((v, c) => this.fields.every((f) => v[f as F[number]] === (o.values[c] as Record<string, boolean>)[f]));
  }
  toJSON(): Record<string, boolean>[] {
    return this.values.map((v) => ({ ...v }));
  }
}

export class ColumnCurrentRow extends SwitchRow<typeof COLUMN_CURRENT_SWITCH_FIELDS> {
  constructor() {
    super(COLUMN_CURRENT_SWITCH_FIELDS, 'ColumnCurrentQuad', 'ColumnCurrentQuadOnDLS');
  }
  get containerType(): CompositeType<ColumnCurrentRow> {
    return ColumnCurrentRowType;
  }
}

export class ColumnCorrelationRow extends SwitchRow<typeof COLUMN_CORRELATION_SWITCH_FIELDS> {
  constructor() {
    super(COLUMN_CORRELATION_SWITCH_FIELDS, 'ColumnCorrelationQuad', 'ColumnCorrelationQuadOnDLS');
  }
  get containerType(): CompositeType<ColumnCorrelationRow> {
    return ColumnCorrelationRowType;
  }
}

function switchSlots(quadType: string, coordType: string, row: number): LeafSlot[] {
  const type = hal.containerType(quadType);
  return Array.from({ length: QUAD_COLUMNS }, (_, q) => ({ coord: hal.coordinate(coordType, row * 64 + q), type }));
}

export const ColumnCurrentRowType: CompositeType<ColumnCurrentRow> = defineComposite<ColumnCurrentRow>({
  typeName: 'ColumnCurrentRow',
  coordinateTypeName: 'ColumnCurrentRowOnDLS',
  differentialWrite: true,
  create: () => new ColumnCurrentRow(),
  slots: (c) => switchSlots('ColumnCurrentQuad', 'ColumnCurrentQuadOnDLS', c.toEnum()),
  fromLeaves: (_c, leaves) => {
    const r = new ColumnCurrentRow();
    r.setFromQuads(leaves);
    return r;
  },
});

export const ColumnCorrelationRowType: CompositeType<ColumnCorrelationRow> = defineComposite<ColumnCorrelationRow>({
  typeName: 'ColumnCorrelationRow',
  coordinateTypeName: 'ColumnCorrelationRowOnDLS',
  differentialWrite: true,
  create: () => new ColumnCorrelationRow(),
  slots: (c) => switchSlots('ColumnCorrelationQuad', 'ColumnCorrelationQuadOnDLS', c.toEnum()),
  fromLeaves: (_c, leaves) => {
    const r = new ColumnCorrelationRow();
    r.setFromQuads(leaves);
    return r;
  },
});
