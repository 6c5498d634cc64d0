/**
 * Synapse drivers and synapse array at work: a PADI-bus event selects drivers (row-select address under the
 * driver's compare mask), each enabled row passes the event to the synapses whose 6-bit label equals the
 * event address, and each such synapse adds weight x efficacy to the excitatory or inhibitory input of its
 * column's neuron. Short-term plasticity modulates the driver's efficacy (pulse width).
 */
import { NEURONS } from './layout.js';
import type { NeuronParameters } from './neuron-params.js';
import type { RoutingState } from './routing-state.js';

/** Where delivered synaptic charge goes: per-neuron accumulators of the current integration step. */
export interface SynapticInputs {
  readonly pendJe: Float64Array;
  readonly pendJi: Float64Array;
  readonly pendV: Float64Array;
  readonly pendFlag: Uint8Array;
}

export class SynapseDelivery {
  /** Effective per-neuron gains: zero where the column switch or the neuron's input is off. */
  private readonly effExc = new Float64Array(NEURONS);
  private readonly effInh = new Float64Array(NEURONS);
  private gainVersion = -1;
  /** Per-synapse weight gain deviations (fixed-pattern noise), null when ideal. */
  private weightGain: Float32Array | null = null;
  private readonly stpState = new Float64Array(256).fill(1);
  private readonly stpLast = new Float64Array(256);

  constructor(
    private readonly routing: RoutingState,
    private readonly step: number,
  ) {}

  setWeightGains(gains: Float32Array): void {
    this.weightGain = gains;
  }

  reset(): void {
    this.stpState.fill(1);
    this.stpLast.fill(0);
    this.gainVersion = -1;
  }

  /** Re-derives the effective gains when parameters or column switches changed. */
  refreshGains(p: NeuronParameters): void {
    const r = this.routing;
    if (p.version === this.gainVersion && !r.switchesChanged) return;
    for (let n = 0; n < NEURONS; n++) {
      this.effExc[n] = r.columnExc[n] && p.excEnabled[n] ? p.gainExc[n]! : 0;
      this.effInh[n] = r.columnInh[n] && p.inhEnabled[n] ? p.gainInh[n]! : 0;
    }
    r.switchesChanged = false;
    this.gainVersion = p.version;
  }

  /**
   * Delivers one PADI-bus event (bus 0..7, 11-bit PADI label) at `time`, `remaining` cycles before the
   * current step ends, into `inputs` using the exact propagator tables of `p`. Returns the synaptic events.
   */
  deliver(bus: number, padiLabel: number, remaining: number, time: number, inputs: SynapticInputs & { readonly params: NeuronParameters }): number {
    const r = this.routing;
    const p = inputs.params;
    const h = bus >> 2;
    const b = bus & 3;
    const rowSel = padiLabel >> 6;
    const addr = padiLabel & 63;
    const ext = r.busDacenExtension[bus]!;
    const S = this.step + 1;
    const weight = r.weight;
    const labels = r.label;
    const effExc = this.effExc;
    const effInh = this.effInh;
    const { pendJe, pendJi, pendV, pendFlag } = inputs;
    const ae = p.ae;
    const ai = p.ai;
    const be = p.be;
    const bi = p.bi;
    const gains = this.weightGain;
    let events = 0;
    for (let pos = 0; pos < 32; pos++) {
      const drv = h * 128 + pos * 4 + b;
      if (!r.driverReceiver[drv] || ((rowSel ^ pos) & r.driverMask[drv]!) !== 0) continue;
      const hagen = r.driverHagen[drv]!;
      // hagen mode: the low five address bits set the pulse width, x = 32 - bits (grenade's MAC encoding),
      // and only the address MSB reaches the synapses (which hold label 0 there)
      const want = hagen ? 0 : r.driverAddressOut[drv] ? addr : addr & 0x20;
      const stp = r.driverStp[drv]! === 0 ? 1 : this.stpEfficacy(drv, time);
      const scale = (hagen ? Math.min(31, 32 - (addr & 31)) / 31 : 1) * (1 + ext / 4) * stp;
      for (let half = 0; half < 2; half++) {
        const mode = half === 0 ? r.driverBottom[drv]! : r.driverTop[drv]!;
        if (mode === 0) continue;
        const rowBase = h * 65536 + (2 * (pos * 4 + b) + half) * 256;
        const exc = (mode & 1) !== 0;
        const inh = (mode & 2) !== 0;
        for (let col = 0; col < 256; col++) {
          const raw = weight[rowBase + col]!;
          if (raw === 0 || labels[rowBase + col] !== want) continue;
          const wgt = gains === null ? raw : raw * gains[rowBase + col]!;
          const n = h * 256 + col;
          const k = n * S + remaining;
          if (exc) {
            const g = effExc[n]!;
            if (g !== 0) {
              const x = wgt * scale * g;
              pendJe[n]! += x * ae[k]!;
              pendV[n]! += x * be[k]!;
              pendFlag[n] = 1;
              events++;
            }
          }
          if (inh) {
            const g = effInh[n]!;
            if (g !== 0) {
              const x = -wgt * scale * g;
              pendJi[n]! += x * ai[k]!;
              pendV[n]! += x * bi[k]!;
              pendFlag[n] = 1;
              events++;
            }
          }
        }
      }
    }
    return events;
  }

  /**
   * Short-term plasticity per driver (Tsodyks-Markram, simplified; sim_model.md 2.5): a depressing driver
   * (target set 1) uses its availability a (starts at 1, a <- a(1 - U) per event, recovers to 1); a
   * facilitating driver (set 0) uses its utilisation u (starts at U, u <- u + U(1 - u), relaxes to U).
   * Returns the efficacy (pulse-width factor, <= 1) for an event at `t` and updates the state.
   */
  private stpEfficacy(drv: number, t: number): number {
    const r = this.routing;
    const U = r.driverStpU[drv]!;
    const decay = Math.exp(-Math.max(0, t - this.stpLast[drv]!) / r.driverStpTau[drv]!);
    this.stpLast[drv] = t;
    if (r.driverStp[drv] === 2) {
      const a = 1 - (1 - this.stpState[drv]!) * decay;
      this.stpState[drv] = a * (1 - U);
      return a;
    }
    const u0 = this.stpState[drv]! === 1 ? U : this.stpState[drv]!; // 1 marks the untouched initial state
    const u = U + (u0 - U) * decay;
    const next = u + U * (1 - u);
    this.stpState[drv] = next >= 1 ? 1 - 1e-12 : next;
    return u;
  }
}
