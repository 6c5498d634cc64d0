/**
 * A stand-alone chip register image implementing `RegisterView`: what the executor's register file provides,
 * for driving the chip model directly (tests, benchmarks, model studies) without an FPGA program.
 * Reset values are haldls' (`lookupRegister(address).reset`: the default words of the container writing the
 * address, 0 elsewhere); the setters encode with the haldls containers.
 */
import { checkInt } from '@bss2/fisch';
import {
  CADCChannelConfig,
  CADCConfig,
  ColumnCorrelationQuad,
  ColumnCurrentQuad,
  CommonCorrelationConfig,
  CommonNeuronBackendConfig,
  NeuronBackendConfig,
  NeuronConfig,
  SynapseDriverConfig,
  SynapseLabelQuad,
  SynapseWeightQuad,
  atomicToBackendEnum,
  columnEntry,
  columnQuad,
  lookupRegister,
  quadEnum,
  type Container,
  type Coordinate,
  type EncodeSink,
} from '@bss2/haldls';
import type { ChipModel, RegisterView } from './interface.js';
import { potentialToVoltageCell } from './transfer.js';
import { NeuronCell, neuronTriggerAddress } from './layout.js';
import {
  cadcChannelAddresses,
  capmemCellAddress,
  coords,
  neuronCellAddresses,
} from './chip-registers.js';

type Values<T> = T extends { values(): infer V } ? Partial<V> : never;
export type NeuronConfigValues = Values<NeuronConfig>;
export type NeuronBackendValues = Values<NeuronBackendConfig>;
export type CommonBackendValues = Values<CommonNeuronBackendConfig>;
export type SynapseDriverValues = Values<SynapseDriverConfig>;

/** Reset value of a word: the haldls default word of the container that writes it (0 elsewhere). */
function resetValue(address: number): number {
  let reset = resetValues.get(address);
  if (reset === undefined) resetValues.set(address, (reset = lookupRegister(address)?.reset ?? 0));
  return reset;
}
/** Reset values by address: lookupRegister builds a description object per call; images re-read words often. */
const resetValues = new Map<number, number>();

export interface LifSetup {
  /** Potentials in CADC LSB (converted with the model's voltage-cell transfer). */
  vLeak: number;
  vReset: number;
  vThreshold: number;
  leakCode?: number;
  resetCode?: number;
  excTauCode?: number;
  inhTauCode?: number;
  gmCode?: number;
  capSize?: number;
  /** Refractory counter value (clock from the backend block's slow clock scale). */
  refractoryTime?: number;
  spikeOut?: boolean;
  addressOut?: number;
  fire?: boolean;
  readout?: boolean;
}

export class RegisterImage implements RegisterView {
  private readonly words = new Map<number, number>();
  private model: ChipModel | undefined;

  /** Forwards every subsequent write to `model.registerWritten`, as the executor does. */
  attach(model: ChipModel): this {
    this.model = model;
    return this;
  }

  read(address: number): number {
    return this.words.get(address) ?? resetValue(address);
  }

  write(address: number, value: number): void {
    checkInt('address', address, 0, 0x7fff_ffff);
    checkInt('value', value, 0, 0xffff_ffff);
    this.words.set(address, value >>> 0);
    this.model?.registerWritten(address, value >>> 0);
  }

  /** Writes every word of a haldls container at `coord`, as `container.encode` emits them. */
  writeContainer(container: Container, coord: Coordinate): void {
    const sink: EncodeSink = {
      omnibusWrite: (address, value) => this.write(address, value),
      message: (msg) => {
        throw new TypeError(`RegisterImage holds Omnibus words only, got a ${msg.type} message`);
      },
    };
    container.encode(coord, sink);
  }

  /** Writes only word `word` of a haldls container at `coord` (the sequences this image's setters always wrote). */
  private writeWord(
    type: { encodeWords(c: never, coord: never): readonly number[]; writeAddresses(coord: never): readonly number[] },
    container: object,
    coord: Coordinate,
    word: number,
  ): void {
    this.write(type.writeAddresses(coord as never)[word]!, type.encodeWords(container as never, coord as never)[word]!);
  }

