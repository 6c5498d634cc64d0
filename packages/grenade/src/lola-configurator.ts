/**
 * The default `ChipConfigurator`: applies grenade's chip configuration plan onto a lola `Chip` (the run's
 * base chip, or a default chip with an uncalibrated LIF preset for the network's neurons) and writes it
 * through the stadls builder. Every register word comes from a haldls/lola container; grenade encodes
 * nothing itself.
 *
 * What the plan sets (all through lola/haldls containers):
 *   - `crossbar.nodes[i]` (haldls CrossbarNode: mask, target),
 *   - `backgroundSpikeSources[i]` (haldls BackgroundSpikeSource: enable, random, period, rate, seed, mask,
 *     neuron label),
 *   - `synapseDriverBlocks[h].padiBus` (CommonPADIBusConfig.enable_spl1 per bus) and
 *     `.synapseDrivers[d]` (receiver, address out, row address compare mask, row modes),
 *   - `synapseBlocks[h].matrix` weights and labels,
 *   - `neuronBlock.currentRows[h]` (excitatory/inhibitory column current switches of fed columns),
 *   - every neuron's `eventRouting` (digital spike output, 8-bit address) and, for used event outputs,
 *     `neuronBlock.backends[block].enable_event_registers`,
 *   - for MADC/CADC recordings: the recorded neurons' readout (amplifier, buffered access, source), the
 *     readout chain's source multiplexers and active mux, and the CADC channels' neuron connections and
 *     ramp enables.
 * Event recording (EventRecordingConfig), the neuron reset (haldls NeuronReset per used neuron) and the
 * MADC (MADCControl) are written as haldls containers too.
 *
 * Writes: the first configuration on a connection writes the whole Chip (`builder.write(ChipOnDLS, chip)`).
 * Later configurations are differential against the chip written before (whatever instance wrote it):
 * Chip members that compare equal are skipped, changed members are expanded into their haldls containers
 * and only containers whose value changed are written — a weight-only re-run writes just the changed
 * SynapseQuads. The long CapMem settling wait is only requested when a CapMem container changed.
 *
 * Default neurons (no base chip): an uncalibrated LIF preset chosen with the simulator's documented
 * transfer laws (sim_model.md 1.4/1.5, packages/sim/src/physics/transfer.ts): voltage cells
 * potential[CADC LSB] = 20 + (code - 70) * 200/480, tau_mem = 10 us * (C+1)/64 * 500 / i_bias_leak,
 * tau_syn = 10 us * 500 / i_bias_tau, drive per weight LSB = 0.35 * (syn_i_bias_dac/600) * (gm/500).
 * Leak 80, reset 60, threshold 90 CADC LSB with tau_mem = 10 us, tau_syn ~ 4.9 us, gm 1000, synapse DAC
 * bias 1022 and C = 63 make one weight-63 excitatory event cross threshold once (peak ~ +25 LSB), while
 * weight-0 synapses add no drive at all; a refractory time of 255 cycles (~2 us) keeps it to one spike.
 * These are the same register values the sim adapter (`DEFAULT_SIM_NEURON`) writes.
 */
import { InvalidArgumentError } from '@bss2/fisch';
import {
  AtomicNeuronOnDLS as HalAtomicNeuronOnDLS,
  BackgroundSpikeSource,
  BackgroundSpikeSourceOnDLS,
  CommonNeuronBackendConfig,
  CommonPADIBusConfig,
  CrossbarNode,
  EventRecordingConfig,
  EventRecordingConfigOnFPGA,
  MADCControl,
  MADCControlOnDLS,
  NeuronReset,
  SynapseDriverConfig,
  type Container,
  type Coordinate,
} from '@bss2/haldls';
import {
  atomicNeuronLeaves,
  CADCOnDLS,
  CADCReadoutChain,
  CapMemOnDLS,
  CapMemType,
  cellLeaf,
  Chip,
  ChipOnDLS,
  ColumnCurrentRowOnDLS,
  Composite,
  CrossbarOnDLS,
  ExternalPPUMemoryOnFPGA,
  halAdapter,
  NEURON_BLOCK_CELLS,
  NeuronBlock,
  NeuronBlockOnDLS,
  NeuronPosition,
  QUAD_COLUMNS,
  quadColumn,
  ReadoutChainOnDLS,
  ReadoutChainType,
  sharedCell,
  SYNAPSE_COLUMNS,
  SYNAPSE_ROWS,
  SynapseBlock,
  SynapseBlockOnDLS,
  SynapseDriverBlockOnDLS,
  SynapseDriverBlockType,
  type AtomicNeuronInit,
  type Leaf,
} from '@bss2/lola';
import type { PlaybackProgramBuilder } from '@bss2/stadls';
import type { ChipConfigPlan } from './config-plan.js';
import { neuronColumn, neuronRow } from './hardware.js';
import { deepFreeze, type ExecutionInstance, type RecordedNeuron } from './network.js';
import type { ChipConfigurator } from './stadls-backend.js';

