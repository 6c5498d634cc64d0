/**
 * The behavioural chip model: 512 LIF/AdEx neurons with exponential current synapses, the event routing
 * chain (crossbar -> PADI bus -> synapse driver -> synapse -> neuron, neuron -> crossbar -> FPGA/recurrent),
 * background spike sources, spike counters, CADC and MADC, all derived from register contents.
 *
 * Integration scheme (and its error):
 * - Time advances on a fixed grid of `step` FPGA cycles (default 12 cycles = 96 ns, Brian2's 0.1 us anchor
 *   grid). By default only whole grid steps are integrated: the state may run up to step-1 cycles ahead of
 *   the executor, and outputs later than the requested cycle are held until an `advance` reaches them, so the
 *   executor still receives every output in time order and never early. This is causal because every input
 *   path has a latency (PADI_LATENCY = 13 cycles) longer than a step: a spike injected at cycle c cannot act
 *   before c + 13, i.e. never inside the step already integrated. Register-driven changes (CapMem, neuron
 *   reset, CADC reads) therefore act on/see the state at the next grid point (<= 88 ns late, far below the
 *   CapMem settling and CADC conversion times). `exactSteps: true` lands exactly on every requested cycle
 *   with partial steps instead (one extra neuron pass per off-grid advance).
 * - Linear neurons (LIF, optional offset current) are integrated with the exact propagator of the linear
 *   system dV/dt = (V_inf - V)/tau_m + (J_e + J_i)/tau_c, dJ/dt = -J/tau_syn (tables exp(-d/tau) and the
 *   closed-form membrane response for every duration d = 0..step, recomputed only when registers change).
 *   Synaptic events enter at their exact cycle: an event d cycles before the step end contributes w*ae[d]
 *   to J and w*be[d] to V, so the subthreshold trajectory is exact at every grid point.
 * - Threshold crossings are detected at grid points and placed by linear interpolation inside the step,
 *   rounded up to the 8 ns cycle (the hardware's timestamp resolution). Error: below one cycle for smooth
 *   trajectories; a crossing that goes above and back below threshold within one step (< 64 ns) is missed.
 * - Reset: the membrane relaxes towards v_reset with the finite reset time constant during the clamp part of
 *   the refractory period, then evolves freely during the hold-off (no new spike accepted). Inputs arriving
 *   while a neuron is clamped charge its synaptic input only.
 * - Nonlinear neurons (adaptation or exponential term enabled) use a midpoint (RK2) step of one cycle (8 ns,
 *   << tau); local error O(dt^3/tau^3) ~ 1e-9 relative per step.
 * - Trial noise: an exact Ornstein-Uhlenbeck increment on V (stationary std TRIAL_NOISE_SIGMA) per step.
 * All randomness comes from seeded generators, so a program and a seed give bit-identical results.
 *
 * Implementation for speed (none of it changes a result: packages/sim/test/physics-speed.test.ts checks
 * outputs and state bit for bit against the model before these changes):
 * - The grid scheme above is kept on purpose: propagating exactly from event to event would skip idle grid
 *   points, but it changes where thresholds are tested (hence results), and in the anchor benchmark every
 *   neuron receives input in about 40 % of the 96 ns steps (each input reaches all 512 neurons), so there is
 *   little idle time to skip.
 * - Synaptic delivery visits, per PADI event, only the drivers whose row select matches (a per bus and
 *   row-select list rebuilt when the routing configuration is re-read) and, per driver row, only the synapses
 *   with the event's label and a non-zero weight (a per-row label index rebuilt lazily when a synapse word
 *   of that row is written). Rows are visited in the same order as a full scan, so every sum is identical.
 * - The two innermost loops (neuron update of a step, per-row delivery) are kernels in kernels.ts, compiled
 *   once per model instance so V8 treats the model's typed arrays as constants (2-3x on these loops).
 * - Configuration writes only mark what changed (one driver, the CADC channels, the common words); the
 *   next step re-reads just that instead of re-decoding all 256 drivers and 1024 CADC channels per write.
 * - Measured with bench/sim-physics.ts and bench/sim.ts (512 neurons, 131 072 random synapses, 256 Poisson
 *   inputs, 10 ms HW time, ~26 M synaptic events): see those scripts' output for wall and CPU time.
 *
 * Deliberate simplifications (documented model choices):
 * - CapMem writes act from the next step on; the real cells settle within the refresh cycle (calix waits
 *   20 ms), which sim_model.md 6.15 allows to differ.
 * - The CADC is ideal (code = potential + per-channel digital offset); the ramp offset/slope cells are not
 *   interpreted. Channels not connected to their neuron read 0 (correlation sensors are not modelled).
 *   In auto-calibrating reset mode a hardware read never returns; the interface cannot hang, so the model
 *   produces no value and the executor answers with the stored register contents.
 * - Not modelled: COBA synaptic inputs, multicompartment connections and bypass modes, leak/reset
 *   degeneration, the PPU. The MADC records neuron lines only (not debug/current-DAC sources).
 */
