/**
 * A stand-alone chip register image implementing `RegisterView`: what the executor's register file provides,
 * for driving the chip model directly (tests, benchmarks, model studies) without an FPGA program.
 * Reset values are the haldls default words of the blocks the model reads (haldls.md section 3).
 */
import { checkInt } from '@bss2/fisch';
import type { ChipModel, RegisterView } from './interface.js';
import { potentialToVoltageCell } from './transfer.js';
import {
  NeuronCell,
  capmemCellAddress,
  commonBackendAddress,
  encodeCommonBackend,
  encodeNeuronBackend,
  encodeNeuronConfig,
  neuronBackendAddress,
  neuronCellAddress,
  neuronConfigAddress,
  neuronTriggerAddress,
  permuteWeight,
  quadColumnOf,
  quadEntryOf,
  type CommonBackendBits,
  type NeuronBackendBits,
  type NeuronConfigBits,
} from './layout.js';
import {
  CROSSBAR_NODE_BASE,
  MADC_CONFIG_ADDRESS,
  cadcChannelConfigAddress,
  cadcConfigAddress,
  commonCorrelationConfigAddress,
  encodeCadcConnectWord,
  encodeColumnCurrentWord,
  encodeSynapseDriver,
  synapseViewAddress,
  synapseDriverAddress,
  type SynapseDriverBits,
} from './layout-routing.js';

function resetValue(address: number): number {
  const nb = address >= 0x001a_1000 && address < 0x001a_1400 ? address - 0x001a_1000 : address >= 0x001a_9000 && address < 0x001a_9400 ? address - 0x001a_9000 : -1;
  if (nb >= 0) return [0xff, 0xff, 0xbc, 0x00][nb & 3]!;
  if (address === 0x001a_1800 || address === 0x001a_9800) return 0x0000_f005;
  if (address === 0x001a_1801 || address === 0x001a_9801) return 0x0470_0401;
  const drv = address >= 0x0011_0400 && address < 0x0011_0600 ? address - 0x0011_0400 : address >= 0x0011_8400 && address < 0x0011_8600 ? address - 0x0011_8400 : -1;
  if (drv >= 0) return [0x3e00, 0x3f00, 0x40, 0][drv & 3]!;
  const top = address >>> 24;
  if (top === 2 || top === 3) {
    const inner = address & 0xff_ffff;
    if ((inner >= 0x40_0000 && inner < 0x40_0100) || (inner >= 0x40_0800 && inner < 0x40_0900)) return 0x80;
    if (inner === 0x40_1000) return 0x14640;
    if (inner >= 0x20_0000 && inner < 0x20_0004) return [1, 200, 5, 0][inner & 3]!;
  }
  if (address >= MADC_CONFIG_ADDRESS && address < MADC_CONFIG_ADDRESS + 10) {
    return [0x3500, 0xc060, 0, 0, 0x103, 0x1c9, 0x1, 0xf9, 0, 0x51][address - MADC_CONFIG_ADDRESS]!;
  }
  return 0;
}

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

  writeAll(addresses: readonly number[], values: readonly number[]): void {
    for (let i = 0; i < addresses.length; i++) this.write(addresses[i]!, values[i]!);
  }

  // ---- convenience setters (encode exactly like the haldls containers) -------------------------------------

  setNeuronCell(neuron: number, cell: NeuronCell, code: number): void {
    this.write(neuronCellAddress(neuron, cell), checkInt(`capmem.${NeuronCell[cell]}`, code, 0, 1023));
  }
  setSharedCell(block: number, column: 128 | 129, row: number, code: number): void {
    this.write(capmemCellAddress(block, column, row), checkInt('capmem.shared', code, 0, 1023));
  }
  setNeuronConfig(neuron: number, config: Partial<NeuronConfigBits>): void {
    encodeNeuronConfig(config).forEach((v, w) => this.write(neuronConfigAddress(neuron, w), v));
  }
  setNeuronBackend(neuron: number, config: Partial<NeuronBackendBits>): void {
    encodeNeuronBackend(config).forEach((v, w) => this.write(neuronBackendAddress(neuron, w), v));
  }
  setCommonBackend(block: number, config: Partial<CommonBackendBits>): void {
    this.write(commonBackendAddress(block), encodeCommonBackend(config));
  }
  setSynapseDriver(driver: number, config: Partial<SynapseDriverBits>): void {
    encodeSynapseDriver(config).forEach((v, w) => this.write(synapseDriverAddress(driver, w), v));
  }
  setCrossbarNode(node: number, word: number): void {
    this.write(CROSSBAR_NODE_BASE + checkInt('crossbarNode', node, 0, 75), word);
  }
  setCadc(hemisphere: number, enable: boolean): void {
    this.write(cadcConfigAddress(hemisphere), (this.read(cadcConfigAddress(hemisphere)) & ~1) | (enable ? 1 : 0));
  }
  setCadcOffset(hemisphere: number, column: number, acausal: boolean, offset: number): void {
    this.write(cadcChannelConfigAddress(hemisphere, column, acausal), checkInt('cadc.offset', offset, -128, 127) + 128);
  }
  setCadcAutoCalibrating(hemisphere: number, on: boolean): void {
    this.write(commonCorrelationConfigAddress(hemisphere, 3), on ? 1 : 0);
  }
  /** Sets one synapse (weight 0..63, label 0..63) through the weight and label views (read-modify-write). */
  setSynapse(hemisphere: number, row: number, column: number, weight: number, label: number): void {
    checkInt('synapse.weight', weight, 0, 63);
    checkInt('synapse.label', label, 0, 63);
    const q = quadColumnOf(checkInt('synapse.column', column, 0, 255));
    const shift = 8 * (3 - quadEntryOf(column));
    const wa = synapseViewAddress(hemisphere, 'weight', row, q);
    const la = synapseViewAddress(hemisphere, 'label', row, q);
    this.write(wa, ((this.read(wa) & ~(0xff << shift)) | (permuteWeight(weight) << shift)) >>> 0);
    this.write(la, ((this.read(la) & ~(0xff << shift)) | (label << shift)) >>> 0);
  }
  /** Closes (or opens) the excitatory and inhibitory column current switches and the CADC connections of all columns. */
  connectColumns(hemisphere: number, synapticCurrents = true, cadc = true): void {
    const all = [true, true, true, true];
    const none = [false, false, false, false];
    for (let q = 0; q < 64; q++) {
      this.write(synapseViewAddress(hemisphere, 'evenMsb', 256, q), encodeColumnCurrentWord(synapticCurrents ? all : none, synapticCurrents ? all : none));
      this.write(synapseViewAddress(hemisphere, 'weight', 256, q), encodeCadcConnectWord(cadc ? all : none));
      this.write(synapseViewAddress(hemisphere, 'label', 256, q), encodeCadcConnectWord(cadc ? all : none));
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
      excSmallCapacitance: true,
      inhSmallCapacitance: true,
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
