/**
 * AtomicNeuron: the complete configuration of one neuron circuit ("denmem"). It owns one NeuronConfig, one
 * NeuronBackendConfig and the 24 per-neuron CapMem cells of its column. The field model (names, ranges,
 * defaults and the haldls target of every field) is described by the table `ATOMIC_NEURON_FIELDS`, which
 * drives validation, equality, cloning, JSON and the expansion into haldls fields, so the four can never
 * disagree.
 */
import { checkBool, checkEnum, checkInt, ValueTypeError } from '@bss2/fisch';
import type { Container, Coordinate, EncodeSink } from '@bss2/haldls';
import { ANALOG_DISABLE_REFRESH, checkAnalog, type AnalogValue } from './analog.js';
import { checkCoordinate } from './composite.js';
import { AtomicNeuronType, encodeAtomicNeuron } from './neuron-mapping.js';

export interface SynapticInput {
  enable: boolean;
  iBiasTau: AnalogValue;
  iBiasCoba: AnalogValue;
  iShiftReference: AnalogValue;
  iBiasGm: AnalogValue;
  vRevCoba: AnalogValue;
  /** Default **true** (upstream default). */
  enableSmallCapacitance: boolean;
  enableHighResistance: boolean;
  enableCobaMode: boolean;
}
export interface Leak {
  vLeak: AnalogValue;
  iBias: AnalogValue;
  enableDegeneration: boolean;
  /** Divides the leak bias current by 8. */
  enableDivision: boolean;
  /** Multiplies the leak bias current by 8. */
  enableMultiplication: boolean;
}
export interface Reset {
  vReset: AnalogValue;
  iBias: AnalogValue;
  enableDegeneration: boolean;
  enableDivision: boolean;
  enableMultiplication: boolean;
}
export interface Threshold {
  enable: boolean;
  vThreshold: AnalogValue;
}
export interface Multicompartment {
  connectSoma: boolean;
  connectSomaRight: boolean;
  connectRight: boolean;
  /** Joins top and bottom membrane of a column; must be set on both circuits. */
  connectVertical: boolean;
  enableConductance: boolean;
  enableConductanceDivision: boolean;
  enableConductanceMultiplication: boolean;
  /** Inter-compartment conductance bias. */
  iBiasNmda: AnalogValue;
}
export type ConstantCurrentType = 'source' | 'sink';
export interface ConstantCurrent {
  enable: boolean;
  iOffset: AnalogValue;
  type: ConstantCurrentType;
}
export interface MembraneCapacitance {
  /** 0..63; 63 is about 2.3 pF. */
  capacitance: number;
}
export interface Adaptation {
  enable: boolean;
  invertA: boolean;
  invertB: boolean;
  /** Pulse length is set in the CommonNeuronBackendConfig. */
  enablePulse: boolean;
  vRef: AnalogValue;
  vLeak: AnalogValue;
  iBiasTau: AnalogValue;
  iBiasA: AnalogValue;
  iBiasB: AnalogValue;
}
export interface Exponential {
  enable: boolean;
  vExp: AnalogValue;
  iBias: AnalogValue;
}
export type AnalogOutput = 'off' | 'normal' | 'strong';
export interface EventRouting {
  analogOutput: AnalogOutput;
  /** Emit spikes into the digital event network. */
  enableDigital: boolean;
  enableBypassExcitatory: boolean;
  enableBypassInhibitory: boolean;
  /** 0..255: low 8 bits of the emitted spike label. */
  address: number;
  enablePostOverwrite: boolean;
}
export type ReadoutSource = 'membrane' | 'exc_synin' | 'inh_synin' | 'adaptation';
export interface Readout {
  /** At most one neuron per shared readout line (not checked, as upstream). */
  enableBufferedAccess: boolean;
  enableAmplifier: boolean;
  enableUnbufferedAccess: boolean;
  source: ReadoutSource;
}
export interface RefractoryPeriod {
  /** 0 = slow, 1 = fast clock of the common neuron backend. */
  inputClock: number;
  /** 0..15, default **15**. */
  resetHoldoff: number;
  /** 0..255 clock cycles of the selected clock. */
  refractoryTime: number;
  enablePause: boolean;
}
export type BayesianOperation = 'local' | 'AND' | 'XNOR' | 'MULLER_C';
export interface Bayesian {
  /** Default **true**. */
  toPostPulse: boolean;
  operation: BayesianOperation;
  connectFireVertical: boolean;
  connectFireToRight: boolean;
  connectFireFromRight: boolean;
  enableMaster: boolean;
  enableSlave: boolean;
}