import type { ChipModel, ChipModelFactory, ChipModelOptions, PhysicsOutput, RegisterView } from './interface.js';
import { BackgroundSources } from './background.js';
import { EventQueue } from './event-queue.js';
import { OutputBuffer } from './output-buffer.js';
import { MADCControl, MADCControlOnDLS, NeuronConfigOnDLS, PADIEvent, PADIEventOnDLS, backendToAtomicEnum, quadEntryColumn, splitCapMemCellEnum } from '@bss2/haldls';
import { NEURONS } from './layout.js';
import {
  Followed,
  ReadOnly,
  cadcSampleOf,
  followedAt,
  followedCoordinate,
  followedKind,
  followedWord,
  cadcSampleWord,
  dropCounterWord,
  eventCounterWord,
  readOnlyAt,
  spikeCounterWord,
} from './chip-registers.js';
import { FPN, NeuronParameters, TRIAL_NOISE_SIGMA } from './neuron-params.js';
import { RoutingState } from './routing-state.js';
import { SynapseDelivery } from './synapse-delivery.js';
import { fullStepKernelFactory, partialStepKernelFactory, specialise, type StepKernel } from './kernels.js';
import { Rng } from './rng.js';
import { cadcCode } from './transfer.js';
import { MadcRecorder } from './madc.js';
import { checkInt, InvalidArgumentError } from '@bss2/fisch';

/** Crossbar -> PADI bus -> synapse latency in FPGA cycles (104 ns; sim_model.md 6.9: tens to hundreds of ns, jaxsnn corrects 80 ns). */
export const PADI_LATENCY = 13;
/** Default integration grid in FPGA cycles. */
export const DEFAULT_STEP = 12;

const EV_L2_INPUT = 0;
const EV_BUS = 1;

export interface BehaviouralChipModelOptions extends ChipModelOptions {
  /** Integration grid in FPGA cycles (1..PADI_LATENCY-1, default 12 = 96 ns). */
  readonly step?: number;
  /**
   * true: land the state exactly on every requested cycle with partial steps (state reads such as CADC
   * samples see the exact cycle; costs one extra neuron pass per off-grid `advance`). false (default):
   * integrate whole grid steps only and hold outputs later than the requested cycle until they are due.
   */
  readonly exactSteps?: boolean;
  /**
   * true (default): compile a private copy of the inner loops per model so V8 treats the model's arrays as
   * constants (kernels.ts; 2-3x faster). false: run the same loop code as shared closures. Both give
   * bit-identical results.
   */
  readonly specialiseKernels?: boolean;
}

/** Counters for diagnostics and benchmarks. */
export interface ChipModelStats {
  synapticEvents: number;
  busEvents: number;
  busCollisions: number;
  neuronSpikes: number;
}

export class BehaviouralChipModel implements ChipModel {
  readonly step: number;
  readonly params: NeuronParameters;
  readonly routing = new RoutingState();
  readonly stats: ChipModelStats = { synapticEvents: 0, busEvents: 0, busCollisions: 0, neuronSpikes: 0 };
  private readonly seed: number;
  private readonly trialNoise: boolean;
  private readonly noiseRng: Rng;
  /** Fixed-pattern deviations (null when ideal). */
  private readonly cadcFpn: Float64Array | null = null;

