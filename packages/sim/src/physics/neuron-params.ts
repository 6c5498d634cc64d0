/**
 * Per-neuron parameters derived from register contents (CapMem cells, NeuronConfig, NeuronBackendConfig,
 * CommonNeuronBackendConfig), plus the exact-propagator tables the integrator uses.
 *
 * Recomputed lazily per neuron after `registerWritten` marks it dirty; never per step.
 */
import { CapMemCell, CommonNeuronBackendConfig, NEURON_READOUT_SOURCES, NeuronBackendConfig, NeuronConfig, atomicToBackendEnum } from '@bss2/haldls';
import type { RegisterView } from './interface.js';
import { NEURONS, NeuronCell, SharedCell, backendBlockOf, quadrantOf } from './layout.js';
import {
  capmemCellAddress,
  commonBackendAddresses,
  coords,
  neuronBackendAddresses,
  neuronCellAddresses,
  neuronConfigAddresses,
  readWords,
  wordDecoder,
} from './chip-registers.js';

/** CapMemCell value of a cell word, decoded once per word value (CapMem words are 10 bits wide). */
const decodeCapMemCell = wordDecoder(CapMemCell, 1024);
const capmemValue = (word: number): number => decodeCapMemCell(word).value;
import { Rng } from './rng.js';
import {
  CYCLES_PER_US,
  holdoffTicks,
  refractoryTickCycles,
  synapticGain,
  tauCouplingUs,
  tauMemUs,
  tauResetUs,
  tauSynUs,
  voltageCellToPotential,
} from './transfer.js';

/** Fixed-pattern noise magnitudes (sim_model.md 1.7, "uncalibrated" order). */
export const FPN = { potentialSigma: 5, tauRelSigma: 0.1, gainRelSigma: 0.1, synapseRelSigma: 0.05, cadcOffsetSigma: 2 } as const;
/** Trial-to-trial membrane noise: stationary std in CADC LSB (calix LeakBiasCalib target 1.2). */
export const TRIAL_NOISE_SIGMA = 1.2;

export class NeuronParameters {
  readonly step: number;
  readonly vLeak = new Float64Array(NEURONS);
  /** Asymptotic potential without input: v_leak plus the offset-current drive. */
  readonly vInf = new Float64Array(NEURONS);
  readonly vReset = new Float64Array(NEURONS);
  readonly vThreshold = new Float64Array(NEURONS);
  readonly tauMem = new Float64Array(NEURONS);
  readonly tauExc = new Float64Array(NEURONS);
  readonly tauInh = new Float64Array(NEURONS);
  readonly tauReset = new Float64Array(NEURONS);
  readonly gainExc = new Float64Array(NEURONS);
  readonly gainInh = new Float64Array(NEURONS);
  readonly canFire = new Uint8Array(NEURONS);
  readonly excEnabled = new Uint8Array(NEURONS);
  readonly inhEnabled = new Uint8Array(NEURONS);
  readonly pause = new Uint8Array(NEURONS);
  readonly spikeOut = new Uint8Array(NEURONS);
  readonly label = new Uint16Array(NEURONS);
  readonly clampCycles = new Float64Array(NEURONS);
  readonly refractoryCycles = new Float64Array(NEURONS);
  readonly readoutEnabled = new Uint8Array(NEURONS);
  readonly readoutSource = new Uint8Array(NEURONS);
  /** 1 if the neuron needs the nonlinear (AdEx / exponential) integrator. */
  readonly nonlinear = new Uint8Array(NEURONS);
  /** Number of neurons with `nonlinear` set (0 lets the integrator skip the per-neuron test). */
  nonlinearCount = 0;
  readonly tauCoupling = new Float64Array(NEURONS);
  readonly tauAdapt = new Float64Array(NEURONS);
  readonly adaptA = new Float64Array(NEURONS);
  readonly adaptB = new Float64Array(NEURONS);
  readonly adaptPulse = new Uint8Array(NEURONS);
  readonly vAdaptLeak = new Float64Array(NEURONS);
  readonly deltaT = new Float64Array(NEURONS);
  readonly vExp = new Float64Array(NEURONS);

