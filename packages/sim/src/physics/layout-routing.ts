/**
 * ADAPTER (see layout.ts for why): addresses and word layouts of the event-routing and readout blocks
 * (synapses, drivers, PADI, crossbar, background sources, CADC, MADC) per haldls.md sections 2-3.
 */
import { checkInt } from '@bss2/fisch';
import { permuteWeight } from './layout.js';

// ---- synapse array (PPU subtree views) -----------------------------------------------------------------

const SYNAPSE_VIEW_BASE = [0x02c0_0000, 0x03c0_0000] as const;
export const SynapseView = { weight: 0, evenMsb: 0x1_0000, oddMsb: 0x2_0000, label: 0x4_0000, raw: 0xf_0000 } as const;

export function synapseViewAddress(hemisphere: number, view: keyof typeof SynapseView, row: number, quad: number): number {
  checkInt('synapse.hemisphere', hemisphere, 0, 1);
  checkInt('synapse.row', row, 0, 256);
  checkInt('synapse.quad', quad, 0, 63);
  return SYNAPSE_VIEW_BASE[hemisphere]! + SynapseView[view] + row * 64 + quad;
}
export function synapseRawAddress(hemisphere: number, row: number, quad: number, word: 0 | 1): number {
  return SYNAPSE_VIEW_BASE[checkInt('synapse.hemisphere', hemisphere, 0, 1)]! + SynapseView.raw + row * 128 + word * 64 + quad;
}

/** Packs four 6-bit values into a quad word (entry e at byte 3-e). `weights` are permuted as in SRAM. */
export function encodeQuad(values: ArrayLike<number>, weights: boolean): number {
  let w = 0;
  for (let e = 0; e < 4; e++) {
    const v = checkInt(weights ? 'synapse.weight' : 'synapse.label', values[e], 0, 63);
    w |= (weights ? permuteWeight(v) : v) << (8 * (3 - e));
  }
  return w >>> 0;
}
export function decodeQuadEntry(word: number, entry: number, weights: boolean): number {
  const v = (word >>> (8 * (3 - entry))) & 0x3f;
  return weights ? permuteWeight(v) : v;
}

export type SynapseAccess =
  | { kind: 'weight' | 'label'; hemisphere: number; row: number; quad: number }
  | { kind: 'columnCurrent'; hemisphere: number; quad: number; word: 0 | 1 }
  | { kind: 'raw'; hemisphere: number; row: number; quad: number; word: 0 | 1 }
  | { kind: 'cadcSample'; hemisphere: number; row: number; quad: number; acausal: boolean; buffered: boolean }
  | { kind: 'columnCorrelation'; hemisphere: number; quad: number; word: 2 | 3 };

/** Classifies an address in a PPU-subtree synapse/CADC view the model interprets. */
export function synapseAccessAt(address: number): SynapseAccess | undefined {
  const top = address >>> 24;
  if (top !== 2 && top !== 3) return undefined;
  const hemisphere = top - 2;
  const inner = address & 0x00ff_ffff;
  if (inner < 0xc0_0000) return undefined;
  let off = inner - 0xc0_0000;
  const buffered = (off & 0x20_0000) !== 0;
  if (buffered) off -= 0x20_0000;
  const view = off & 0xf_0000;
  const idx = off & 0xffff;
  const row = idx >> 6;
  const quad = idx & 63;
  if (view === 0x8_0000 || view === 0xc_0000) {
    if (row > 255) return undefined;
    return { kind: 'cadcSample', hemisphere, row, quad, acausal: view === 0xc_0000, buffered };
  }
  if (buffered) return undefined;
  if (view === SynapseView.weight || view === SynapseView.label) {
    if (row === 256) return view === SynapseView.weight ? { kind: 'columnCorrelation', hemisphere, quad, word: 2 } : { kind: 'columnCorrelation', hemisphere, quad, word: 3 };
    if (row > 255) return undefined;
    return { kind: view === SynapseView.weight ? 'weight' : 'label', hemisphere, row, quad };
  }
  if ((view === SynapseView.evenMsb || view === SynapseView.oddMsb) && row === 256) {
    return { kind: 'columnCurrent', hemisphere, quad, word: view === SynapseView.evenMsb ? 0 : 1 };
  }
  if (view === SynapseView.raw) {
    const r = idx >> 7;
    if (r > 255) return undefined;
    return { kind: 'raw', hemisphere, row: r, quad: idx & 63, word: (idx & 64) === 0 ? 0 : 1 };
  }
  return undefined;
}