  /** Cycle up to which the state is integrated (a grid point, at most step-1 cycles past `released`). */
  private now = 0;
  /** Cycle up to which outputs were delivered: the executor's time as last seen by `advance`. */
  private released = 0;
  private readonly exactSteps: boolean;
  readonly v = new Float64Array(NEURONS);
  readonly je = new Float64Array(NEURONS);
  readonly ji = new Float64Array(NEURONS);
  readonly w = new Float64Array(NEURONS);
  private readonly clampEnd = new Float64Array(NEURONS);
  private readonly refEnd = new Float64Array(NEURONS);
  readonly pendV = new Float64Array(NEURONS);
  readonly pendJe = new Float64Array(NEURONS);
  readonly pendJi = new Float64Array(NEURONS);
  private busTime = 0;
  private readonly synapses: SynapseDelivery;
  /** 1 if the neuron received input during the current step (skips three loads on the hot path). */
  readonly pendFlag = new Uint8Array(NEURONS);
  private readonly spikeCount = new Uint16Array(NEURONS);
  private readonly queue = new EventQueue();
  private readonly lastBusTime = new Float64Array(8).fill(-1);
  private readonly dropCounters = new Uint32Array(20);
  private readonly eventCounters = new Uint32Array(12);

  private readonly background: BackgroundSources;
  private readonly routeFromSource = (input: number, label: number, t: number): void => this.routeCrossbar(input, label, t);
  private readonly out = new OutputBuffer();

  private readonly cadcBuffer = [new Uint8Array(512), new Uint8Array(512)] as const;

  private readonly madc = new MadcRecorder();
  /** Neuron updates of linear neurons without noise (kernels.ts), compiled per model instance unless specialiseKernels is false. */
  private readonly fullStepKernel: StepKernel;
  private readonly partialStepKernel: StepKernel;

  constructor(
    readonly registers: RegisterView,
    options: BehaviouralChipModelOptions,
  ) {
    this.seed = checkInt('options.seed', options.seed ?? 0, 0, 0xffff_ffff);
    this.step = checkInt('options.step', options.step ?? DEFAULT_STEP, 1, PADI_LATENCY - 1);
    this.synapses = new SynapseDelivery(this.routing, this.step);
    this.trialNoise = options.trialNoise ?? false;
    this.exactSteps = options.exactSteps ?? false;
    this.params = new NeuronParameters(this.step, this.seed, options.fixedPatternNoise ?? false);
    this.noiseRng = new Rng(this.seed, 7);
    if (options.fixedPatternNoise) {
      // per-synapse weight gain and per-CADC-channel offset deviations (sim_model.md 1.7 suggested model)
      const rng = new Rng(this.seed, 202);
      this.synapses.setWeightGains(Float32Array.from({ length: 2 * 65536 }, () => Math.exp(FPN.synapseRelSigma * rng.gauss())));
      this.cadcFpn = new Float64Array(1024);
      for (let k = 0; k < 1024; k++) this.cadcFpn[k] = FPN.cadcOffsetSigma * rng.gauss();
    }
    this.background = new BackgroundSources(this.seed);
    const specialised = options.specialiseKernels ?? true;
    this.synapses.bind(this, this.params, specialised);
    const p = this.params;
    const general = (i: number, t0: number, t1: number, d: number): boolean => this.integrateNeuron(i, t0, t1, d);
    const state = [this.v, this.je, this.ji, this.pendV, this.pendJe, this.pendJi, this.pendFlag, this.refEnd, p.vInf, p.vThreshold] as const;
    const fired = [this.firedList, this.firedVStart, this.firedSegStart] as const;
    this.fullStepKernel = specialise(fullStepKernelFactory, [...state, p.full, ...fired, general], specialised);
    this.partialStepKernel = specialise(partialStepKernelFactory, [...state, p.am, p.ae, p.ai, p.be, p.bi, this.step + 1, ...fired, general], specialised);
    this.reset();
  }

  /** Chip reset: analog state to rest, counters and buffers cleared, every cache re-read. */
  reset(): void {
    this.params.markAllDirty();
    this.params.refresh(this.registers);
    this.routing.loadAll(this.registers);
    for (let i = 0; i < NEURONS; i++) this.v[i] = this.params.vInf[i]!;
    this.je.fill(0);
    this.ji.fill(0);
    this.w.fill(0);
    this.clampEnd.fill(-Infinity);
    this.refEnd.fill(-Infinity);
    this.pendV.fill(0);
    this.pendJe.fill(0);
    this.pendJi.fill(0);
    this.pendFlag.fill(0);
    this.spikeCount.fill(0);
    this.queue.clear();
    this.out.clear();
    this.lastBusTime.fill(-1);
    this.dropCounters.fill(0);
    this.eventCounters.fill(0);
    this.background.reset();
    this.synapses.reset();
    this.cadcBuffer[0].fill(0);
    this.cadcBuffer[1].fill(0);
    this.madc.reset();
  }