/** Plain-data shape of an AtomicNeuron (what `toJSON` returns and `AtomicNeuron.from` accepts). */
export interface AtomicNeuronData {
  excitatoryInput: SynapticInput;
  inhibitoryInput: SynapticInput;
  leak: Leak;
  reset: Reset;
  threshold: Threshold;
  multicompartment: Multicompartment;
  constantCurrent: ConstantCurrent;
  membraneCapacitance: MembraneCapacitance;
  adaptation: Adaptation;
  exponential: Exponential;
  eventRouting: EventRouting;
  readout: Readout;
  refractoryPeriod: RefractoryPeriod;
  bayesian: Bayesian;
}

/** Deep-partial input accepted by `AtomicNeuron.from` / `set`. */
export type AtomicNeuronInit = { [G in keyof AtomicNeuronData]?: Partial<AtomicNeuronData[G]> };

/** Kind of a field, with its range. */
export type FieldKind =
  | { readonly kind: 'bool' }
  | { readonly kind: 'analog' }
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'enum'; readonly values: readonly string[] };

/** Where a field lands in haldls. `capmemRow` is the per-neuron CapMem row (haldls.md §4.1). */
export type FieldTarget =
  | { readonly to: 'nc'; readonly name: string }
  | { readonly to: 'nbc'; readonly name: string }
  | { readonly to: 'capmem'; readonly row: number }
  | { readonly to: 'derived' };

export interface FieldSpec {
  readonly group: keyof AtomicNeuronData;
  readonly field: string;
  readonly type: FieldKind;
  readonly default: boolean | number | string;
  readonly target: FieldTarget;
}

const B: FieldKind = { kind: 'bool' };
const A: FieldKind = { kind: 'analog' };
const int = (min: number, max: number): FieldKind => ({ kind: 'int', min, max });
const en = (...values: string[]): FieldKind => ({ kind: 'enum', values });
const nc = (name: string): FieldTarget => ({ to: 'nc', name });
const nbc = (name: string): FieldTarget => ({ to: 'nbc', name });
const cm = (row: number): FieldTarget => ({ to: 'capmem', row });
const derived: FieldTarget = { to: 'derived' };

function synin(group: 'excitatoryInput' | 'inhibitoryInput'): FieldSpec[] {
  const s = group === 'excitatoryInput' ? 'excitatory' : 'inhibitory';
  const base = group === 'excitatoryInput' ? 10 : 14;
  const rev = group === 'excitatoryInput' ? 3 : 4;
  return [
    { group, field: 'enable', type: B, default: false, target: nc(`enable_synaptic_input_${s}`) },
    { group, field: 'iBiasTau', type: A, default: 0, target: cm(base) },
    { group, field: 'iBiasCoba', type: A, default: 0, target: cm(base + 1) },
    { group, field: 'iShiftReference', type: A, default: 0, target: cm(base + 2) },
    { group, field: 'iBiasGm', type: A, default: 0, target: cm(base + 3) },
    { group, field: 'vRevCoba', type: A, default: 0, target: cm(rev) },
    { group, field: 'enableSmallCapacitance', type: B, default: true, target: nc(`enable_synaptic_input_${s}_small_capacitance`) },
    { group, field: 'enableHighResistance', type: B, default: false, target: nc(`enable_synaptic_input_${s}_high_resistance`) },
    { group, field: 'enableCobaMode', type: B, default: false, target: nc(`enable_synaptic_input_${s}_coba_mode`) },
  ];
}

