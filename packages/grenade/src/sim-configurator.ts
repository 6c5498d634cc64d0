/**
 * ADAPTER (clearly marked alternative to the default `createLolaChipConfigurator`): a `ChipConfigurator`
 * that encodes grenade's chip configuration plan with the simulator's published register layout
 * (`@bss2/sim` `RegisterImage` setters and `routingLayout` encoders, which follow the haldls word layouts
 * bit for bit) and streams the words as Omnibus writes into the program. It writes only the routing and
 * neuron registers a network needs (no full Chip), so it is a cross-check of the lola path and a fast
 * path for simulator-only studies; it does not program the readout chain (no MADC/CADC recordings) and
 * ignores `previous` (it always writes the whole plan).
 *
 * Without a calibrated base chip, neurons of the network's populations are configured as LIF neurons whose
 * parameters make one weight-63 excitatory event cause one spike while weight-0 synapses never do (the role
 * the upstream hardware tests give to neuron bypass mode). `request.baseChip` is ignored by this adapter.
 *
 * Usage: `useChipConfigurator(createSimRegisterConfigurator(), { analogSettleCycles: 30_000 })`.
 */
import { FpgaRegister, layout, RegisterImage, routingLayout as rl } from '@bss2/sim';
import type { EncodeSink } from '@bss2/haldls';
import type { RowMode } from './hardware.js';
import type { ChipConfigurator } from './stadls-backend.js';

/** LIF parameters (CADC-unit potentials, raw bias codes) of the adapter's neurons. */
export interface SimNeuronSetup {
  readonly vLeak: number;
  readonly vReset: number;
  readonly vThreshold: number;
  readonly refractoryTime: number;
  readonly tauCode: number;
  readonly gmCode: number;
  /** Synapse DAC bias (0..1023) of all four quadrants. */
  readonly synapseBias: number;
}

/** One weight-63 event -> one spike; weight 0 -> none (measured on the simulator's behavioural model). */
export const DEFAULT_SIM_NEURON: SimNeuronSetup = Object.freeze({
  vLeak: 80, vReset: 60, vThreshold: 90, refractoryTime: 255, tauCode: 1022, gmCode: 1000, synapseBias: 1022,
});

const rowMode = (m: RowMode): rl.RowMode => (m === 'excitatory' ? rl.RowMode.excitatory : m === 'inhibitory' ? rl.RowMode.inhibitory : rl.RowMode.disabled);

export function createSimRegisterConfigurator(neuronSetup: SimNeuronSetup = DEFAULT_SIM_NEURON): ChipConfigurator {
  let sink: EncodeSink | null = null;
  class CapturingImage extends RegisterImage {
    override write(address: number, value: number): void {
      super.write(address, value);
      sink?.omnibusWrite(address, value >>> 0);
    }
  }
  let active: number[] = [];
  return {
    name: 'sim-registers',
    writeConfig(builder, plan, request) {
      sink = builder;
      try {
        const img = new CapturingImage();
        plan.crossbarNodes.forEach((n, i) => img.setCrossbarNode(i, rl.encodeCrossbarNode(n.mask, n.target, true)));
        plan.backgroundSources.forEach((b, i) => {
          const words = rl.encodeBackgroundSource(b);
          // Enable word last, as haldls writes it, so a generator never runs half-configured.
          for (const w of [1, 2, 0]) img.write(rl.backgroundSourceAddress(i, w), words[w]!);
        });
        for (const h of [0, 1]) img.write(rl.commonPadiBusConfigAddress(h), rl.encodeCommonPadiBusConfig(plan.padiBusEnableSpl1.slice(h * 4, h * 4 + 4)));
        plan.synapseDrivers.forEach((d, i) => {
          if (!d.enableReceiver) return;
          img.setSynapseDriver(i, {
            enableReceiver: true,
            enableAddressOut: d.enableAddressOut,
            rowAddressCompareMask: d.rowAddressCompareMask,
            rowModeTop: rowMode(d.rowModeTop),
            rowModeBottom: rowMode(d.rowModeBottom),
          });
        });
        for (const h of [0, 1]) {
          const weights = plan.synapseWeights[h]!;
          const labels = plan.synapseLabels[h]!;
          for (let i = 0; i < weights.length; i++) if (weights[i] || labels[i]) img.setSynapse(h, i >> 8, i & 255, weights[i]!, labels[i]!);
          img.connectColumns(h);
        }
        for (let block = 0; block < 4; block++) img.setSharedCell(block, 128, layout.SharedCell.syn_i_bias_dac, neuronSetup.synapseBias);
        active = [];
        for (const population of request.instance.populations) if (population.kind === 'neurons') active.push(...population.placement);
        for (const n of active) {
          const neuron = plan.neurons[n]!;
          img.configureLif(n, {
            vLeak: neuronSetup.vLeak,
            vReset: neuronSetup.vReset,
            vThreshold: neuronSetup.vThreshold,
            refractoryTime: neuronSetup.refractoryTime,
            excTauCode: neuronSetup.tauCode,
            inhTauCode: neuronSetup.tauCode,
            gmCode: neuronSetup.gmCode,
            spikeOut: neuron.enableSpikeOut,
            addressOut: neuron.addressOut,
          });
        }
      } finally {
        sink = null;
      }
      return { state: null, analogChanged: true };
    },
    setEventRecording(builder, enable) {
      builder.omnibusWrite(FpgaRegister.eventRecording, enable ? 1 : 0);
    },
    setNeuronReset(builder, reset) {
      // The reset trigger resets immediately; releasing needs no write.
      if (reset) for (const n of active) builder.omnibusWrite(layout.neuronTriggerAddress('reset', n), 0);
    },
  };
}