/** CapMem code of a voltage cell for a potential in CADC LSB (the simulator's documented affine law). */
export function voltageCellCode(potential: number): number {
  return Math.min(1022, Math.max(0, Math.round(70 + ((potential - 20) * 480) / 200)));
}

/** Potentials (CADC LSB) of the default LIF preset. */
export const DEFAULT_LIF_POTENTIALS = Object.freeze({ leak: 80, reset: 60, threshold: 90 });

/**
 * The uncalibrated LIF preset applied to the network's neurons when no base chip is given (see the module
 * comment for how the values follow from the simulator's transfer laws).
 */
export const DEFAULT_LOLA_NEURON: AtomicNeuronInit = deepFreeze({
  leak: { vLeak: voltageCellCode(DEFAULT_LIF_POTENTIALS.leak), iBias: 500 },
  reset: { vReset: voltageCellCode(DEFAULT_LIF_POTENTIALS.reset), iBias: 1022 },
  threshold: { enable: true, vThreshold: voltageCellCode(DEFAULT_LIF_POTENTIALS.threshold) },
  excitatoryInput: { enable: true, iBiasTau: 1022, iBiasGm: 1000 },
  inhibitoryInput: { enable: true, iBiasTau: 1022, iBiasGm: 1000 },
  membraneCapacitance: { capacitance: 63 },
  refractoryPeriod: { refractoryTime: 255 },
  eventRouting: { analogOutput: 'normal' },
});

export interface LolaChipConfiguratorOptions {
  /** Preset applied to every neuron of the network's populations when the run has no base chip. */
  readonly neuron?: AtomicNeuronInit;
  /** Synapse DAC bias (syn_i_bias_dac, all four quadrants) of the default chip (default 1022). */
  readonly synapseBias?: number;
  /**
   * Reference for the very first write on a connection: `null` (default) writes the whole Chip; a Chip
   * known to be on the target already (e.g. one written by an earlier experiment) makes even the first
   * write differential.
   */
  readonly initialChip?: Chip | null;
}

/** The state a lola configurator keeps between runs on one connection: the chip last written. */
export interface LolaConfiguratorState {
  readonly chip: Chip;
  /** Number of haldls containers (or Chip writes) emitted by the last configuration. */
  readonly writtenContainers: number;
  readonly analogChanged: boolean;
}

const ANALOG_TYPES = new Set(['CapMemCell', 'CapMemBlockConfig', 'ReferenceGeneratorConfig', 'SynapseBiasSelection']);

type HalOf<T extends { create(): unknown }> = ReturnType<T['create']>;