  /**
   * Propagator tables over durations d = 0..step cycles, index n*(step+1)+d:
   * am = exp(-d/tau_m), ae/ai = exp(-d/tau_syn), be/bi = membrane response to a unit drive after d,
   * ar = exp(-d/tau_reset).
   */
  readonly am: Float64Array;
  readonly ae: Float64Array;
  readonly ai: Float64Array;
  readonly be: Float64Array;
  readonly bi: Float64Array;
  readonly ar: Float64Array;
  /** The full-step (d = step) entries of the tables above, packed per neuron as [am, ae, ai, be, bi] for locality. */
  readonly full = new Float64Array(NEURONS * 5);

  private readonly dirty = new Uint8Array(NEURONS).fill(1);
  private readonly dirtyList = new Int32Array(NEURONS);
  private dirtyCount = NEURONS;
  /** Fixed-pattern deviations per neuron (zero when FPN is off). */
  private readonly fpn = new Float64Array(NEURONS * 6);

  constructor(step: number, seed: number, fixedPatternNoise: boolean) {
    this.step = step;
    const n = NEURONS * (step + 1);
    this.am = new Float64Array(n);
    this.ae = new Float64Array(n);
    this.ai = new Float64Array(n);
    this.be = new Float64Array(n);
    this.bi = new Float64Array(n);
    this.ar = new Float64Array(n);
    for (let i = 0; i < NEURONS; i++) this.dirtyList[i] = i;
    if (fixedPatternNoise) {
      const rng = new Rng(seed, 101);
      for (let i = 0; i < NEURONS; i++) {
        this.fpn[i * 6] = FPN.potentialSigma * rng.gauss(); // v_leak
        this.fpn[i * 6 + 1] = FPN.potentialSigma * rng.gauss(); // v_reset
        this.fpn[i * 6 + 2] = FPN.potentialSigma * rng.gauss(); // v_threshold
        this.fpn[i * 6 + 3] = Math.exp(FPN.tauRelSigma * rng.gauss()); // tau_mem factor
        this.fpn[i * 6 + 4] = Math.exp(FPN.tauRelSigma * rng.gauss()); // tau_syn factor
        this.fpn[i * 6 + 5] = Math.exp(FPN.gainRelSigma * rng.gauss()); // synaptic gain factor
      }
    } else {
      for (let i = 0; i < NEURONS; i++) {
        this.fpn[i * 6 + 3] = 1;
        this.fpn[i * 6 + 4] = 1;
        this.fpn[i * 6 + 5] = 1;
      }
    }
  }

  markDirty(neuron: number): void {
    if (this.dirty[neuron]) return;
    this.dirty[neuron] = 1;
    this.dirtyList[this.dirtyCount++] = neuron;
  }
  markAllDirty(): void {
    for (let i = 0; i < NEURONS; i++) this.markDirty(i);
  }
  /** Marks the neurons whose parameters depend on a CapMem quadrant's shared cells. */
  markQuadrantDirty(quadrant: number): void {
    for (let i = 0; i < NEURONS; i++) if (quadrantOf(i) === quadrant) this.markDirty(i);
  }
  markBackendBlockDirty(block: number): void {
    for (let i = 0; i < NEURONS; i++) if (backendBlockOf(i) === block) this.markDirty(i);
  }
  get hasDirty(): boolean {
    return this.dirtyCount > 0;
  }

  private readonly dacBiasAddresses: number[] = [];
  /** CapMem cell syn_i_bias_dac of a quadrant's block. */
  private dacBiasAddress(q: number): number {
    return (this.dacBiasAddresses[q] ??= capmemCellAddress(q, 128, SharedCell.syn_i_bias_dac));
  }

  /** Incremented by every refresh that changed something (dependants compare it to re-derive). */
  version = 0;