/** The complete field table (spec lola_stadls.md §1.1), in group order. */
export const ATOMIC_NEURON_FIELDS: readonly FieldSpec[] = [
  ...synin('excitatoryInput'),
  ...synin('inhibitoryInput'),
  { group: 'leak', field: 'vLeak', type: A, default: 0, target: cm(0) },
  { group: 'leak', field: 'iBias', type: A, default: 0, target: cm(8) },
  { group: 'leak', field: 'enableDegeneration', type: B, default: false, target: nc('enable_leak_degeneration') },
  { group: 'leak', field: 'enableDivision', type: B, default: false, target: nc('enable_leak_division') },
  { group: 'leak', field: 'enableMultiplication', type: B, default: false, target: nc('enable_leak_multiplication') },
  { group: 'reset', field: 'vReset', type: A, default: 0, target: cm(1) },
  { group: 'reset', field: 'iBias', type: A, default: 0, target: cm(9) },
  { group: 'reset', field: 'enableDegeneration', type: B, default: false, target: nc('enable_reset_degeneration') },
  { group: 'reset', field: 'enableDivision', type: B, default: false, target: nc('enable_reset_division') },
  { group: 'reset', field: 'enableMultiplication', type: B, default: false, target: nc('enable_reset_multiplication') },
  { group: 'threshold', field: 'enable', type: B, default: false, target: nc('enable_threshold_comparator') },
  { group: 'threshold', field: 'vThreshold', type: A, default: 0, target: cm(2) },
  { group: 'multicompartment', field: 'connectSoma', type: B, default: false, target: nc('connect_soma') },
  { group: 'multicompartment', field: 'connectSomaRight', type: B, default: false, target: nc('connect_soma_right') },
  { group: 'multicompartment', field: 'connectRight', type: B, default: false, target: nc('connect_membrane_right') },
  { group: 'multicompartment', field: 'connectVertical', type: B, default: false, target: nc('connect_bottom') },
  { group: 'multicompartment', field: 'enableConductance', type: B, default: false, target: nc('enable_multicomp_conductance') },
  { group: 'multicompartment', field: 'enableConductanceDivision', type: B, default: false, target: nc('enable_divide_multicomp_conductance_bias') },
  { group: 'multicompartment', field: 'enableConductanceMultiplication', type: B, default: false, target: nc('enable_multiply_multicomp_conductance_bias') },
  { group: 'multicompartment', field: 'iBiasNmda', type: A, default: 0, target: cm(23) },
  { group: 'constantCurrent', field: 'enable', type: B, default: false, target: nc('enable_membrane_offset') },
  { group: 'constantCurrent', field: 'iOffset', type: A, default: 0, target: cm(22) },
  { group: 'constantCurrent', field: 'type', type: en('source', 'sink'), default: 'source', target: derived },
  { group: 'membraneCapacitance', field: 'capacitance', type: int(0, 63), default: 0, target: nc('membrane_capacitor_size') },
  { group: 'adaptation', field: 'enable', type: B, default: false, target: nc('enable_adaptation') },
  { group: 'adaptation', field: 'invertA', type: B, default: false, target: nc('invert_adaptation_a') },
  { group: 'adaptation', field: 'invertB', type: B, default: false, target: nc('invert_adaptation_b') },
  { group: 'adaptation', field: 'enablePulse', type: B, default: false, target: nbc('enable_adaptation_pulse') },
  { group: 'adaptation', field: 'vRef', type: A, default: 0, target: cm(7) },
  { group: 'adaptation', field: 'vLeak', type: A, default: 0, target: cm(5) },
  { group: 'adaptation', field: 'iBiasTau', type: A, default: 0, target: cm(18) },
  { group: 'adaptation', field: 'iBiasA', type: A, default: 0, target: cm(19) },
  { group: 'adaptation', field: 'iBiasB', type: A, default: 0, target: cm(20) },
  { group: 'exponential', field: 'enable', type: B, default: false, target: nc('enable_exponential') },
  { group: 'exponential', field: 'vExp', type: A, default: 0, target: cm(6) },
  { group: 'exponential', field: 'iBias', type: A, default: 0, target: cm(21) },
  { group: 'eventRouting', field: 'analogOutput', type: en('off', 'normal', 'strong'), default: 'off', target: derived },
  { group: 'eventRouting', field: 'enableDigital', type: B, default: false, target: nbc('enable_spike_out') },
  { group: 'eventRouting', field: 'enableBypassExcitatory', type: B, default: false, target: nc('enable_bypass_excitatory') },
  { group: 'eventRouting', field: 'enableBypassInhibitory', type: B, default: false, target: nc('enable_bypass_inhibitory') },
  { group: 'eventRouting', field: 'address', type: int(0, 255), default: 0, target: nbc('address_out') },
  { group: 'eventRouting', field: 'enablePostOverwrite', type: B, default: false, target: nbc('post_overwrite') },
  { group: 'readout', field: 'enableBufferedAccess', type: B, default: false, target: nc('enable_readout') },
  { group: 'readout', field: 'enableAmplifier', type: B, default: false, target: nc('enable_readout_amplifier') },
  { group: 'readout', field: 'enableUnbufferedAccess', type: B, default: false, target: nc('enable_unbuffered_access') },
  { group: 'readout', field: 'source', type: en('membrane', 'exc_synin', 'inh_synin', 'adaptation'), default: 'membrane', target: derived },
  { group: 'refractoryPeriod', field: 'inputClock', type: int(0, 1), default: 0, target: nbc('select_input_clock') },
  { group: 'refractoryPeriod', field: 'resetHoldoff', type: int(0, 15), default: 15, target: nbc('reset_holdoff') },
  { group: 'refractoryPeriod', field: 'refractoryTime', type: int(0, 255), default: 0, target: nbc('refractory_time') },
  { group: 'refractoryPeriod', field: 'enablePause', type: B, default: false, target: nc('enable_pause') },
  { group: 'bayesian', field: 'toPostPulse', type: B, default: true, target: nbc('enable_bayesian_extension') },
  { group: 'bayesian', field: 'operation', type: en('local', 'AND', 'XNOR', 'MULLER_C'), default: 'local', target: derived },
  { group: 'bayesian', field: 'connectFireVertical', type: B, default: false, target: nbc('connect_fire_bottom') },
  { group: 'bayesian', field: 'connectFireToRight', type: B, default: false, target: nbc('connect_fire_to_right') },
  { group: 'bayesian', field: 'connectFireFromRight', type: B, default: false, target: nbc('connect_fire_from_right') },
  { group: 'bayesian', field: 'enableMaster', type: B, default: false, target: nbc('enable_neuron_master') },
  { group: 'bayesian', field: 'enableSlave', type: B, default: false, target: nbc('enable_neuron_slave') },
];

