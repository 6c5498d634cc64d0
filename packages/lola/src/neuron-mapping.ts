/**
 * The translation between an AtomicNeuron and its three haldls parts, as plain field records keyed by the
 * haldls field names of haldls.md §3.1/§3.2 (snake_case, as in the spec tables). Keeping this pure (no haldls
 * objects) lets the adapter in `hal.ts` be the only place that knows how haldls constructs containers.
 */
import {
  AtomicNeuron,
  ATOMIC_NEURON_FIELDS,
  BAYESIAN_BITS,
  NEURON_CAPMEM_ROW_ORDER,
  READOUT_SOURCE_CODES,
  type BayesianOperation,
} from './atomic-neuron.js';

export type HalFields = Record<string, boolean | number>;

type Group = Record<string, boolean | number | string>;
const groups = (n: AtomicNeuron): Record<string, Group> => n as unknown as Record<string, Group>;

/** NeuronConfig fields of this neuron (booleans, membrane_capacitor_size, readout_source code). */
export function toNeuronConfigFields(n: AtomicNeuron): HalFields {
  const out: HalFields = {};
  const g = groups(n);
  for (const f of ATOMIC_NEURON_FIELDS) if (f.target.to === 'nc') out[f.target.name] = g[f.group]![f.field] as boolean | number;
  out['invert_membrane_offset'] = n.constantCurrent.type === 'sink';
  out['enable_fire'] = n.eventRouting.analogOutput !== 'off';
  out['enable_strong_fire'] = n.eventRouting.analogOutput === 'strong';
  out['readout_source'] = READOUT_SOURCE_CODES.indexOf(n.readout.source);
  return out;
}

/** NeuronBackendConfig fields of this neuron. */
export function toNeuronBackendConfigFields(n: AtomicNeuron): HalFields {
  const out: HalFields = {};
  const g = groups(n);
  for (const f of ATOMIC_NEURON_FIELDS) if (f.target.to === 'nbc') out[f.target.name] = g[f.group]![f.field] as boolean | number;
  const [b0, b1] = BAYESIAN_BITS[n.bayesian.operation];
  out['enable_bayesian_0'] = b0;
  out['enable_bayesian_1'] = b1;
  return out;
}

/** The 24 CapMem values in write order (`NEURON_CAPMEM_ROW_ORDER`). */
export function toCapMemValues(n: AtomicNeuron): number[] {
  const byRow = new Array<number>(24).fill(0);
  const g = groups(n);
  for (const f of ATOMIC_NEURON_FIELDS) if (f.target.to === 'capmem') byRow[f.target.row] = g[f.group]![f.field] as number;
  return NEURON_CAPMEM_ROW_ORDER.map((row) => byRow[row]!);
}

/** Rebuilds an AtomicNeuron from its three parts (the inverse of the three functions above). */
export function fromHalFields(ncFields: HalFields, nbcFields: HalFields, capmemInWriteOrder: ArrayLike<number>): AtomicNeuron {
  const n = new AtomicNeuron();
  const g = groups(n);
  const byRow = new Array<number>(24).fill(0);
  NEURON_CAPMEM_ROW_ORDER.forEach((row, i) => (byRow[row] = capmemInWriteOrder[i]!));
  for (const f of ATOMIC_NEURON_FIELDS) {
    const t = f.target;
    if (t.to === 'nc') g[f.group]![f.field] = coerce(ncFields[t.name], f.default);
    else if (t.to === 'nbc') g[f.group]![f.field] = coerce(nbcFields[t.name], f.default);
    else if (t.to === 'capmem') g[f.group]![f.field] = byRow[t.row]!;
  }
  n.constantCurrent.type = ncFields['invert_membrane_offset'] ? 'sink' : 'source';
  n.eventRouting.analogOutput = !ncFields['enable_fire'] ? 'off' : ncFields['enable_strong_fire'] ? 'strong' : 'normal';
  n.readout.source = READOUT_SOURCE_CODES[Number(ncFields['readout_source'] ?? 0)] ?? 'membrane';
  const b0 = Boolean(nbcFields['enable_bayesian_0']);
  const b1 = Boolean(nbcFields['enable_bayesian_1']);
  n.bayesian.operation = (Object.entries(BAYESIAN_BITS).find(([, [x, y]]) => x === b0 && y === b1)![0]) as BayesianOperation;
  return n;
}

function coerce(v: boolean | number | undefined, def: boolean | number | string): boolean | number {
  if (v === undefined) return def as boolean | number;
  return typeof def === 'boolean' ? Boolean(v) : Number(v);
}