  /** Re-derives every dirty neuron; returns the number refreshed. */
  refresh(regs: RegisterView): number {
    const n = this.dirtyCount;
    if (n > 0) this.version++;
    for (let k = 0; k < n; k++) {
      const i = this.dirtyList[k]!;
      this.derive(i, regs);
      this.dirty[i] = 0;
    }
    this.dirtyCount = 0;
    if (n > 0) {
      let c = 0;
      for (let i = 0; i < NEURONS; i++) c += this.nonlinear[i]!;
      this.nonlinearCount = c;
    }
    return n;
  }

  private derive(i: number, regs: RegisterView): void {
    // a cell's value 0..1022, or 1023 for "refresh disabled" (kept as 1023)
    const cells = neuronCellAddresses();
    const cell = (c: NeuronCell): number => capmemValue(regs.read(cells[i * 24 + c]!));
    const nc = NeuronConfig.decodeValues(coords.neuronConfig.get(i), readWords(regs, neuronConfigAddresses(), i * 6, 6));
    const be = NeuronBackendConfig.decodeValues(coords.neuronBackend.get(atomicToBackendEnum(i)), readWords(regs, neuronBackendAddresses(), i * 4, 4));
    const block = backendBlockOf(i);
    const common = CommonNeuronBackendConfig.decodeValues(coords.commonBackend.get(block), readWords(regs, commonBackendAddresses(), block * 2, 2));
    const q = quadrantOf(i);
    const dacBias = capmemValue(regs.read(this.dacBiasAddress(q)));
    const f = this.fpn;

    this.vLeak[i] = voltageCellToPotential(cell(NeuronCell.v_leak)) + f[i * 6]!;
    this.vReset[i] = voltageCellToPotential(cell(NeuronCell.v_reset)) + f[i * 6 + 1]!;
    this.vThreshold[i] = voltageCellToPotential(cell(NeuronCell.v_threshold)) + f[i * 6 + 2]!;
    const offset = nc.enableMembraneOffset ? (cell(NeuronCell.i_mem_offset) % 1023) / 10 : 0;
    this.vInf[i] = this.vLeak[i]! + (nc.invertMembraneOffset ? -offset : offset);
    this.tauMem[i] = tauMemUs(cell(NeuronCell.i_bias_leak), nc.membraneCapacitorSize, nc.enableLeakDivision, nc.enableLeakMultiplication) * f[i * 6 + 3]! * CYCLES_PER_US;
    this.tauExc[i] = tauSynUs(cell(NeuronCell.i_bias_synin_exc_tau), nc.enableSynapticInputExcitatorySmallCapacitance, nc.enableSynapticInputExcitatoryHighResistance) * f[i * 6 + 4]! * CYCLES_PER_US;
    this.tauInh[i] = tauSynUs(cell(NeuronCell.i_bias_synin_inh_tau), nc.enableSynapticInputInhibitorySmallCapacitance, nc.enableSynapticInputInhibitoryHighResistance) * f[i * 6 + 4]! * CYCLES_PER_US;
    this.tauReset[i] = tauResetUs(cell(NeuronCell.i_bias_reset), nc.enableResetDivision, nc.enableResetMultiplication) * CYCLES_PER_US;
    this.tauCoupling[i] = tauCouplingUs(nc.membraneCapacitorSize) * CYCLES_PER_US;
    this.gainExc[i] = synapticGain(dacBias, cell(NeuronCell.i_bias_synin_exc_gm)) * f[i * 6 + 5]!;
    this.gainInh[i] = synapticGain(dacBias, cell(NeuronCell.i_bias_synin_inh_gm)) * f[i * 6 + 5]!;
    this.canFire[i] = nc.enableThresholdComparator ? 1 : 0;
    this.excEnabled[i] = nc.enableSynapticInputExcitatory ? 1 : 0;
    this.inhEnabled[i] = nc.enableSynapticInputInhibitory ? 1 : 0;
    this.pause[i] = nc.enablePause ? 1 : 0;
    this.readoutEnabled[i] = nc.enableReadout ? 1 : 0;
    this.readoutSource[i] = NEURON_READOUT_SOURCES.indexOf(nc.readoutSource);
    this.spikeOut[i] = be.enableSpikeOut ? 1 : 0;
    // 14-bit neuron label: event output (column / 32) in bits 10..8, backend address_out in bits 7..0
    this.label[i] = (((i & 255) >> 5) << 8) | be.addressOut;
    const scale = be.selectInputClock === 1 ? common.clockScaleFast : common.clockScaleSlow;
    const tick = refractoryTickCycles(scale);
    const hold = holdoffTicks(be.resetHoldoff);
    this.refractoryCycles[i] = common.enableClocks ? Math.max(be.refractoryTime, hold) * tick : 0;
    this.clampCycles[i] = common.enableClocks ? Math.max(0, be.refractoryTime - hold) * tick : 0;

    const adapt = nc.enableAdaptation;
    const expo = nc.enableExponential && cell(NeuronCell.i_bias_exp) % 1023 > 0;
    this.nonlinear[i] = adapt || expo ? 1 : 0;
    const tauW = cell(NeuronCell.i_bias_adapt_tau) % 1023;
    this.tauAdapt[i] = adapt && tauW > 0 ? ((100 * 500) / tauW) * CYCLES_PER_US : Infinity;
    this.adaptA[i] = adapt ? (nc.invertAdaptationA ? -1 : 1) * 0.2 * ((cell(NeuronCell.i_bias_adapt_a) % 1023) / 500) : 0;
    this.adaptB[i] = adapt && be.enableAdaptationPulse ? (nc.invertAdaptationB ? -1 : 1) * 2 * ((cell(NeuronCell.i_bias_adapt_b) % 1023) / 500) : 0;
    this.vAdaptLeak[i] = voltageCellToPotential(cell(NeuronCell.v_adapt_leak));
    this.deltaT[i] = expo ? (cell(NeuronCell.i_bias_exp) % 1023) / 50 : 0;
    this.vExp[i] = voltageCellToPotential(cell(NeuronCell.v_exp));
    this.fillTables(i);
  }