/** ColumnCurrentQuad word 0: per entry byte, bit 0 excitatory switch, bit 1 inhibitory switch. */
export function encodeColumnCurrentWord(exc: ArrayLike<boolean>, inh: ArrayLike<boolean>): number {
  let w = 0;
  for (let e = 0; e < 4; e++) w |= ((exc[e] ? 1 : 0) | (inh[e] ? 2 : 0)) << (8 * (3 - e));
  return w >>> 0;
}

/** ColumnCorrelationQuad word 2/3: bit 5 of each entry byte connects the neuron to the causal/acausal CADC channel. */
export function encodeCadcConnectWord(connect: ArrayLike<boolean>): number {
  let w = 0;
  for (let e = 0; e < 4; e++) w |= (connect[e] ? 0x20 : 0) << (8 * (3 - e));
  return w >>> 0;
}

export function cadcSampleAddress(hemisphere: number, row: number, quad: number, acausal: boolean, buffered: boolean): number {
  checkInt('cadc.hemisphere', hemisphere, 0, 1);
  checkInt('cadc.row', row, 0, 255);
  checkInt('cadc.quad', quad, 0, 63);
  return ((acausal ? 0x02cc_0000 : 0x02c8_0000) + hemisphere * 0x0100_0000 + (buffered ? 0x0020_0000 : 0) + row * 64 + quad) >>> 0;
}

// ---- synapse drivers and PADI -----------------------------------------------------------------------------

const DRIVER_BASE = [0x0011_0400, 0x0011_8400] as const;
const PADI_BASE = [0x0011_0000, 0x0011_8000] as const;

export enum RowMode {
  disabled = 0,
  excitatory = 1,
  inhibitory = 2,
  excitatory_and_inhibitory = 3,
}

export interface SynapseDriverBits {
  rowAddressCompareMask: number;
  enableAddressOut: boolean;
  enableReceiver: boolean;
  rowModeBottom: RowMode;
  rowModeTop: RowMode;
  enableHagenModulation: boolean;
  utilization: number;
  offset: number;
  recovery: number;
  enableStp: boolean;
  enableRecovery: boolean;
  selectTargetVoltages: number;
}

export function synapseDriverAddress(driver: number, word: number): number {
  checkInt('synapseDriver', driver, 0, 255);
  return DRIVER_BASE[driver >> 7]! + 4 * (driver & 127) + checkInt('word', word, 0, 2);
}
export function synapseDriverAt(address: number): number | undefined {
  for (let h = 0; h < 2; h++) {
    const off = address - DRIVER_BASE[h]!;
    if (off >= 0 && off < 512 && (off & 3) !== 3) return h * 128 + (off >> 2);
  }
  return undefined;
}
export function decodeSynapseDriver(w: ArrayLike<number>): SynapseDriverBits {
  const w1 = w[1]!;
  return {
    rowAddressCompareMask: (w[0]! >>> 9) & 31,
    enableAddressOut: ((w[0]! >>> 14) & 1) === 0,
    enableReceiver: ((w[0]! >>> 15) & 1) === 1,
    rowModeBottom: (((w1 >>> 4) & 1) | (((w1 >>> 6) & 1) << 1)) as RowMode,
    rowModeTop: (((w1 >>> 5) & 1) | (((w1 >>> 7) & 1) << 1)) as RowMode,
    enableHagenModulation: ((w[2]! >>> 3) & 1) === 1,
    utilization: w[0]! & 15,
    offset: (w[0]! >>> 4) & 15,
    recovery: reverse4(w1 & 15),
    enableStp: ((w[2]! >>> 4) & 1) === 1,
    enableRecovery: ((w[2]! >>> 7) & 1) === 1,
    selectTargetVoltages: w[2]! & 1,
  };
}
export function encodeSynapseDriver(c: Partial<SynapseDriverBits>): number[] {
  const mask = checkInt('rowAddressCompareMask', c.rowAddressCompareMask ?? 31, 0, 31);
  const top = checkInt('rowModeTop', c.rowModeTop ?? 0, 0, 3);
  const bottom = checkInt('rowModeBottom', c.rowModeBottom ?? 0, 0, 3);
  const util = checkInt('utilization', c.utilization ?? 0, 0, 15);
  const offset = checkInt('offset', c.offset ?? 0, 0, 15);
  const recovery = checkInt('recovery', c.recovery ?? 0, 0, 15);
  const select = checkInt('selectTargetVoltages', c.selectTargetVoltages ?? 0, 0, 1);
  return [
    util | (offset << 4) | (mask << 9) | ((c.enableAddressOut ?? true) ? 0 : 1 << 14) | (c.enableReceiver ? 1 << 15 : 0),
    reverse4(recovery) | ((bottom & 1) << 4) | ((top & 1) << 5) | ((bottom >> 1) << 6) | ((top >> 1) << 7) | (0x3f << 8),
    select | 0x40 | (c.enableHagenModulation ? 8 : 0) | (c.enableStp ? 16 : 0) | (c.enableRecovery ? 128 : 0),
  ];
}