export const ATOMIC_NEURON_GROUPS: readonly (keyof AtomicNeuronData)[] = [
  'excitatoryInput', 'inhibitoryInput', 'leak', 'reset', 'threshold', 'multicompartment', 'constantCurrent',
  'membraneCapacitance', 'adaptation', 'exponential', 'eventRouting', 'readout', 'refractoryPeriod', 'bayesian',
];

/**
 * CapMem rows of the 24 per-neuron cells in write order (spec §1.1 step 2): exc tau, coba, shift, gm, rev;
 * inh tau, coba, shift, gm, rev; v_leak, i_bias_leak, v_reset, i_bias_reset, v_threshold, i_mem_offset,
 * v_adapt_leak, adapt tau, a, b, v_adapt_ref, v_exp, i_bias_exp, i_bias_nmda.
 */
export const NEURON_CAPMEM_ROW_ORDER: readonly number[] = [
  10, 11, 12, 13, 3, 14, 15, 16, 17, 4, 0, 8, 1, 9, 2, 22, 5, 18, 19, 20, 7, 6, 21, 23,
];

/** Validates one field value against its spec; the error names `path`. */
export function checkField(path: string, spec: FieldSpec, value: unknown): boolean | number | string {
  switch (spec.type.kind) {
    case 'bool':
      return checkBool(path, value);
    case 'analog':
      return checkAnalog(path, value);
    case 'int':
      return checkInt(path, value, spec.type.min, spec.type.max);
    case 'enum':
      return checkEnum(path, value, spec.type.values);
  }
}