  private fillTables(i: number): void {
    const s = this.step + 1;
    const tm = this.tauMem[i]!;
    const te = this.tauExc[i]!;
    const ti = this.tauInh[i]!;
    const tr = this.tauReset[i]!;
    const tc = this.tauCoupling[i]!;
    for (let d = 0; d < s; d++) {
      const k = i * s + d;
      const am = Number.isFinite(tm) ? Math.exp(-d / tm) : 1;
      const ae = Number.isFinite(te) ? Math.exp(-d / te) : 1;
      const ai = Number.isFinite(ti) ? Math.exp(-d / ti) : 1;
      this.am[k] = am;
      this.ae[k] = ae;
      this.ai[k] = ai;
      this.be[k] = response(d, tm, te, tc, am, ae);
      this.bi[k] = response(d, tm, ti, tc, am, ai);
      this.ar[k] = Number.isFinite(tr) ? Math.exp(-d / tr) : 1;
    }
    const k = i * s + this.step;
    this.full[i * 5] = this.am[k]!;
    this.full[i * 5 + 1] = this.ae[k]!;
    this.full[i * 5 + 2] = this.ai[k]!;
    this.full[i * 5 + 3] = this.be[k]!;
    this.full[i * 5 + 4] = this.bi[k]!;
  }
}

/**
 * Membrane displacement after d cycles caused by a unit drive J(0)=1 decaying with tau_s, for
 * dV/dt = -V/tau_m + J/tau_c (closed form; the tau_m = tau_s and infinite-tau limits handled explicitly).
 */
export function response(d: number, tm: number, ts: number, tc: number, am: number, as: number): number {
  if (d === 0) return 0;
  if (!Number.isFinite(ts)) return Number.isFinite(tm) ? (tm / tc) * (1 - am) : d / tc;
  if (!Number.isFinite(tm)) return (ts / tc) * (1 - as);
  if (Math.abs(ts - tm) < 1e-9 * tm) return (d / tc) * am;
  return ((tm * ts) / (tc * (ts - tm))) * (as - am);
}
