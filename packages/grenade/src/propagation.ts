/**
 * Label propagation through a routed configuration: crossbar node (mask/target) -> PADI bus -> synapse
 * driver (row-select compare under mask) -> synapse row (mode) -> synapse (label match). Shared by the
 * self-check and the behavioural model backend, so both judge the configuration by the same rules the
 * hardware applies.
 */
import {
  CROSSBAR_NODES,
  crossbarPasses,
  DRIVERS_PER_HEMISPHERE,
  driverForwards,
  rowSelectOfLabel,
  spikeLabel,
  synapseLabelOfLabel,
  type RowMode,
} from './hardware.js';
import type { InstanceRouting } from './routing/result.js';

export interface SynapseHit {
  /** Target atomic neuron (row * 256 + column). */
  readonly target: number;
  readonly mode: RowMode;
  readonly weight: number;
  readonly hemisphere: number;
  readonly row: number;
}

interface RowSynapse {
  readonly column: number;
  readonly weight: number;
}

export class LabelPropagator {
  private readonly rows = new Map<number, RowSynapse[]>(); // (hemisphere * 256 + row) * 64 + label
  private readonly drivers = new Map<number, { position: number; mask: number; modes: readonly [RowMode, RowMode]; local: number }[]>();
  private readonly nodesByInput: { node: number; output: number }[][] = Array.from({ length: 20 }, () => []);
  private readonly cache = new Map<number, { hits: SynapseHit[]; host: number[] }>();

  constructor(readonly routing: InstanceRouting) {
    for (const projection of routing.connections) {
      for (const synapses of projection) {
        for (const s of synapses) {
          const slot = (s.hemisphere * 256 + s.row) * 64 + s.label;
          const list = this.rows.get(slot) ?? [];
          list.push({ column: s.column, weight: s.weight });
          this.rows.set(slot, list);
        }
      }
    }
    for (const d of routing.synapseDrivers) {
      const h = Math.floor(d.driver / DRIVERS_PER_HEMISPHERE);
      const local = d.driver % DRIVERS_PER_HEMISPHERE;
      const bus = h * 4 + (local % 4);
      const list = this.drivers.get(bus) ?? [];
      list.push({ position: local >> 2, mask: d.mask, modes: d.rowModes, local });
      this.drivers.set(bus, list);
    }
    CROSSBAR_NODES.forEach(({ input, output }, node) => this.nodesByInput[input]!.push({ node, output }));
  }

  /**
   * Where an event with `label` entering crossbar input `input` arrives: synapse hits and the 16-bit labels
   * it produces on L2 outputs (towards the host). Memoised per (input, label).
   */
  propagate(input: number, label: number): { readonly hits: readonly SynapseHit[]; readonly host: readonly number[] } {
    const key = input * 0x10000 + (label & 0x3fff);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const hits: SynapseHit[] = [];
    const host: number[] = [];
    for (const { node, output } of this.nodesByInput[input]!) {
      if (!crossbarPasses(this.routing.crossbar[node]!, label)) continue;
      if (output >= 8) {
        host.push(spikeLabel(output - 8, label));
        continue;
      }
      const h = output >> 2;
      const rowSelect = rowSelectOfLabel(label);
      const synapseLabel = synapseLabelOfLabel(label);
      for (const driver of this.drivers.get(output) ?? []) {
        if (!driverForwards(driver.position, driver.mask, rowSelect)) continue;
        const rows: [number, RowMode][] = [[2 * driver.local + 1, driver.modes[0]], [2 * driver.local, driver.modes[1]]];
        for (const [row, mode] of rows) {
          for (const s of this.rows.get((h * 256 + row) * 64 + synapseLabel) ?? []) {
            hits.push({ target: h * 256 + s.column, mode, weight: s.weight, hemisphere: h, row });
          }
        }
      }
    }
    const result = { hits, host };
    this.cache.set(key, result);
    return result;
  }
}