/** A lola Chip's members in write (visit) order, with their coordinates. */
function chipMembers(chip: Chip): { coord: Coordinate; value: Container }[] {
  const ppu = chip.ppuMemory;
  const bg = chip.backgroundSpikeSources;
  return [
    { coord: CrossbarOnDLS, value: chip.crossbar },
    ...bg.map((value, i) => ({ coord: new BackgroundSpikeSourceOnDLS(i) as Coordinate, value })),
    { coord: CapMemOnDLS, value: chip.capmem },
    { coord: SynapseDriverBlockOnDLS.top, value: chip.synapseDriverBlocks[0] },
    { coord: SynapseDriverBlockOnDLS.bottom, value: chip.synapseDriverBlocks[1] },
    { coord: SynapseBlockOnDLS.top, value: chip.synapseBlocks[0] },
    { coord: SynapseBlockOnDLS.bottom, value: chip.synapseBlocks[1] },
    { coord: NeuronBlockOnDLS, value: chip.neuronBlock },
    { coord: CADCOnDLS.top, value: chip.cadcReadoutChains[0] },
    { coord: CADCOnDLS.bottom, value: chip.cadcReadoutChains[1] },
    { coord: ReadoutChainOnDLS, value: chip.readoutChain },
    ...ppu.map((value, i) => ({ coord: halAdapter.coordinate('PPUMemoryOnDLS', i), value })),
    { coord: ExternalPPUMemoryOnFPGA, value: chip.externalPpuMemory },
  ];
}

type Emit = (leaf: Leaf) => void;

/** Writes the leaves of `next` that differ from the corresponding leaves of `previous` (same slot order). */
function diffLeaves(emit: Emit, next: readonly Leaf[], previous: readonly Leaf[]): boolean {
  if (next.length !== previous.length) return false;
  for (let i = 0; i < next.length; i++) if (!next[i]!.container.equals(previous[i]!.container)) emit(next[i]!);
  return true;
}

/** SynapseBlock: compares the weight/label/calib arrays quad by quad, building only the changed SynapseQuads. */
function diffSynapseBlock(emit: Emit, h: number, next: SynapseBlock, previous: SynapseBlock): void {
  const a = next.matrix;
  const b = previous.matrix;
  a.validate();
  const arrays = [[a.weights, b.weights], [a.labels, b.labels], [a.timeCalibs, b.timeCalibs], [a.ampCalibs, b.ampCalibs]] as const;
  for (let row = 0; row < SYNAPSE_ROWS; row++) {
    for (let q = 0; q < QUAD_COLUMNS; q++) {
      const cols = [0, 1, 2, 3].map((e) => row * SYNAPSE_COLUMNS + quadColumn(q, e));
      if (!arrays.some(([x, y]) => cols.some((c) => x[c] !== y[c]))) continue;
      const pick = (x: Uint8Array): number[] => cols.map((c) => x[c]!);
      emit({
        coord: halAdapter.coordinate('SynapseQuadOnDLS', h * 16384 + row * 64 + q),
        container: halAdapter.makeCamel('SynapseQuad', { weights: pick(a.weights), labels: pick(a.labels), timeCalibs: pick(a.timeCalibs), ampCalibs: pick(a.ampCalibs) }),
      });
    }
  }
  for (let side = 0; side < 2; side++) {
    if (next.iBiasDac[side] !== previous.iBiasDac[side]) emit(cellLeaf(sharedCell(side + 2 * h, 128, 8), next.iBiasDac[side]!, `SynapseBlock.iBiasDac[${side}]`));
  }
}

/** NeuronBlock: only changed neurons are expanded (same order as `NeuronBlock.leaves`). */
function diffNeuronBlock(emit: Emit, next: NeuronBlock, previous: NeuronBlock): void {
  next.atomicNeurons.forEach((n, i) => {
    const p = previous.atomicNeurons[i]!;
    if (n.equals(p)) return;
    n.validate(`NeuronBlock.atomicNeurons[${i}]`);
    const pos = NeuronPosition.fromEnum(i);
    diffLeaves(emit, atomicNeuronLeaves(n, pos), atomicNeuronLeaves(p, pos));
  });
  next.backends.forEach((c, i) => {
    if (!c.equals(previous.backends[i]!)) emit({ coord: halAdapter.coordinate('CommonNeuronBackendConfigOnDLS', i), container: c });
  });
  next.currentRows.forEach((row, h) => {
    const coord = h === 0 ? ColumnCurrentRowOnDLS.top : ColumnCurrentRowOnDLS.bottom;
    if (!row.equals(previous.currentRows[h]!)) diffLeaves(emit, row.leaves(coord), previous.currentRows[h]!.leaves(coord));
  });
  for (let block = 0; block < 4; block++) {
    for (const [f, col, row] of NEURON_BLOCK_CELLS) {
      if (next[f][block] !== previous[f][block]) emit(cellLeaf(sharedCell(block, col, row), next[f][block]!, `NeuronBlock.${f}[${block}]`));
    }
  }
}