/** The 4-bit recovery field is stored bit-reversed (haldls.md 3.7: 7 gives 14). */
function reverse4(v: number): number {
  return ((v & 1) << 3) | ((v & 2) << 1) | ((v & 4) >> 1) | ((v & 8) >> 3);
}

/** CommonSTPConfig (PADI base + 2): recovery_clock_speed bits 0-3, enable_recovery_clock bit 4. */
export function commonStpConfigAddress(hemisphere: number): number {
  return padiEventAddress(hemisphere) + 2;
}
export function encodeCommonStpConfig(recoveryClockSpeed: number, enableRecoveryClock: boolean): number {
  return checkInt('recoveryClockSpeed', recoveryClockSpeed, 0, 15) | (enableRecoveryClock ? 16 : 0);
}

export function padiEventAddress(hemisphere: number): number {
  return PADI_BASE[checkInt('padi.hemisphere', hemisphere, 0, 1)]!;
}
export function commonPadiBusConfigAddress(hemisphere: number): number {
  return padiEventAddress(hemisphere) + 1;
}
/** CommonPADIBusConfig: enable_spl1 per bus (bits 0-3), dacen pulse extension (4 bits per bus from bit 16). */
export function encodeCommonPadiBusConfig(enableSpl1: ArrayLike<boolean>, dacenExtension: ArrayLike<number> = [0, 0, 0, 0]): number {
  let w = 0;
  for (let b = 0; b < 4; b++) w |= (enableSpl1[b] ? 1 << b : 0) | (checkInt('dacenPulseExtension', dacenExtension[b], 0, 15) << (16 + 4 * b));
  return w >>> 0;
}
export function encodePadiEvent(busMask: number, rowSelect: number, address: number): number {
  return (checkInt('padiEvent.fireBus', busMask, 0, 15) | (checkInt('padiEvent.address', address, 0, 63) << 16) | (checkInt('padiEvent.rowSelect', rowSelect, 0, 31) << 22)) >>> 0;
}

// ---- crossbar and background sources ---------------------------------------------------------------------

export const CROSSBAR_BASE = 0x0013_0000;
export const CROSSBAR_NODE_BASE = CROSSBAR_BASE + 0x19;
export const CROSSBAR_DROP_COUNTER_BASE = CROSSBAR_BASE + 0x65;
export const CROSSBAR_EVENT_COUNTER_BASE = CROSSBAR_BASE + 0x79;

/** Crossbar node topology (haldls.md 1.6): enum -> (input, output). */
export const CROSSBAR_NODE_INPUT = new Uint8Array(76);
export const CROSSBAR_NODE_OUTPUT = new Uint8Array(76);
{
  let n = 0;
  const add = (i: number, o: number): void => {
    CROSSBAR_NODE_INPUT[n] = i;
    CROSSBAR_NODE_OUTPUT[n++] = o;
  };
  for (let i = 0; i < 8; i++) [i % 4, 4 + (i % 4), 8 + (i % 4)].sort((a, b) => a - b).forEach((o) => add(i, o));
  for (let k = 0; k < 4; k++) {
    for (let o = 0; o < 8; o++) add(8 + k, o);
    add(8 + k, 8 + k);
  }
  for (let b = 0; b < 8; b++) [b, 8 + (b % 4)].forEach((o) => add(12 + b, o));
}

export function crossbarNodeIndex(input: number, output: number): number {
  checkInt('crossbar.input', input, 0, 19);
  checkInt('crossbar.output', output, 0, 11);
  for (let n = 0; n < 76; n++) if (CROSSBAR_NODE_INPUT[n] === input && CROSSBAR_NODE_OUTPUT[n] === output) return n;
  throw new RangeError(`crossbar node (input ${input}, output ${output}) does not exist`);
}
export function encodeCrossbarNode(mask: number, target: number, enableDropCounter = false): number {
  return ((checkInt('crossbarNode.mask', mask, 0, 0x3fff)) | (checkInt('crossbarNode.target', target, 0, 0x3fff) << 16) | (enableDropCounter ? 0x8000_0000 : 0)) >>> 0;
}
/** CrossbarOutputConfig: enable_slow bits 0-3, enable_event_counter[output] at bit 4+output. */
export function encodeCrossbarOutputConfig(enableEventCounter: ArrayLike<boolean>): number {
  let w = 0;
  for (let o = 0; o < 12; o++) if (enableEventCounter[o]) w |= 1 << (4 + o);
  return w;
}

