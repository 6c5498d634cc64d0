/**
 * Synapse drivers and synapse array at work: a PADI-bus event selects drivers (row-select address under the
 * driver's compare mask), each enabled row passes the event to the synapses whose 6-bit label equals the
 * event address, and each such synapse adds weight x efficacy to the excitatory or inhibitory input of its
 * column's neuron. Short-term plasticity modulates the driver's efficacy (pulse width).
 */
import { NEURONS } from './layout.js';
import type { NeuronParameters } from './neuron-params.js';
import type { RoutingState } from './routing-state.js';
import { rowKernelFactory, specialise, type RowKernel } from './kernels.js';

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
  /**
   * Label index of the synapse array, per row (hemisphere*256 + row): entries row*256 + labelStart[row*65 + l]
   * up to row*256 + labelStart[row*65 + l + 1] hold the columns with label l and non-zero weight, and their
   * weights (times the per-synapse gain when fixed-pattern noise is on). Rebuilt lazily per changed row.
   */
  private readonly entryCol = new Uint8Array(512 * 256);
  private readonly entryWeight = new Float64Array(512 * 256);
  private readonly labelStart = new Uint16Array(512 * 65);
  private readonly labelCounts = new Uint16Array(64);
  /** Driver positions matching each (bus, row select): matchPos[matchStart[bus*32 + sel] ..]. */
  private readonly matchStart = new Uint16Array(8 * 32 + 1);
  private readonly matchPos = new Uint8Array(8 * 32 * 32);
  private matchVersion = -1;

  private rowKernel: RowKernel = () => {
    throw new Error('SynapseDelivery.deliver before bind');
  };

  constructor(
    private readonly routing: RoutingState,
    private readonly step: number,
  ) {}

  /**
   * Binds the delivery to the model's per-step input accumulators and the parameter propagator tables
   * (`specialised`: compile a private copy of the row kernel, see kernels.ts).
   */
  bind(inputs: SynapticInputs, p: NeuronParameters, specialised: boolean): void {
    const args: Parameters<typeof rowKernelFactory> = [
      this.entryCol,
      this.entryWeight,
      this.effExc,
      this.effInh,
      p.ae,
      p.ai,
      p.be,
      p.bi,
      inputs.pendJe,
      inputs.pendJi,
      inputs.pendV,
      inputs.pendFlag,
      this.step + 1,
    ];
    this.rowKernel = specialise(rowKernelFactory, args, specialised);
  }

  setWeightGains(gains: Float32Array): void {
    this.weightGain = gains;
    this.routing.rowChanged.fill(1);
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
   * current step ends, into the bound synaptic inputs using the exact propagator tables of the bound
   * parameters (see `bind`). Returns the synaptic events.
   *
   * Each driver row is visited through its label index (`rowEntries`), so only the synapses whose label
   * matches and whose weight is non-zero are touched; within a row every neuron receives at most one
   * contribution and rows are visited in the original order, so the sums are bit-identical to a full scan.
   */
  deliver(bus: number, padiLabel: number, remaining: number, time: number): number {
    const r = this.routing;
    const h = bus >> 2;
    const b = bus & 3;
    const rowSel = padiLabel >> 6;
    const addr = padiLabel & 63;
    const ext = r.busDacenExtension[bus]!;
    const labelStart = this.labelStart;
    const rowChanged = r.rowChanged;
    const deliverRow = this.rowKernel;
    const nBase = h * 256;
    if (r.configVersion !== this.matchVersion) this.indexDriverMatches();
    const matches = this.matchPos;
    const m = bus * 32 + rowSel;
    const mEnd = this.matchStart[m + 1]!;
    let events = 0;
    for (let mi = this.matchStart[m]!; mi < mEnd; mi++) {
      const pos = matches[mi]!;
      const drv = h * 128 + pos * 4 + b;
      const hagen = r.driverHagen[drv]!;
      // hagen mode: the low five address bits set the pulse width, x = 32 - bits (grenade's MAC encoding),
      // and only the address MSB reaches the synapses (which hold label 0 there)
      const want = hagen ? 0 : r.driverAddressOut[drv] ? addr : addr & 0x20;
      const stp = r.driverStp[drv]! === 0 ? 1 : this.stpEfficacy(drv, time);
      const scale = (hagen ? Math.min(31, 32 - (addr & 31)) / 31 : 1) * (1 + ext / 4) * stp;
      for (let half = 0; half < 2; half++) {
        const mode = half === 0 ? r.driverBottom[drv]! : r.driverTop[drv]!;
        if (mode === 0) continue;
        const row = h * 256 + 2 * (pos * 4 + b) + half;
        if (rowChanged[row] === 1) this.indexRow(row);
        const ls = row * 65 + want;
        const begin = row * 256 + labelStart[ls]!;
        const end = row * 256 + labelStart[ls + 1]!;
        if (begin === end) continue;
        if ((mode & 1) !== 0) events += deliverRow(begin, end, nBase, remaining, scale, false);
        if ((mode & 2) !== 0) events += deliverRow(begin, end, nBase, remaining, scale, true);
      }
    }
    return events;
  }

  /**
   * For every bus and row-select address, the driver positions (ascending) whose receiver is on and whose
   * row select matches under their compare mask; rebuilt whenever the routing configuration was re-read.
   */
  private indexDriverMatches(): void {
    const r = this.routing;
    let k = 0;
    for (let bus = 0; bus < 8; bus++) {
      const h = bus >> 2;
      const b = bus & 3;
      for (let rowSel = 0; rowSel < 32; rowSel++) {
        this.matchStart[bus * 32 + rowSel] = k;
        for (let pos = 0; pos < 32; pos++) {
          const drv = h * 128 + pos * 4 + b;
          if (r.driverReceiver[drv] && ((rowSel ^ pos) & r.driverMask[drv]!) === 0) this.matchPos[k++] = pos;
        }
      }
    }
    this.matchStart[8 * 32] = k;
    this.matchVersion = r.configVersion;
  }

  /**
   * Rebuilds the label index of synapse row `row` (hemisphere*256 + row): its non-zero-weight synapses
   * grouped by label (counting sort, columns ascending), with the weight times its fixed-pattern gain.
   */
  private indexRow(row: number): void {
    const r = this.routing;
    const weight = r.weight;
    const labels = r.label;
    const gains = this.weightGain;
    const base = (row >> 8) * 65536 + (row & 255) * 256;
    const counts = this.labelCounts;
    counts.fill(0);
    for (let col = 0; col < 256; col++) if (weight[base + col] !== 0) counts[labels[base + col]!]!++;
    // prefix sums: labelStart holds each label's first entry, counts becomes the fill cursor
    const ls = row * 65;
    let sum = 0;
    for (let l = 0; l < 64; l++) {
      const c = counts[l]!;
      this.labelStart[ls + l] = sum;
      counts[l] = sum;
      sum += c;
    }
    this.labelStart[ls + 64] = sum;
    const eBase = row * 256;
    for (let col = 0; col < 256; col++) {
      const raw = weight[base + col]!;
      if (raw === 0) continue;
      const j = eBase + counts[labels[base + col]!]!++;
      this.entryCol[j] = col;
      this.entryWeight[j] = gains === null ? raw : raw * gains[base + col]!;
    }
    r.rowChanged[row] = 0;
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