  /**
   * A register write: the haldls container, coordinate and word it belongs to (`followedAt`, the inverse of
   * the containers' write addresses, equal to what `lookupRegister` answers) decide what the model marks
   * dirty or does (triggers).
   */
  registerWritten(address: number, value: number): void {
    const code = followedAt(address);
    if (code < 0) return;
    const kind = followedKind(code);
    const e = followedCoordinate(code);
    const word = followedWord(code);
    switch (kind) {
      case Followed.SynapseQuad:
      case Followed.SynapseWeightQuad:
      case Followed.SynapseLabelQuad:
      case Followed.ColumnCurrentQuad:
      case Followed.ColumnCorrelationQuad:
        return this.routing.applySynapseWrite(kind, e, word, value);
      case Followed.CapMemCell: {
        const cell = splitCapMemCellEnum(e);
        // columns 0..127 belong to one neuron of the block's quadrant; 128/129 are shared by all of them
        if (cell.column < 128) this.params.markDirty(NeuronConfigOnDLS.fromBlockLocal(cell.column, cell.block).toEnum());
        else this.params.markQuadrantDirty(cell.block);
        return;
      }
      case Followed.NeuronConfig:
        return this.params.markDirty(e); // NeuronConfigOnDLS enum = AtomicNeuronOnDLS enum
      case Followed.NeuronBackendConfig:
        return this.params.markDirty(backendToAtomicEnum(e));
      case Followed.CommonNeuronBackendConfig:
        // word 1 holds wait times of the digital backend, which the model does not follow
        if (word === 0) this.params.markBackendBlockDirty(e);
        return;
      case Followed.NeuronResetQuad:
        // NeuronResetQuadOnDLS enum = synram * 64 + quad column: resets the quad's four neurons
        for (let entry = 0; entry < 4; entry++) this.resetNeuron((e >> 6) * 256 + quadEntryColumn(e & 63, entry));
        return;
      case Followed.NeuronReset:
        return this.resetNeuron(backendToAtomicEnum(e));
      case Followed.SpikeCounterReset:
        this.spikeCount[backendToAtomicEnum(e)] = 0;
        return;
      case Followed.PADIEvent:
        return this.padiTrigger(e, PADIEvent.decodeValues(PADIEventOnDLS.fromEnum(e), [value]));
      case Followed.BackgroundSpikeSource:
        this.routing.backgroundDirty = true;
        return;
      case Followed.MADCControl:
        return this.madc.control(MADCControl.decodeValues(MADCControlOnDLS.fromEnum(e), [value]), this.released, this.registers, this.params);
      case Followed.CommonCorrelationConfig:
        // only the reset mode (word 3) matters to the model
        if (word === 3) this.routing.markConfigWritten(kind, e);
        return;
      default:
        // drivers, CADC channels and config, PADI bus, STP and crossbar words
        return this.routing.markConfigWritten(kind, e);
    }
  }

  /** Reads of the read-only registers the model produces (spike and crossbar counters, CADC samples). */
  readRegister(address: number, cycle: number): number | undefined {
    const reg = readOnlyAt(address);
    if (reg === undefined) return undefined;
    switch (reg.kind) {
      case ReadOnly.spikeCounter:
        return spikeCounterWord(this.spikeCount[backendToAtomicEnum(reg.coordinate)]!);
      case ReadOnly.dropCounter:
        return dropCounterWord(this.dropCounters[reg.coordinate]!);
      case ReadOnly.eventCounter:
        return eventCounterWord(this.eventCounters[reg.coordinate]!);
      case ReadOnly.cadcSample: {
        const s = cadcSampleOf(reg.coordinate);
        if (this.routing.configDirty) this.routing.refreshConfig(this.registers);
        if (this.routing.cadcAutoCalibrating[s.hemisphere]) return undefined; // hardware never answers; see report
        if (!s.buffered) this.convertCadc(s.hemisphere, cycle);
        const buf = this.cadcBuffer[s.hemisphere as 0 | 1];
        const off = s.acausal ? 256 : 0;
        const samples = [0, 0, 0, 0];
        for (let e = 0; e < 4; e++) samples[e] = buf[off + quadEntryColumn(s.quad, e)]!;
        return cadcSampleWord(samples);
      }
    }
  }