/**
 * Writes `next` as a differential update of `previous` (same visit order as a full Chip write): unchanged
 * members are skipped, changed ones are compared container by container (synapse matrices quad by quad,
 * the neuron block neuron by neuron) and only changed haldls containers are written. Returns the number of
 * containers written and whether any of them was analog (CapMem).
 */
export function writeChipDifference(builder: PlaybackProgramBuilder, next: Chip, previous: Chip): { containers: number; analogChanged: boolean } {
  let containers = 0;
  let analogChanged = false;
  const emit: Emit = (leaf) => {
    builder.write(leaf.coord, leaf.container);
    containers++;
    if (ANALOG_TYPES.has(leaf.container.containerType.typeName)) analogChanged = true;
  };
  const a = chipMembers(next);
  const b = chipMembers(previous);
  for (let m = 0; m < a.length; m++) {
    const { coord, value } = a[m]!;
    const before = b[m]!.value;
    if (value === before || value.equals(before)) continue;
    if (value instanceof SynapseBlock && before instanceof SynapseBlock) {
      diffSynapseBlock(emit, coord.toEnum(), value, before);
      continue;
    }
    if (value instanceof NeuronBlock && before instanceof NeuronBlock) {
      diffNeuronBlock(emit, value, before);
      continue;
    }
    if (value instanceof Composite && before instanceof Composite && diffLeaves(emit, [...value.leaves(coord)], [...before.leaves(coord)])) continue;
    builder.write(coord, value);
    containers++;
    analogChanged ||= value instanceof Composite;
  }
  return { containers, analogChanged };
}

/**
 * An independent copy of a lola Chip. haldls containers are immutable and shared; lola composites and
 * their arrays are copied member by member (the generic leaf round trip, `ChipType.fromLeaves`, is the
 * fallback for members without a cheaper path).
 */
export function cloneChip(chip: Chip): Chip {
  const c = new Chip();
  c.crossbar.outputs = chip.crossbar.outputs;
  c.crossbar.nodes = chip.crossbar.nodes;
  c.backgroundSpikeSources = chip.backgroundSpikeSources;
  c.capmem = CapMemType.fromLeaves(CapMemOnDLS, [...chip.capmem.leaves(CapMemOnDLS)].map((l) => l.container));
  chip.synapseDriverBlocks.forEach((block, h) => {
    const coord = h === 0 ? SynapseDriverBlockOnDLS.top : SynapseDriverBlockOnDLS.bottom;
    c.synapseDriverBlocks[h] = SynapseDriverBlockType.fromLeaves(coord, [...block.leaves(coord)].map((l) => l.container));
  });
  chip.synapseBlocks.forEach((block, h) => {
    const copy = c.synapseBlocks[h]!;
    copy.matrix.weights.set(block.matrix.weights);
    copy.matrix.labels.set(block.matrix.labels);
    copy.matrix.timeCalibs.set(block.matrix.timeCalibs);
    copy.matrix.ampCalibs.set(block.matrix.ampCalibs);
    copy.iBiasDac = [...block.iBiasDac];
  });
  const nb = c.neuronBlock;
  nb.atomicNeurons = chip.neuronBlock.atomicNeurons.map((n) => n.clone());
  nb.backends = chip.neuronBlock.backends;
  chip.neuronBlock.currentRows.forEach((row, h) => row.values.forEach((v, col) => Object.assign(nb.currentRows[h]!.values[col]!, v)));
  for (const [f] of NEURON_BLOCK_CELLS) nb[f] = [...chip.neuronBlock[f]];
  c.cadcReadoutChains = [CADCReadoutChain.fromJSON(chip.cadcReadoutChains[0].toJSON()), CADCReadoutChain.fromJSON(chip.cadcReadoutChains[1].toJSON())];
  c.readoutChain = ReadoutChainType.fromLeaves(ReadoutChainOnDLS, [...chip.readoutChain.leaves(ReadoutChainOnDLS)].map((l) => l.container));
  c.ppuMemory = chip.ppuMemory;
  c.externalPpuMemory.load(chip.externalPpuMemory.bytes);
  return c;
}