export interface BackgroundSourceBits {
  enable: boolean;
  enableRandom: boolean;
  period: number;
  seed: number;
  mask: number;
  rate: number;
  neuronLabel: number;
}
export function backgroundSourceAddress(source: number, word: number): number {
  return CROSSBAR_BASE + 1 + 3 * checkInt('backgroundSource', source, 0, 7) + checkInt('word', word, 0, 2);
}
export function decodeBackgroundSource(w: ArrayLike<number>): BackgroundSourceBits {
  return {
    enable: (w[0]! & 1) === 1,
    enableRandom: (w[0]! & 2) === 2,
    period: w[0]! >>> 16,
    seed: w[1]! >>> 0,
    mask: w[2]! & 0xff,
    rate: (w[2]! >>> 8) & 0xff,
    neuronLabel: (w[2]! >>> 16) & 0x3fff,
  };
}
/** Words by address offset 0, 1, 2 (a program writes them in the order 1, 2, 0 so the enable comes last). */
export function encodeBackgroundSource(c: Partial<BackgroundSourceBits>): number[] {
  return [
    ((c.enable ? 1 : 0) | (c.enableRandom ? 2 : 0) | (checkInt('background.period', c.period ?? 0, 0, 0xffff) << 16)) >>> 0,
    checkInt('background.seed', c.seed ?? 0, 0, 0xffff_ffff),
    (checkInt('background.mask', c.mask ?? 0, 0, 255) | (checkInt('background.rate', c.rate ?? 0, 0, 255) << 8) | (checkInt('background.neuronLabel', c.neuronLabel ?? 0, 0, 0x3fff) << 16)) >>> 0,
  ];
}

// ---- CADC / correlation config ----------------------------------------------------------------------------

export function cadcConfigAddress(hemisphere: number): number {
  return 0x0240_1000 + checkInt('cadc.hemisphere', hemisphere, 0, 1) * 0x0100_0000;
}
export function commonCorrelationConfigAddress(hemisphere: number, word: number): number {
  return 0x0220_0000 + checkInt('correlation.hemisphere', hemisphere, 0, 1) * 0x0100_0000 + checkInt('word', word, 0, 3);
}
/** CADCChannelConfig address; the word stores offset + 128 in bits 0-7. */
export function cadcChannelConfigAddress(hemisphere: number, column: number, acausal: boolean): number {
  checkInt('cadc.hemisphere', hemisphere, 0, 1);
  checkInt('cadc.column', column, 0, 255);
  const base = column >= 128 ? 0x0240_0000 : 0x0240_0800;
  return base + hemisphere * 0x0100_0000 + 2 * (column & 127) + (acausal ? 1 : 0);
}
export function cadcChannelConfigAt(address: number): { hemisphere: number; column: number; acausal: boolean } | undefined {
  const top = address >>> 24;
  if (top !== 2 && top !== 3) return undefined;
  const inner = address & 0x00ff_ffff;
  const east = inner >= 0x40_0000 && inner < 0x40_0100;
  const west = inner >= 0x40_0800 && inner < 0x40_0900;
  if (!east && !west) return undefined;
  const off = inner & 0xff;
  return { hemisphere: top - 2, column: (off >> 1) + (east ? 128 : 0), acausal: (off & 1) === 1 };
}

// ---- readout chain and MADC -------------------------------------------------------------------------------

export const MADC_CONTROL_ADDRESS = 0x000c_0000;
export const MADC_CONFIG_ADDRESS = 0x000c_0001;
export const READOUT_SOURCE_SELECTION_ADDRESS = 0x000c_000c;

export const MadcControl = { wakeUp: 1, startRecording: 2, stopRecording: 4, powerDownAfterSampling: 8, continuousSampling: 16 } as const;

/** ReadoutSourceSelection buffer bits for the neuron lines (haldls.md 3.12). */
export const NeuronLine = { topOdd: 1 << 9, topEven: 1 << 10, bottomOdd: 1 << 11, bottomEven: 1 << 12 } as const;