  injectSpike(label: number, cycle: number): void {
    checkInt('spike.label', label, 0, 0xffff);
    checkInt('spike.cycle', cycle, 0, Number.MAX_SAFE_INTEGER);
    const t = Math.max(cycle, this.released);
    if (t <= this.now) {
      // inside the step already integrated: route now; its bus events land after the step (latency > step)
      if (this.routing.configDirty) this.routing.refreshConfig(this.registers);
      this.routeCrossbar(8 + (label >>> 14), label & 0x3fff, t);
    } else {
      this.queue.push(t, EV_L2_INPUT * 0x10000 + label);
    }
  }

  advance(cycle: number, out: PhysicsOutput): void {
    if (!(cycle >= 0) || !Number.isFinite(cycle)) throw new InvalidArgumentError(`advance: cycle must be a finite non-negative number, got ${cycle}`);
    while (this.now < cycle) {
      const grid = (Math.floor(this.now / this.step) + 1) * this.step;
      this.stepTo(this.exactSteps ? Math.min(cycle, grid) : grid);
    }
    this.out.flushUpTo(out, cycle);
    if (cycle > this.released) this.released = cycle;
  }

  /** Current model time in FPGA cycles. */
  get cycle(): number {
    return this.now;
  }
  /** Spike counter of a neuron (count with the overflow state: >255 means overflow). */
  spikeCounter(neuron: number): number {
    return this.spikeCount[checkInt('neuron', neuron, 0, NEURONS - 1)]!;
  }

  // ---- one integration step (now, t1] --------------------------------------------------------------------

  private stepTo(t1: number): void {
    const t0 = this.now;
    const d = t1 - t0;
    const p = this.params;
    if (p.hasDirty) p.refresh(this.registers);
    if (this.routing.configDirty) this.routing.refreshConfig(this.registers);
    this.synapses.refreshGains(p);
    if (this.routing.backgroundDirty) {
      this.routing.refreshBackground(this.registers);
      this.background.update(this.routing.background, t0);
    }
    this.background.run(t1, this.routeFromSource);
    const q = this.queue;
    while (q.peekTime() <= t1) {
      const t = q.peekTime();
      const payload = q.pop();
      const kind = Math.floor(payload / 0x10000);
      const data = payload - kind * 0x10000;
      if (kind === EV_L2_INPUT) this.routeCrossbar(8 + (data >>> 14), data & 0x3fff, t);
      else {
        this.busTime = t;
        this.deliverBus(data >>> 11, data & 0x7ff, Math.max(0, Math.min(d, t1 - t)));
      }
    }
    const m = this.madc;
    const n0 = m.active ? m.neurons[0] : -1;
    const n1 = m.active ? m.neurons[1] : -1;
    const a0 = n0 >= 0 ? this.readoutValue(n0) : 0;
    const b0 = n1 >= 0 ? this.readoutValue(n1) : 0;
    this.integrate(t0, t1, d);
    this.now = t1;
    if (m.active) m.sample(t0, t1, a0, n0 >= 0 ? this.readoutValue(n0) : 0, b0, n1 >= 0 ? this.readoutValue(n1) : 0, this.out);
  }

  private integrate(t0: number, t1: number, d: number): void {
    const p = this.params;
    const kernel = this.trialNoise || p.nonlinearCount !== 0 ? null : d === this.step ? this.fullStepKernel : this.partialStepKernel;
    const nFired = kernel === null ? this.integrateGeneral(t0, t1, d) : kernel(t0, t1, d);
    const v = this.v;
    const refEnd = this.refEnd;
    const vThreshold = p.vThreshold;
    const fired = this.firedList;
    const S = this.step + 1;
    for (let k = 0; k < nFired; k++) {
      const i = fired[k]!;
      if (!p.canFire[i]) continue;
      const th = vThreshold[i]!;
      const segStart = this.firedSegStart[i]!;
      const vStart = this.firedVStart[i]!;
      const vi = v[i]!;
      let tc = vStart < th ? segStart + Math.ceil(((th - vStart) / (vi - vStart)) * (t1 - segStart)) : segStart + 1;
      if (tc < refEnd[i]!) tc = refEnd[i]!;
      if (tc > t1) tc = t1;
      this.fire(i, tc);
      const vr = p.vReset[i]!;
      v[i] = vr + (th - vr) * p.ar[i * S + (t1 - tc)]!;
    }
  }