function neuronsOf(instance: ExecutionInstance): number[] {
  const out: number[] = [];
  for (const p of instance.populations) if (p.kind === 'neurons') out.push(...p.placement);
  return out;
}

function placedNeuron(instance: ExecutionInstance, r: RecordedNeuron): number {
  const p = instance.populations[r.population.index];
  if (!p || p.kind !== 'neurons') throw new InvalidArgumentError(`recorded neuron ${r.neuron} of population ${r.population.index} is not an on-chip neuron`);
  return p.placement[r.neuron]!;
}

/** Applies the routing plan (and the instance's readout recordings) onto `chip` in place. */
export function applyPlan(chip: Chip, plan: ChipConfigPlan, instance: ExecutionInstance): void {
  const nodes = chip.crossbar.nodes;
  plan.crossbarNodes.forEach((n, i) => {
    nodes[i] = (nodes[i] as HalOf<typeof CrossbarNode>).with({ mask: n.mask, target: n.target });
  });
  const bg = chip.backgroundSpikeSources;
  plan.backgroundSources.forEach((s, i) => {
    bg[i] = (bg[i] as HalOf<typeof BackgroundSpikeSource>).with({
      enable: s.enable, enableRandom: s.enableRandom, period: s.period, rate: s.rate, seed: s.seed, mask: s.mask, neuronLabel: s.neuronLabel,
    });
  });
  for (const h of [0, 1] as const) {
    const block = chip.synapseDriverBlocks[h];
    block.padiBus = (block.padiBus as HalOf<typeof CommonPADIBusConfig>).with({ enableSpl1: plan.padiBusEnableSpl1.slice(h * 4, h * 4 + 4) });
    const drivers = block.synapseDrivers;
    for (let d = 0; d < drivers.length; d++) {
      const p = plan.synapseDrivers[h * 128 + d]!;
      drivers[d] = (drivers[d] as HalOf<typeof SynapseDriverConfig>).with({
        enableReceiver: p.enableReceiver,
        enableAddressOut: p.enableAddressOut,
        rowAddressCompareMask: p.rowAddressCompareMask,
        rowModeTop: p.rowModeTop,
        rowModeBottom: p.rowModeBottom,
      });
    }
    const matrix = chip.synapseBlocks[h].matrix;
    matrix.weights.set(plan.synapseWeights[h]!);
    matrix.labels.set(plan.synapseLabels[h]!);
  }
  const rows = chip.neuronBlock.currentRows;
  plan.neurons.forEach((p, n) => {
    const neuron = chip.neuronBlock.atomicNeurons[n]!;
    neuron.eventRouting.enableDigital = p.enableSpikeOut;
    neuron.eventRouting.address = p.addressOut;
    const sw = rows[neuronRow(n)].values[neuronColumn(n)]!;
    sw.enable_synaptic_current_excitatory = p.enableSynapticInputExcitatory;
    sw.enable_synaptic_current_inhibitory = p.enableSynapticInputInhibitory;
  });
  // Event outputs 0..3 belong to the west backend block (columns 0..127), 4..7 to the east one.
  for (const side of [0, 1]) {
    if (!plan.eventOutputs.slice(side * 4, side * 4 + 4).some(Boolean)) continue;
    const backends = chip.neuronBlock.backends;
    backends[side] = (backends[side] as HalOf<typeof CommonNeuronBackendConfig>).with({ enableEventRegisters: true });
  }
  applyReadout(chip, instance);
}

