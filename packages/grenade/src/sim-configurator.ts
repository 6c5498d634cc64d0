/**
 * ADAPTER (clearly marked alternative to the default `createLolaChipConfigurator`): a `ChipConfigurator`
 * that writes grenade's chip configuration plan as haldls containers, leaf by leaf, through the simulator's
 * `RegisterImage` (whose LIF setter knows which registers the simulator's neuron model reads), and streams
 * the words as Omnibus writes into the program. It writes only the routing and neuron registers a network
 * needs (no full Chip), so it is a cross-check of the lola path and a fast path for simulator-only studies;
 * it does not program the readout chain (no MADC/CADC recordings) and ignores `previous` (it always writes
 * the whole plan).
 *
 * Without a calibrated base chip, neurons of the network's populations are configured as LIF neurons whose
 * parameters make one weight-63 excitatory event cause one spike while weight-0 synapses never do (the role
 * the upstream hardware tests give to neuron bypass mode). `request.baseChip` is ignored by this adapter.
 *
 * Usage: `useChipConfigurator(createSimRegisterConfigurator(), { analogSettleCycles: 30_000 })`.
 */
import {
  atomicToBackendEnum,
  BackgroundSpikeSource,
  BackgroundSpikeSourceOnDLS,
  CapMemCell,
  CapMemCellOnDLS,
  CommonPADIBusConfig,
  CommonPADIBusConfigOnDLS,
  CrossbarNode,
  CrossbarNodeOnDLS,
  EventRecordingConfig,
  EventRecordingConfigOnFPGA,
  NeuronReset,
  NeuronResetOnDLS,
  quadEntryColumn,
  quadEnum,
  SHARED_CAPMEM_CELLS,
  SynapseLabelQuad,
  SynapseLabelQuadOnDLS,
  SynapseWeightQuad,
  SynapseWeightQuadOnDLS,
  type EncodeSink,
} from '@bss2/haldls';
import { RegisterImage } from '@bss2/sim';
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

/**
 * The weight and label quads (4 synapses each) of one synapse array holding any non-zero synapse, one write
 * per quad. `weights`/`labels` are indexed row * 256 + column.
 */
function writeSynapses(img: RegisterImage, hemisphere: number, weights: ArrayLike<number>, labels: ArrayLike<number>): void {
  const w = [0, 0, 0, 0];
  const l = [0, 0, 0, 0];
  for (let row = 0; row < 256; row++) {
    for (let quad = 0; quad < 64; quad++) {
      let used = false;
      for (let entry = 0; entry < 4; entry++) {
        const i = row * 256 + quadEntryColumn(quad, entry);
        w[entry] = weights[i]!;
        l[entry] = labels[i]!;
        used ||= w[entry] !== 0 || l[entry] !== 0;
      }
      if (!used) continue;
      const e = quadEnum(hemisphere, row, quad);
      img.writeContainer(new SynapseWeightQuad({ values: w }), SynapseWeightQuadOnDLS.fromEnum(e));
      img.writeContainer(new SynapseLabelQuad({ values: l }), SynapseLabelQuadOnDLS.fromEnum(e));
    }
  }
}

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
        plan.crossbarNodes.forEach((n, i) =>
          img.writeContainer(new CrossbarNode({ mask: n.mask, target: n.target, enableDropCounter: true }), CrossbarNodeOnDLS.fromEnum(i)),
        );
        // haldls writes a source's enable word last, so a generator never runs half-configured
        plan.backgroundSources.forEach((b, i) => img.writeContainer(new BackgroundSpikeSource(b), BackgroundSpikeSourceOnDLS.fromEnum(i)));
        for (const h of [0, 1]) {
          img.writeContainer(new CommonPADIBusConfig({ enableSpl1: plan.padiBusEnableSpl1.slice(h * 4, h * 4 + 4) }), CommonPADIBusConfigOnDLS.fromEnum(h));
        }
        plan.synapseDrivers.forEach((d, i) => {
          if (!d.enableReceiver) return;
          img.setSynapseDriver(i, {
            enableReceiver: true,
            enableAddressOut: d.enableAddressOut,
            rowAddressCompareMask: d.rowAddressCompareMask,
            rowModeTop: d.rowModeTop,
            rowModeBottom: d.rowModeBottom,
          });
        });
        for (const h of [0, 1]) {
          writeSynapses(img, h, plan.synapseWeights[h]!, plan.synapseLabels[h]!);
          img.connectColumns(h);
        }
        const [column, row] = SHARED_CAPMEM_CELLS.syn_i_bias_dac;
        for (let block = 0; block < 4; block++) {
          img.writeContainer(new CapMemCell({ value: neuronSetup.synapseBias }), CapMemCellOnDLS.from({ block, column, row }));
        }
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
      new EventRecordingConfig({ enableEventRecording: enable }).encode(new EventRecordingConfigOnFPGA(), builder);
    },
    setNeuronReset(builder, reset) {
      // The reset trigger resets immediately; releasing needs no write.
      if (reset) for (const n of active) new NeuronReset().encode(NeuronResetOnDLS.fromEnum(atomicToBackendEnum(n)), builder);
    },
  };
}