  /** Every other step: partial steps, trial noise, nonlinear neurons. Returns the number of threshold candidates. */
  private integrateGeneral(t0: number, t1: number, d: number): number {
    const p = this.params;
    const v = this.v;
    const je = this.je;
    const ji = this.ji;
    const pendV = this.pendV;
    const pendJe = this.pendJe;
    const pendJi = this.pendJi;
    const refEnd = this.refEnd;
    const vInf = p.vInf;
    const vThreshold = p.vThreshold;
    const nonlinear = p.nonlinear;
    const noise = this.trialNoise;
    const full = p.full;
    const pendFlag = this.pendFlag;
    const fullStep = d === this.step;
    let nFired = 0;
    const fired = this.firedList;
    const count = v.length;
    const sigma = TRIAL_NOISE_SIGMA;
    for (let i = 0; i < count; i++) {
      if (nonlinear[i] === 1) {
        this.integrateNonlinear(i, t0, d);
        continue;
      }
      if (fullStep && t0 >= refEnd[i]!) {
        // hot path: a full step of free evolution, not refractory (refEnd >= clampEnd), packed propagators
        const f = i * 5;
        const vin = vInf[i]!;
        let e = je[i]!;
        let h = ji[i]!;
        const vOld = v[i]!;
        let vi = vin + (vOld - vin) * full[f]! + e * full[f + 3]! + h * full[f + 4]!;
        e *= full[f + 1]!;
        h *= full[f + 2]!;
        if (pendFlag[i] === 1) {
          pendFlag[i] = 0;
          e += pendJe[i]!;
          h += pendJi[i]!;
          vi += pendV[i]!;
          pendJe[i] = 0;
          pendJi[i] = 0;
          pendV[i] = 0;
        }
        if (noise) {
          const a = full[f]!;
          vi += sigma * Math.sqrt(1 - a * a) * this.noiseRng.gauss();
        }
        je[i] = e;
        ji[i] = h;
        v[i] = vi;
        if (vi >= vThreshold[i]!) {
          fired[nFired++] = i;
          this.firedVStart[i] = vOld;
          this.firedSegStart[i] = t0;
        }
        continue;
      }
      if (this.integrateNeuron(i, t0, t1, d)) fired[nFired++] = i;
    }
    return nFired;
  }

  /**
   * One linear neuron over (t0, t1] in any state (partial step, clamped, hold-off, with noise). Returns true
   * if it is a threshold candidate (its segment start and potential are then in firedSegStart/firedVStart).
   */
  private integrateNeuron(i: number, t0: number, t1: number, d: number): boolean {
    const p = this.params;
    const v = this.v;
    const ce = this.clampEnd[i]!;
    const k = i * (this.step + 1) + d;
    let vi: number;
    let e = this.je[i]!;
    let h = this.ji[i]!;
    if (t0 >= ce) {
      // free evolution over a partial step, or a full step during the hold-off
      const vin = p.vInf[i]!;
      vi = vin + (v[i]! - vin) * p.am[k]! + e * p.be[k]! + h * p.bi[k]!;
      e *= p.ae[k]!;
      h *= p.ai[k]!;
    } else {
      vi = this.clampedStep(i, t0, t1, d);
      e = this.je[i]!;
      h = this.ji[i]!;
    }
    if (this.pendFlag[i] === 1) {
      this.pendFlag[i] = 0;
      e += this.pendJe[i]!;
      h += this.pendJi[i]!;
      if (t1 > ce) vi += this.pendV[i]!;
      this.pendJe[i] = 0;
      this.pendJi[i] = 0;
      this.pendV[i] = 0;
    }
    if (this.trialNoise && t1 > ce) {
      const a = p.am[k]!;
      vi += TRIAL_NOISE_SIGMA * Math.sqrt(1 - a * a) * this.noiseRng.gauss();
    }
    this.je[i] = e;
    this.ji[i] = h;
    const vOld = v[i]!;
    v[i] = vi;
    if (vi >= p.vThreshold[i]! && t1 >= this.refEnd[i]! && t1 > ce) {
      this.firedVStart[i] = t0 >= ce ? vOld : this.segV;
      this.firedSegStart[i] = t0 >= ce ? t0 : ce;
      return true;
    }
    return false;
  }