function applyReadout(chip: Chip, instance: ExecutionInstance): void {
  const enableReadout = (r: RecordedNeuron): number => {
    const n = placedNeuron(instance, r);
    chip.neuronBlock.atomicNeurons[n]!.set({ readout: { enableAmplifier: true, source: r.source } });
    return n;
  };
  if (instance.madc) {
    const rc = chip.readoutChain;
    instance.madc.neurons.forEach((r, channel) => {
      const n = enableReadout(r);
      chip.neuronBlock.atomicNeurons[n]!.readout.enableBufferedAccess = true;
      const mux = rc.inputMux[channel]!;
      const col = neuronColumn(n);
      if (col % 2 === 0) mux.neuronEven[neuronRow(n)] = true;
      else mux.neuronOdd[neuronRow(n)] = true;
    });
    rc.dynamicMux.initiallySelectedInput = 0;
    // Two neurons: the active multiplexer alternates between both source buffers every sample.
    rc.dynamicMux.inputSelectLength = instance.madc.neurons.length === 2 ? 1 : 0;
  }
  if (instance.cadc) {
    for (const r of instance.cadc.neurons) {
      const n = enableReadout(r);
      const cadc = chip.cadcReadoutChains[neuronRow(n)];
      cadc.ramp.enable = true;
      cadc.channelsCausal[neuronColumn(n)]!.enableConnectNeuron = true;
    }
  }
}

/** The default chip of a run without base chip: haldls/lola defaults plus the LIF preset on `neurons`. */
export function defaultChip(neurons: readonly number[], options: LolaChipConfiguratorOptions = {}): Chip {
  const chip = new Chip();
  const preset = options.neuron ?? DEFAULT_LOLA_NEURON;
  for (const n of neurons) chip.neuronBlock.atomicNeurons[n]!.set(preset);
  const bias = options.synapseBias ?? 1022;
  for (const block of chip.synapseBlocks) block.iBiasDac = [bias, bias];
  // Uncalibrated CADC ramp biases in the working range (as in the stadls CADC recipe).
  for (const c of chip.cadcReadoutChains) {
    c.ramp.vBiasBuffer = [400, 400];
    c.ramp.iBiasComparator = [1022, 1022];
    c.ramp.iBiasVresetBuffer = [1022, 1022];
  }
  return chip;
}

/** Creates the lola Chip configurator (see the module comment). */
export function createLolaChipConfigurator(options: LolaChipConfiguratorOptions = {}): ChipConfigurator {
  let active: number[] = [];
  return {
    name: 'lola',
    supportsReadout: true,
    writeConfig(builder, plan, request, previous) {
      let chip: Chip;
      if (request.baseChip === null || request.baseChip === undefined) chip = defaultChip(neuronsOf(request.instance), options);
      else if (request.baseChip instanceof Chip) chip = cloneChip(request.baseChip);
      else throw new InvalidArgumentError(`the lola chip configurator needs a lola Chip as base chip of instance ${request.instance.id}, got ${String(request.baseChip)}`);
      applyPlan(chip, plan, request.instance);
      active = neuronsOf(request.instance);
      const before = (previous as LolaConfiguratorState | null | undefined)?.chip ?? options.initialChip ?? null;
      let state: LolaConfiguratorState;
      if (before === null) {
        builder.write(ChipOnDLS, chip);
        state = { chip, writtenContainers: 1, analogChanged: true };
      } else {
        const { containers, analogChanged } = writeChipDifference(builder, chip, before);
        state = { chip, writtenContainers: containers, analogChanged };
      }
      return { state, analogChanged: state.analogChanged };
    },
    setEventRecording(builder, enable) {
      builder.write(new EventRecordingConfigOnFPGA(0), EventRecordingConfig.from({ enableEventRecording: enable }));
    },
    setNeuronReset(builder, reset) {
      // A NeuronReset write resets the neuron at once; releasing needs no write.
      if (!reset) return;
      const container = NeuronReset.create();
      for (const n of active) builder.write(new HalAtomicNeuronOnDLS(n).toNeuronResetOnDLS(), container);
    },
  };
}

/** MADCControl commands (upstream grenade's MADC generator sequence: arm, start, stop). */
export function madcControl(kind: 'arm' | 'start' | 'stop'): { coord: Coordinate; container: Container } {
  return {
    coord: new MADCControlOnDLS(0),
    container: MADCControl.from({
      wakeUp: kind === 'arm',
      startRecording: kind === 'start',
      stopRecording: kind === 'stop',
      enablePreAmplifier: true,
      enableContinuousSampling: true,
    }),
  };
}