/** True if `v` is certainly valid for `t` (false: let `checkField` decide and name the error). */
function fieldValueOk(t: FieldKind, v: unknown): boolean {
  switch (t.kind) {
    case 'bool':
      return typeof v === 'boolean';
    case 'analog':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= ANALOG_DISABLE_REFRESH;
    case 'int':
      return typeof v === 'number' && Number.isInteger(v) && v >= t.min && v <= t.max;
    case 'enum':
      return t.values.includes(v as string);
  }
}

type Group = Record<string, boolean | number | string>;

let groupDefaults: Map<string, Group> | undefined;
/** A fresh object with the defaults of `group` (copied from a template built once). */
function defaultGroup(group: keyof AtomicNeuronData): Group {
  if (groupDefaults === undefined) {
    groupDefaults = new Map();
    for (const f of ATOMIC_NEURON_FIELDS) {
      let g = groupDefaults.get(f.group);
      if (g === undefined) groupDefaults.set(f.group, (g = {}));
      g[f.field] = f.default;
    }
  }
  return { ...groupDefaults.get(group) };
}

/** One neuron circuit's configuration. Fields are public and mutable; `validate()` checks all of them. */
export class AtomicNeuron implements AtomicNeuronData, Container {
  excitatoryInput!: SynapticInput;
  inhibitoryInput!: SynapticInput;
  leak!: Leak;
  reset!: Reset;
  threshold!: Threshold;
  multicompartment!: Multicompartment;
  constantCurrent!: ConstantCurrent;
  membraneCapacitance!: MembraneCapacitance;
  adaptation!: Adaptation;
  exponential!: Exponential;
  eventRouting!: EventRouting;
  readout!: Readout;
  refractoryPeriod!: RefractoryPeriod;
  bayesian!: Bayesian;

  /** Default neuron, optionally with some fields set (validated). */
  constructor(init: AtomicNeuronInit = {}) {
    const self = this as unknown as Record<string, Group>;
    for (const g of ATOMIC_NEURON_GROUPS) self[g] = defaultGroup(g);
    this.set(init);
  }

  /** Builds a neuron from (partial) plain data; unknown groups or fields throw `ValueTypeError`. */
  static from(init: AtomicNeuronInit | AtomicNeuronData): AtomicNeuron {
    return new AtomicNeuron(init);
  }

  /** Assigns (and validates) the given fields; returns `this` for chaining. */
  set(init: AtomicNeuronInit): this {
    const self = this as unknown as Record<string, Group>;
    for (const [g, values] of Object.entries(init as Record<string, Record<string, unknown> | undefined>)) {
      if (values === undefined) continue;
      if (!(ATOMIC_NEURON_GROUPS as readonly string[]).includes(g)) {
        throw new ValueTypeError(`AtomicNeuron.${g}`, values, `one of the groups ${ATOMIC_NEURON_GROUPS.join(', ')}`);
      }
      const group = self[g]!;
      for (const [k, v] of Object.entries(values)) {
        const spec = ATOMIC_NEURON_FIELDS.find((f) => f.group === g && f.field === k);
        if (!spec) {
          const names = ATOMIC_NEURON_FIELDS.filter((f) => f.group === g).map((f) => f.field);
          throw new ValueTypeError(`AtomicNeuron.${g}.${k}`, v, `a field of ${g}: ${names.join(', ')}`);
        }
        group[k] = checkField(`AtomicNeuron.${g}.${k}`, spec, v);
      }
    }
    return this;
  }