  /** A step in which neuron i is clamped to reset for all or part of the time; updates je/ji, returns V. */
  private clampedStep(i: number, t0: number, t1: number, d: number): number {
    const p = this.params;
    const base = i * (this.step + 1);
    const ce = this.clampEnd[i]!;
    const vr = p.vReset[i]!;
    let vi = this.v[i]!;
    let e = this.je[i]!;
    let h = this.ji[i]!;
    if (t1 <= ce) {
      vi = vr + (vi - vr) * p.ar[base + d]!;
      e *= p.ae[base + d]!;
      h *= p.ai[base + d]!;
    } else {
      const d1 = ce - t0;
      const d2 = t1 - ce;
      vi = vr + (vi - vr) * p.ar[base + d1]!;
      e *= p.ae[base + d1]!;
      h *= p.ai[base + d1]!;
      this.segV = vi;
      const vin = p.vInf[i]!;
      vi = vin + (vi - vin) * p.am[base + d2]! + e * p.be[base + d2]! + h * p.bi[base + d2]!;
      e *= p.ae[base + d2]!;
      h *= p.ai[base + d2]!;
    }
    this.je[i] = e;
    this.ji[i] = h;
    return vi;
  }
  private segV = 0;
  private readonly firedList = new Int32Array(NEURONS);
  private readonly firedVStart = new Float64Array(NEURONS);
  private readonly firedSegStart = new Float64Array(NEURONS);

  /** Midpoint (RK2) integration with 1-cycle steps for neurons with adaptation / exponential term. */
  private integrateNonlinear(i: number, t0: number, d: number): void {
    const p = this.params;
    const S = this.step + 1;
    const base = i * S;
    const tm = p.tauMem[i]!;
    const inv = Number.isFinite(tm) ? 1 / tm : 0;
    const tc = 1 / p.tauCoupling[i]!;
    const vin = p.vInf[i]!;
    const dT = p.deltaT[i]!;
    const vT = p.vExp[i]!;
    const tw = p.tauAdapt[i]!;
    const invW = Number.isFinite(tw) ? 1 / tw : 0;
    const a = p.adaptA[i]!;
    const vAL = p.vAdaptLeak[i]!;
    const ae1 = p.ae[base + 1]!;
    const ai1 = p.ai[base + 1]!;
    const ar1 = p.ar[base + 1]!;
    const vr = p.vReset[i]!;
    const th = p.vThreshold[i]!;
    let vi = this.v[i]!;
    let e = this.je[i]!;
    let h = this.ji[i]!;
    let wi = this.w[i]!;
    const rhs = (x: number, drive: number): number => {
      let f = (vin - x) * inv + drive * tc - wi * inv;
      if (dT > 0) f += dT * Math.exp(Math.min(20, (x - vT) / dT)) * inv;
      return f;
    };
    for (let c = 1; c <= d; c++) {
      const t = t0 + c;
      if (t <= this.clampEnd[i]!) {
        vi = vr + (vi - vr) * ar1;
      } else {
        const drive = e + h;
        const k1 = rhs(vi, drive);
        const mid = rhs(vi + 0.5 * k1, e * Math.sqrt(ae1) + h * Math.sqrt(ai1));
        vi += mid;
        if (this.trialNoise) vi += TRIAL_NOISE_SIGMA * Math.sqrt(2 * inv) * this.noiseRng.gauss();
      }
      wi += (a * (vi - vAL) - wi) * invW;
      e *= ae1;
      h *= ai1;
      if (vi >= th && p.canFire[i] && t >= this.refEnd[i]!) {
        this.fire(i, t);
        wi += p.adaptB[i]!;
        vi = th;
      }
    }
    this.je[i] = e + this.pendJe[i]!;
    this.ji[i] = h + this.pendJi[i]!;
    this.v[i] = vi + (t0 + d > this.clampEnd[i]! ? this.pendV[i]! : 0);
    this.w[i] = wi;
    this.pendJe[i] = 0;
    this.pendJi[i] = 0;
    this.pendV[i] = 0;
    this.pendFlag[i] = 0;
  }