  // ---- convenience setters (the haldls containers encode the words) ---------------------------------------

  setNeuronCell(neuron: number, cell: NeuronCell, code: number): void {
    checkInt('neuron', neuron, 0, 511);
    this.write(neuronCellAddresses()[neuron * 24 + cell]!, checkInt(`capmem.row${cell}`, code, 0, 1023));
  }
  setSharedCell(block: number, column: 128 | 129, row: number, code: number): void {
    this.write(capmemCellAddress(block, column, row), checkInt('capmem.shared', code, 0, 1023));
  }
  setNeuronConfig(neuron: number, config: NeuronConfigValues): void {
    this.writeContainer(new NeuronConfig(config), coords.neuronConfig.get(checkInt('neuron', neuron, 0, 511)));
  }
  setNeuronBackend(neuron: number, config: NeuronBackendValues): void {
    this.writeContainer(new NeuronBackendConfig(config), coords.neuronBackend.get(atomicToBackendEnum(checkInt('neuron', neuron, 0, 511))));
  }
  /** Word 0 of the CommonNeuronBackendConfig (clocks), the other fields at their defaults. */
  setCommonBackend(block: number, config: CommonBackendValues): void {
    this.writeWord(CommonNeuronBackendConfig, new CommonNeuronBackendConfig(config), coords.commonBackend.get(checkInt('backendBlock', block, 0, 1)), 0);
  }
  setSynapseDriver(driver: number, config: SynapseDriverValues): void {
    this.writeContainer(new SynapseDriverConfig(config), coords.driver.get(checkInt('synapseDriver', driver, 0, 255)));
  }
  setCadc(hemisphere: number, enable: boolean): void {
    const coord = coords.cadcConfig.get(checkInt('cadc.hemisphere', hemisphere, 0, 1));
    const address = CADCConfig.writeAddresses(coord)[0]!;
    this.writeContainer(new CADCConfig({ ...CADCConfig.decodeValues(coord, [this.read(address)]), enable }), coord);
  }
  setCadcOffset(hemisphere: number, column: number, acausal: boolean, offset: number): void {
    checkInt('cadc.hemisphere', hemisphere, 0, 1);
    checkInt('cadc.column', column, 0, 255);
    const e = hemisphere * 512 + (acausal ? 256 : 0) + column;
    this.write(cadcChannelAddresses()[e]!, CADCChannelConfig.encodeWords(new CADCChannelConfig({ offset }), coords.cadcChannel.get(e))[0]!);
  }
  /** CommonCorrelationConfig reset mode (word 3 only, the other fields as currently stored). */
  setCadcAutoCalibrating(hemisphere: number, on: boolean): void {
    const coord = coords.correlation.get(checkInt('cadc.hemisphere', hemisphere, 0, 1));
    const current = CommonCorrelationConfig.decodeValues(coord, CommonCorrelationConfig.writeAddresses(coord).map((a) => this.read(a)));
    this.writeWord(CommonCorrelationConfig, new CommonCorrelationConfig({ ...current, resetMode: on ? 'auto_calibrating' : 'normal' }), coord, 3);
  }
  /** Sets one synapse (weight 0..63, label 0..63) through the weight and label views (read-modify-write). */
  setSynapse(hemisphere: number, row: number, column: number, weight: number, label: number): void {
    checkInt('synapse.weight', weight, 0, 63);
    checkInt('synapse.label', label, 0, 63);
    checkInt('synapse.hemisphere', hemisphere, 0, 1);
    checkInt('synapse.row', row, 0, 255);
    const e = quadEnum(hemisphere, row, columnQuad(checkInt('synapse.column', column, 0, 255)));
    const entry = columnEntry(column);
    const wc = coords.weightQuad.get(e);
    const lc = coords.labelQuad.get(e);
    const wa = SynapseWeightQuad.writeAddresses(wc)[0]!;
    const la = SynapseLabelQuad.writeAddresses(lc)[0]!;
    const weights = [...SynapseWeightQuad.decodeValues(wc, [this.read(wa)]).values];
    const labels = [...SynapseLabelQuad.decodeValues(lc, [this.read(la)]).values];
    weights[entry] = weight;
    labels[entry] = label;
    // the entries were range-checked above: encode the plain values without building validated containers
    this.write(wa, SynapseWeightQuad.encodeWords({ values: weights }, wc)[0]!);
    this.write(la, SynapseLabelQuad.encodeWords({ values: labels }, lc)[0]!);
  }
  /**
   * Closes (or opens) the excitatory and inhibitory column current switches (ColumnCurrentQuad word 0) and
   * the CADC connections (ColumnCorrelationQuad words 2 and 3) of all columns.
   */
  connectColumns(hemisphere: number, synapticCurrents = true, cadc = true): void {
    const four = (v: boolean): boolean[] => [v, v, v, v];
    const current = new ColumnCurrentQuad({ enableSynapticCurrentExcitatory: four(synapticCurrents), enableSynapticCurrentInhibitory: four(synapticCurrents) });
    const correlation = new ColumnCorrelationQuad({ enableCadcNeuronReadoutCausal: four(cadc), enableCadcNeuronReadoutAcausal: four(cadc) });
    checkInt('hemisphere', hemisphere, 0, 1);
    for (let q = 0; q < 64; q++) {
      this.writeWord(ColumnCurrentQuad, current, coords.columnCurrent.get(hemisphere * 64 + q), 0);
      this.writeWord(ColumnCorrelationQuad, correlation, coords.columnCorrelation.get(hemisphere * 64 + q), 2);
      this.writeWord(ColumnCorrelationQuad, correlation, coords.columnCorrelation.get(hemisphere * 64 + q), 3);
    }
  }
  /** Configures a LIF neuron from CADC-unit potentials and raw bias codes (the usual spiking setup). */
  configureLif(neuron: number, s: LifSetup): void {
    this.setNeuronCell(neuron, NeuronCell.v_leak, potentialToVoltageCell(s.vLeak));
    this.setNeuronCell(neuron, NeuronCell.v_reset, potentialToVoltageCell(s.vReset));
    this.setNeuronCell(neuron, NeuronCell.v_threshold, potentialToVoltageCell(s.vThreshold));
    this.setNeuronCell(neuron, NeuronCell.i_bias_leak, s.leakCode ?? 500);
    this.setNeuronCell(neuron, NeuronCell.i_bias_reset, s.resetCode ?? 1022);
    this.setNeuronCell(neuron, NeuronCell.i_bias_synin_exc_tau, s.excTauCode ?? 500);
    this.setNeuronCell(neuron, NeuronCell.i_bias_synin_inh_tau, s.inhTauCode ?? 500);
    this.setNeuronCell(neuron, NeuronCell.i_bias_synin_exc_gm, s.gmCode ?? 500);
    this.setNeuronCell(neuron, NeuronCell.i_bias_synin_inh_gm, s.gmCode ?? 500);
    this.setNeuronConfig(neuron, {
      membraneCapacitorSize: s.capSize ?? 63,
      enableThresholdComparator: s.fire ?? true,
      enableFire: s.fire ?? true,
      enableSynapticInputExcitatory: true,
      enableSynapticInputInhibitory: true,
      enableSynapticInputExcitatorySmallCapacitance: true,
      enableSynapticInputInhibitorySmallCapacitance: true,
      enableReadout: s.readout ?? false,
    });
    this.setNeuronBackend(neuron, {
      refractoryTime: s.refractoryTime ?? 100,
      resetHoldoff: 15,
      enableSpikeOut: s.spikeOut ?? true,
      addressOut: s.addressOut ?? (neuron & 255),
    });
  }
  resetNeuron(neuron: number): void {
    this.write(neuronTriggerAddress('reset', neuron), 0);
  }
}