  /** Throws a typed error naming the first field whose value is out of range (fields are public). */
  validate(path = 'AtomicNeuron'): void {
    const self = this as unknown as Record<string, Group>;
    for (const f of ATOMIC_NEURON_FIELDS) {
      const v = self[f.group]![f.field];
      // the error path is only built for a value that fails the quick check
      if (!fieldValueOk(f.type, v)) checkField(`${path}.${f.group}.${f.field}`, f, v);
    }
  }

  clone(): AtomicNeuron {
    return new AtomicNeuron(this.toJSON());
  }

  /** Container type (coordinate AtomicNeuronOnDLS; not differential-write capable, as upstream). */
  get containerType(): typeof AtomicNeuronType {
    return AtomicNeuronType;
  }

  /** Writes NeuronConfig, the 24 CapMem cells and NeuronBackendConfig of the circuit at `coord`. */
  encode(coord: Coordinate, sink: EncodeSink): void {
    checkCoordinate(AtomicNeuronType, coord);
    this.validate();
    encodeAtomicNeuron(this, coord, sink);
  }

  equals(other: Container): boolean {
    if (!(other instanceof AtomicNeuron)) return false;
    const a = this as unknown as Record<string, Group>;
    const b = other as unknown as Record<string, Group>;
    return ATOMIC_NEURON_FIELDS.every((f) => a[f.group]![f.field] === b[f.group]![f.field]);
  }

  toJSON(): AtomicNeuronData {
    const self = this as unknown as Record<string, Group>;
    const out: Record<string, Group> = {};
    for (const g of ATOMIC_NEURON_GROUPS) out[g] = { ...self[g]! };
    return out as unknown as AtomicNeuronData;
  }

  toString(): string {
    const d = this.toJSON() as unknown as Record<string, Group>;
    const defaults = new AtomicNeuron() as unknown as Record<string, Group>;
    const changed = ATOMIC_NEURON_FIELDS.filter((f) => d[f.group]![f.field] !== defaults[f.group]![f.field]).map(
      (f) => `${f.group}.${f.field}: ${String(d[f.group]![f.field])}`,
    );
    return `AtomicNeuron(${changed.length ? changed.join(', ') : 'default'})`;
  }
}

/** EventRouting presets (spec §1.1), all with address 0 and post_overwrite false. */
export const EventRoutingPreset = {
  disabled: { analogOutput: 'off', enableDigital: false, enableBypassExcitatory: false, enableBypassInhibitory: false },
  enabled: { analogOutput: 'normal', enableDigital: true, enableBypassExcitatory: false, enableBypassInhibitory: false },
  bypassExc: { analogOutput: 'off', enableDigital: false, enableBypassExcitatory: true, enableBypassInhibitory: false },
  bypassInh: { analogOutput: 'off', enableDigital: false, enableBypassExcitatory: false, enableBypassInhibitory: true },
} as const satisfies Record<string, Partial<EventRouting>>;

/** Maps the bayesian operation to (enable_bayesian_0, enable_bayesian_1). */
export const BAYESIAN_BITS: Readonly<Record<BayesianOperation, readonly [boolean, boolean]>> = {
  local: [false, false],
  AND: [true, false],
  XNOR: [false, true],
  MULLER_C: [true, true],
};

export const READOUT_SOURCE_CODES: readonly ReadoutSource[] = ['membrane', 'exc_synin', 'inh_synin', 'adaptation'];