  private fire(i: number, tc: number): void {
    const p = this.params;
    this.clampEnd[i] = tc + p.clampCycles[i]!;
    this.refEnd[i] = tc + p.refractoryCycles[i]!;
    if (this.spikeCount[i]! <= 255) this.spikeCount[i]!++;
    this.stats.neuronSpikes++;
    if (p.spikeOut[i]) this.routeCrossbar((i & 255) >> 5, p.label[i]!, tc);
  }

  private resetNeuron(i: number): void {
    this.v[i] = this.params.vReset[i]!;
    this.clampEnd[i] = this.now;
    this.refEnd[i] = this.now;
  }

  // ---- routing ---------------------------------------------------------------------------------------------

  /** Crossbar input `input` receives `label` (14 bit) at `t`. */
  private routeCrossbar(input: number, label: number, t: number): void {
    const r = this.routing;
    const nodes = r.nodesOfInput[input]!;
    for (let k = 0; k < nodes.length; k++) {
      const n = nodes[k]!;
      if ((label & r.nodeMask[n]!) !== r.nodeTarget[n]) {
        if (r.nodeDropCounter[n]) this.dropCounters[input]!++;
        continue;
      }
      const o = r.nodeOutput[n]!;
      if (r.outputCounterEnable[o]) this.eventCounters[o] = (this.eventCounters[o]! + 1) & 0xff_ffff;
      if (o >= 8) {
        this.out.spike(((o - 8) << 14) | label, t);
      } else if (r.busSpl1[o]) {
        this.scheduleBus(o, label & 0x7ff, t + PADI_LATENCY);
      }
    }
  }

  /** Puts an event on PADI bus `bus`; events closer than one cycle (8 ns) are delayed to keep the spacing. */
  private scheduleBus(bus: number, padiLabel: number, t: number): void {
    let time = t;
    if (time <= this.lastBusTime[bus]!) {
      time = this.lastBusTime[bus]! + 1;
      this.stats.busCollisions++;
    }
    this.lastBusTime[bus] = time;
    this.queue.push(time, EV_BUS * 0x10000 + bus * 0x800 + padiLabel);
  }

  /** A PADIEvent write: the event (row select, address) goes onto the selected buses of the hemisphere. */
  private padiTrigger(hemisphere: number, ev: { fireBus: readonly boolean[]; eventAddress: number; rowSelectAddress: number }): void {
    for (let b = 0; b < 4; b++) {
      if (ev.fireBus[b]) this.scheduleBus(hemisphere * 4 + b, (ev.rowSelectAddress << 6) | ev.eventAddress, this.released + PADI_LATENCY);
    }
  }

  /** A PADI-bus event reaches the synapse drivers `remaining` cycles before the current step ends. */
  private deliverBus(bus: number, padiLabel: number, remaining: number): void {
    this.stats.busEvents++;
    this.stats.synapticEvents += this.synapses.deliver(bus, padiLabel, remaining, this.busTime);
  }

  // ---- readout ----------------------------------------------------------------------------------------------

  private convertCadc(h: number, _cycle: number): void {
    const r = this.routing;
    const buf = this.cadcBuffer[h as 0 | 1];
    for (let col = 0; col < 256; col++) {
      const ci = h * 256 + col;
      const vm = this.v[ci]!;
      const fc = this.cadcFpn === null ? 0 : this.cadcFpn[h * 512 + col]!;
      const fa = this.cadcFpn === null ? 0 : this.cadcFpn[h * 512 + 256 + col]!;
      buf[col] = r.cadcEnable[h] && r.cadcCausal[ci] ? cadcCode(vm + fc, r.cadcOffsetCausal[ci]!) : 0;
      buf[256 + col] = r.cadcEnable[h] && r.cadcAcausal[ci] ? cadcCode(vm + fa, r.cadcOffsetAcausal[ci]!) : 0;
    }
  }

  /** The analog value the readout chain sees for neuron i (per its readout_source), in CADC LSB. */
  private readoutValue(i: number): number {
    switch (this.params.readoutSource[i]) {
      case 1:
        return this.params.vLeak[i]! + this.je[i]!;
      case 2:
        return this.params.vLeak[i]! + this.ji[i]!;
      case 3:
        return this.params.vLeak[i]! + this.w[i]!;
      default:
        return this.v[i]!;
    }
  }


}

export const createChipModel: ChipModelFactory = (registers, options) => new BehaviouralChipModel(registers, options);
