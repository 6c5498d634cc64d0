/**
 * FPGA-side containers (haldls.md 2.3, 3.15): executor registers, systime-sync status, the external PPU
 * memory, spike I/O and routing tables, link statistics and the highspeed-link PHY configuration. All of
 * them are FPGA Omnibus registers (bit 31 set) except the chip-side PHY configuration, which upstream
 * writes over JTAG only (the highspeed link is not up yet when it is written).
 */
import { JtagInstruction } from '@bss2/fisch';
import { entryShift, getBits, packBools, packQuad, putBits, quadByte, unpackBools } from '../bits.js';
import type { EncodeSink } from '../container.js';
import {
  CommonPhyConfigChipOnDLS,
  CommonPhyConfigFPGAOnDLS,
  EventRecordingConfigOnFPGA,
  ExternalPPUMemoryByteOnFPGA,
  ExternalPPUMemoryQuadOnFPGA,
  FPGADeviceDNAOnFPGA,
  FPGASystimeSyncActiveStateOnFPGA,
  FPGASystimeSyncLastAsicSystimeOnFPGA,
  FPGASystimeSyncLastRTTOnFPGA,
  FPGASystimeSyncNumRetriesOnFPGA,
  HicannARQStatusOnFPGA,
  InputRoutingTableEntryOnFPGA,
  InstructionTimeoutConfigOnFPGA,
  OutputRoutingTableEntryOnFPGA,
  PerfTestOnFPGA,
  PerfTestStatusOnFPGA,
  PhyConfigChipOnDLS,
  PhyConfigFPGAOnDLS,
  PhyStatusOnFPGA,
  SpikeIOConfigOnFPGA,
  SpikeIOInputRouteOnFPGA,
  SpikeIOOutputRouteOnFPGA,
  SystimeCorrectionBarrierConfigOnFPGA,
} from '../coordinates/catalog.js';
import { defineContainer, emitMessage, omnibusWriteWithByteEnables } from '../define.js';
import { at, compileLayout, type Layout } from '../layout.js';
import { big, bool, boolArray, int, intArray, uint, type FieldSpec } from '../fields.js';
import { FPGA_EXECUTOR_BASE } from './bases.js';

const FPGA_DEVICE_DNA_ADDRESS = FPGA_EXECUTOR_BASE + 3;
const EVENT_RECORDING_CONFIG_ADDRESS = FPGA_EXECUTOR_BASE + 5;
const INSTRUCTION_TIMEOUT_CONFIG_ADDRESS = FPGA_EXECUTOR_BASE + 9;
const SYSTIME_CORRECTION_BARRIER_CONFIG_ADDRESS = FPGA_EXECUTOR_BASE + 0xb;
const SYSTIME_SYNC_BASE = 0x8800_2000;
const SYSTIME_NUM_RETRIES_ADDRESS = SYSTIME_SYNC_BASE;
const SYSTIME_LAST_RTT_ADDRESS = SYSTIME_SYNC_BASE + 1;
const SYSTIME_LAST_ASIC_SYSTIME_ADDRESS = SYSTIME_SYNC_BASE + 3;
const SYSTIME_ACTIVE_STATE_ADDRESS = SYSTIME_SYNC_BASE + 5;
/** "ut" (link) register block: CommonPhyConfigFPGA at +0, per-PHY statistics from +4. */
const UT_BASE = 0x8800_4000;
const PHY_CONFIG_FPGA_BASE = 0x8800_6000;
const PERFTEST_BASE = 0x8800_8000;
/** "l2" link-layer block: per-PHY tx/rx counters at +2i, +2i+1; HICANN ARQ status at +0x10. */
const L2_BASE = 0x8800_c000;
const HICANN_ARQ_STATUS_ADDRESS = L2_BASE + 0x10;
const SPIKE_IO_OUTPUT_ROUTE_BASE = 0x8802_0000;
const SPIKE_IO_INPUT_ROUTE_BASE = 0x8803_0000;
const SPIKE_IO_CONFIG_ADDRESS = 0x8803_8000;
const INPUT_ROUTING_TABLE_BASE = 0x880c_0000;
const OUTPUT_ROUTING_TABLE_BASE = 0x880d_0000;
const EXTERNAL_PPU_MEMORY_BASE = 0x8000_0000;
/** Chip-side PHY enable register (reached over JTAG only). */
const CHIP_PHY_CONFIG_ADDRESS = 0x0004_0000;

const PHY_COUNT = 8;
const WORD = 2 ** 32;
const SYSTIME_HIGH_BITS = 11;
const DNA_HIGH_BITS = 25;

/** Default instruction timeout: 10 ms of 125 MHz FPGA cycles. */
export const DEFAULT_INSTRUCTION_TIMEOUT_CYCLES = 125 * 10_000;
/** SpikeIO route targets that drop the event. */
export const SPIKE_IO_SILENT_LABEL = 0xffff;
export const SPIKE_IO_SILENT_ADDRESS = 0xff;

/** One Omnibus write to the chip through the JTAG Omnibus bridge (address, data, then the request). */
export function emitOmnibusOverJtag(sink: EncodeSink, address: number, value: number): void {
  emitMessage(sink, { type: 'jtag.Ins', value: JtagInstruction.OMNIBUS_ADDRESS });
  emitMessage(sink, { type: 'jtag.Data', keepResponse: false, numBits: 33, payload: address >>> 0 });
  emitMessage(sink, { type: 'jtag.Ins', value: JtagInstruction.OMNIBUS_DATA });
  emitMessage(sink, { type: 'jtag.Data', keepResponse: false, numBits: 32, payload: value >>> 0 });
  emitMessage(sink, { type: 'jtag.Ins', value: JtagInstruction.OMNIBUS_REQUEST });
  emitMessage(sink, { type: 'jtag.Data', keepResponse: false, numBits: 3, payload: 0 });
}

// ---------------------------------------------------------------------------------------------------------
// Executor registers

/** The FPGA's factory-programmed 57-bit device DNA (read-only; read high 25 bits first, then low 32). */
export const FPGADeviceDNA = defineContainer({
  name: 'FPGADeviceDNA',
  coordinate: FPGADeviceDNAOnFPGA,
  fields: [big('value', 57)],
  readAddresses: () => [FPGA_DEVICE_DNA_ADDRESS, FPGA_DEVICE_DNA_ADDRESS + 1],
  decode: ([high = 0, low = 0]) => ({ value: (BigInt(getBits(high, 0, DNA_HIGH_BITS)) << 32n) | BigInt(low >>> 0) }),
});
export type FPGADeviceDNA = InstanceType<typeof FPGADeviceDNA>;

/** When off, the FPGA drops chip events (spikes, MADC samples) instead of forwarding them to the host. */
export const EventRecordingConfig = defineContainer({
  name: 'EventRecordingConfig',
  coordinate: EventRecordingConfigOnFPGA,
  fields: [bool('enableEventRecording')],
  addresses: () => [EVENT_RECORDING_CONFIG_ADDRESS],
  layout: { enableEventRecording: at(0, 0) },
});
export type EventRecordingConfig = InstanceType<typeof EventRecordingConfig>;

/** Executor instruction timeout in FPGA cycles (default 10 ms). */
export const InstructionTimeoutConfig = defineContainer({
  name: 'InstructionTimeoutConfig',
  coordinate: InstructionTimeoutConfigOnFPGA,
  fields: [uint('value', 32, DEFAULT_INSTRUCTION_TIMEOUT_CYCLES)],
  addresses: () => [INSTRUCTION_TIMEOUT_CONFIG_ADDRESS],
  layout: { value: at(0, 0) },
});
export type InstructionTimeoutConfig = InstanceType<typeof InstructionTimeoutConfig>;

/** Enables the interrupt that ends a systime-correction barrier. */
export const SystimeCorrectionBarrierConfig = defineContainer({
  name: 'SystimeCorrectionBarrierConfig',
  coordinate: SystimeCorrectionBarrierConfigOnFPGA,
  fields: [bool('enableInterrupt')],
  addresses: () => [SYSTIME_CORRECTION_BARRIER_CONFIG_ADDRESS],
  layout: { enableInterrupt: at(0, 0) },
});
export type SystimeCorrectionBarrierConfig = InstanceType<typeof SystimeCorrectionBarrierConfig>;

// ---------------------------------------------------------------------------------------------------------
// Systime synchronisation status

export const FPGASystimeSyncNumRetries = defineContainer({
  name: 'FPGASystimeSyncNumRetries',
  coordinate: FPGASystimeSyncNumRetriesOnFPGA,
  fields: [uint('value', 4, 3)],
  addresses: () => [SYSTIME_NUM_RETRIES_ADDRESS],
  layout: { value: at(0, 0) },
});
export type FPGASystimeSyncNumRetries = InstanceType<typeof FPGASystimeSyncNumRetries>;

/** 43-bit systime read as [high 11 bits, low 32 bits] (haldls.md 7.11). */
function decodeSystimeHighFirst([high = 0, low = 0]: readonly number[]): { value: number } {
  return { value: getBits(high, 0, SYSTIME_HIGH_BITS) * WORD + (low >>> 0) };
}

/** Round-trip time of the last systime synchronisation (read-only). */
export const FPGASystimeSyncLastRTT = defineContainer({
  name: 'FPGASystimeSyncLastRTT',
  coordinate: FPGASystimeSyncLastRTTOnFPGA,
  fields: [uint('value', 32 + SYSTIME_HIGH_BITS)],
  readAddresses: () => [SYSTIME_LAST_RTT_ADDRESS, SYSTIME_LAST_RTT_ADDRESS + 1],
  decode: decodeSystimeHighFirst,
});
export type FPGASystimeSyncLastRTT = InstanceType<typeof FPGASystimeSyncLastRTT>;

/** Chip systime seen at the last systime synchronisation (read-only). */
export const FPGASystimeSyncLastAsicSystime = defineContainer({
  name: 'FPGASystimeSyncLastAsicSystime',
  coordinate: FPGASystimeSyncLastAsicSystimeOnFPGA,
  fields: [uint('value', 32 + SYSTIME_HIGH_BITS)],
  readAddresses: () => [SYSTIME_LAST_ASIC_SYSTIME_ADDRESS, SYSTIME_LAST_ASIC_SYSTIME_ADDRESS + 1],
  decode: decodeSystimeHighFirst,
});
export type FPGASystimeSyncLastAsicSystime = InstanceType<typeof FPGASystimeSyncLastAsicSystime>;

/** Whether a systime synchronisation is in progress (read-only). */
export const FPGASystimeSyncActiveState = defineContainer({
  name: 'FPGASystimeSyncActiveState',
  coordinate: FPGASystimeSyncActiveStateOnFPGA,
  fields: [bool('activeState')],
  readAddresses: () => [SYSTIME_ACTIVE_STATE_ADDRESS],
  layout: { activeState: at(0, 0) },
});
export type FPGASystimeSyncActiveState = InstanceType<typeof FPGASystimeSyncActiveState>;

// ---------------------------------------------------------------------------------------------------------
// External PPU memory (FPGA SRAM window, big-endian bytes in 32-bit quads)

/** Byte-enable index (bit i covers bits 8i..8i+7) of byte `byteInQuad` of a quad. */
function byteEnableIndex(byteInQuad: number): number {
  return 3 - byteInQuad;
}

/**
 * One byte of the external PPU memory. Written with only its byte lane enabled; read as its whole quad word
 * from which the lane's byte is taken.
 */
export const ExternalPPUMemoryByte = defineContainer({
  name: 'ExternalPPUMemoryByte',
  coordinate: ExternalPPUMemoryByteOnFPGA,
  fields: [uint('value', 8)],
  addresses: (c) => [EXTERNAL_PPU_MEMORY_BASE + Math.floor(c.toEnum() / 4)],
  encode: (v, c) => [putBits(v.value, entryShift(c.toEnum() % 4))],
  decode: ([w = 0], c) => ({ value: getBits(w, entryShift(c.toEnum() % 4), 8) }),
  emit: (v, c, sink) => {
    const lane = c.toEnum() % 4;
    omnibusWriteWithByteEnables(sink, EXTERNAL_PPU_MEMORY_BASE + Math.floor(c.toEnum() / 4), putBits(v.value, entryShift(lane)), 1 << byteEnableIndex(lane));
  },
  print: (v) => `ExternalPPUMemoryByte(0x${v.value.toString(16).padStart(2, '0')})`,
});
export type ExternalPPUMemoryByte = InstanceType<typeof ExternalPPUMemoryByte>;

/**
 * Four consecutive bytes of the external PPU memory (entry 0 = lowest byte address = most significant byte).
 * `enables[e]` selects which entries a write changes (its byte lane 3 - e); all enabled is a plain write.
 */
export const ExternalPPUMemoryQuad = defineContainer({
  name: 'ExternalPPUMemoryQuad',
  coordinate: ExternalPPUMemoryQuadOnFPGA,
  fields: [intArray('quad', 4, 0, 255), boolArray('enables', 4, true)],
  noRoundTrip: 'enables is a write mask: disabled bytes are not written and a read always decodes all enabled',
  addresses: (c) => [EXTERNAL_PPU_MEMORY_BASE + c.toEnum()],
  encode: (v) => [packQuad(v.quad[0]!, v.quad[1]!, v.quad[2]!, v.quad[3]!)],
  decode: ([w = 0]) => ({ quad: [0, 1, 2, 3].map((e) => quadByte(w, e)) }),
  emit: (v, c, sink) => {
    const address = EXTERNAL_PPU_MEMORY_BASE + c.toEnum();
    const e = v.enables;
    if (e[0] && e[1] && e[2] && e[3]) sink.omnibusWrite(address, packQuad(v.quad[0]!, v.quad[1]!, v.quad[2]!, v.quad[3]!));
    else omnibusWriteWithByteEnables(sink, address, packQuad(v.quad[0]!, v.quad[1]!, v.quad[2]!, v.quad[3]!), e.reduce((m, on, i) => (on ? m | (1 << byteEnableIndex(i)) : m), 0));
  },
});
export type ExternalPPUMemoryQuad = InstanceType<typeof ExternalPPUMemoryQuad>;


// ---------------------------------------------------------------------------------------------------------
// Spike I/O (serial spike interface) and routing tables

export const SpikeIOConfig = defineContainer({
  name: 'SpikeIOConfig',
  coordinate: SpikeIOConfigOnFPGA,
  fields: [int('dataRateScaler', 1, 0xffff, 1), bool('enableTx'), bool('enableRx'), bool('enableInternalLoopback')],
  addresses: () => [SPIKE_IO_CONFIG_ADDRESS],
  layout: { dataRateScaler: at(0, 0), enableTx: at(0, 16), enableRx: at(0, 17), enableInternalLoopback: at(0, 18) },
});
export type SpikeIOConfig = InstanceType<typeof SpikeIOConfig>;

/** Serial input address (coordinate) -> on-chip SpikeLabel `target`; 0xFFFF drops the event. */
export const SpikeIOInputRoute = defineContainer({
  name: 'SpikeIOInputRoute',
  coordinate: SpikeIOInputRouteOnFPGA,
  fields: [uint('target', 16, SPIKE_IO_SILENT_LABEL)],
  addresses: (c) => [SPIKE_IO_INPUT_ROUTE_BASE + c.toEnum()],
  layout: { target: at(0, 0) },
});
export type SpikeIOInputRoute = InstanceType<typeof SpikeIOInputRoute>;

/** On-chip SpikeLabel (coordinate) -> serial output address `target`; 0xFF drops the event. */
export const SpikeIOOutputRoute = defineContainer({
  name: 'SpikeIOOutputRoute',
  coordinate: SpikeIOOutputRouteOnFPGA,
  fields: [uint('target', 8, SPIKE_IO_SILENT_ADDRESS)],
  addresses: (c) => [SPIKE_IO_OUTPUT_ROUTE_BASE + c.toEnum()],
  layout: { target: at(0, 0) },
});
export type SpikeIOOutputRoute = InstanceType<typeof SpikeIOOutputRoute>;

/** Output routing table (indexed by the 16-bit chip label): 15-bit network label, enable at bit 15. */
export const OutputRoutingTableEntry = defineContainer({
  name: 'OutputRoutingTableEntry',
  coordinate: OutputRoutingTableEntryOnFPGA,
  fields: [uint('label', 15), bool('enable')],
  addresses: (c) => [OUTPUT_ROUTING_TABLE_BASE + c.toEnum()],
  layout: { label: at(0, 0), enable: at(0, 15) },
});
export type OutputRoutingTableEntry = InstanceType<typeof OutputRoutingTableEntry>;

/** Input routing table (indexed by the 15-bit network label): 16-bit chip label, enable at bit 16. */
export const InputRoutingTableEntry = defineContainer({
  name: 'InputRoutingTableEntry',
  coordinate: InputRoutingTableEntryOnFPGA,
  fields: [uint('label', 16), bool('enable')],
  addresses: (c) => [INPUT_ROUTING_TABLE_BASE + c.toEnum()],
  layout: { label: at(0, 0), enable: at(0, 16) },
});
export type InputRoutingTableEntry = InstanceType<typeof InputRoutingTableEntry>;

// ---------------------------------------------------------------------------------------------------------
// Link statistics and performance test

/** HICANN ARQ (link-layer retransmission) counters; read in the order write, tx, rx, read. */
export const HicannARQStatus = defineContainer({
  name: 'HicannARQStatus',
  coordinate: HicannARQStatusOnFPGA,
  fields: [uint('readCount', 32), uint('writeCount', 32), uint('rxCount', 32), uint('txCount', 32)],
  readAddresses: () => [0, 1, 2, 3].map((i) => HICANN_ARQ_STATUS_ADDRESS + i),
  layout: { readCount: at(3, 0), writeCount: at(0, 0), rxCount: at(2, 0), txCount: at(1, 0) },
});
export type HicannARQStatus = InstanceType<typeof HicannARQStatus>;

/** Per-PHY link statistics (read-only): CRC errors, online time, dropped rx words, tx and rx counts. */
export const PhyStatus = defineContainer({
  name: 'PhyStatus',
  coordinate: PhyStatusOnFPGA,
  fields: [uint('crcErrorCount', 32), uint('onlineTime', 32), uint('rxDroppedCount', 32), uint('rxCount', 32), uint('txCount', 32)],
  readAddresses: (c) => {
    const i = c.toEnum();
    return [UT_BASE + 4 + i, UT_BASE + 4 + PHY_COUNT + i, UT_BASE + 4 + 2 * PHY_COUNT + i, L2_BASE + 2 * i, L2_BASE + 2 * i + 1];
  },
  layout: { crcErrorCount: at(0, 0), onlineTime: at(1, 0), rxDroppedCount: at(2, 0), txCount: at(3, 0), rxCount: at(4, 0) },
});
export type PhyStatus = InstanceType<typeof PhyStatus>;

/** Starts (enable) or stops the FPGA's link performance test. */
export const PerfTest = defineContainer({
  name: 'PerfTest',
  coordinate: PerfTestOnFPGA,
  fields: [bool('enable')],
  addresses: () => [PERFTEST_BASE],
  layout: { enable: at(0, 0) },
});
export type PerfTest = InstanceType<typeof PerfTest>;

/** Results of the link performance test (read-only). */
export const PerfTestStatus = defineContainer({
  name: 'PerfTestStatus',
  coordinate: PerfTestStatusOnFPGA,
  fields: [uint('sent', 32), uint('received', 32), uint('inOrder', 32), uint('errorWord', 32)],
  readAddresses: () => [1, 2, 3, 4].map((i) => PERFTEST_BASE + i),
  layout: { sent: at(0, 0), received: at(1, 0), inOrder: at(2, 0), errorWord: at(3, 0) },
});
export type PerfTestStatus = InstanceType<typeof PerfTestStatus>;

// ---------------------------------------------------------------------------------------------------------
// Highspeed-link PHY configuration

/**
 * PHY link-training bits shared by the FPGA and chip PHYs (22-bit register): 0 enable_bit_slip,
 * 1-4 manual_delay, 5 enable_delay_cell_measurement, 6 enable_initialization_master_mode,
 * 7 enable_manual_tx_data_valid_for_init, 8 enable_force_lvds_power_up, 9 enable_force_start,
 * 10 enable_manual_training_mode, 11 enable_ber_loopback, 12-14 vbias, 15 debug_outputs, 16 unused,
 * 17 enable_transmission_without_idle_pattern, 18 enable_clock_pre_alignment, 19 enable_des_recal,
 * 20 enable_loopback_en, 21 enable_auto_init. (The spec only says "PHY link training bits"; this layout is
 * the upstream register layout.)
 */
function phyFields(masterMode: boolean) {
  return [
    bool('enableBitSlip'),
    uint('manualDelay', 4),
    bool('enableDelayCellMeasurement'),
    bool('enableInitializationMasterMode', masterMode),
    bool('enableManualTxDataValidForInit'),
    bool('enableForceLvdsPowerUp'),
    bool('enableForceStart'),
    bool('enableManualTrainingMode'),
    bool('enableBerLoopback'),
    uint('vbias', 3, 4),
    uint('debugOutputs', 1),
    bool('enableTransmissionWithoutIdlePattern'),
    bool('enableClockPreAlignment'),
    bool('enableDesRecal'),
    bool('enableLoopbackEn'),
    bool('enableAutoInit', true),
  ] as const satisfies readonly FieldSpec[];
}

type PhyValues = {
  enableBitSlip: boolean;
  manualDelay: number;
  enableDelayCellMeasurement: boolean;
  enableInitializationMasterMode: boolean;
  enableManualTxDataValidForInit: boolean;
  enableForceLvdsPowerUp: boolean;
  enableForceStart: boolean;
  enableManualTrainingMode: boolean;
  enableBerLoopback: boolean;
  vbias: number;
  debugOutputs: number;
  enableTransmissionWithoutIdlePattern: boolean;
  enableClockPreAlignment: boolean;
  enableDesRecal: boolean;
  enableLoopbackEn: boolean;
  enableAutoInit: boolean;
};

/** Number of bits of the PHY configuration register. */
export const PHY_CONFIG_BITS = 22;

/** Where each PHY field sits in the register (the bit list above). */
const PHY_CONFIG_LAYOUT: Layout<PhyValues> = {
  enableBitSlip: at(0, 0),
  manualDelay: at(0, 1),
  enableDelayCellMeasurement: at(0, 5),
  enableInitializationMasterMode: at(0, 6),
  enableManualTxDataValidForInit: at(0, 7),
  enableForceLvdsPowerUp: at(0, 8),
  enableForceStart: at(0, 9),
  enableManualTrainingMode: at(0, 10),
  enableBerLoopback: at(0, 11),
  vbias: at(0, 12),
  debugOutputs: at(0, 15),
  // bit 16 is unused
  enableTransmissionWithoutIdlePattern: at(0, 17),
  enableClockPreAlignment: at(0, 18),
  enableDesRecal: at(0, 19),
  enableLoopbackEn: at(0, 20),
  enableAutoInit: at(0, 21),
};

/** The register word functions of PHY_CONFIG_LAYOUT, shared by both PHY containers. */
const phyConfigWord = compileLayout('PhyConfig', phyFields(false), PHY_CONFIG_LAYOUT);

export function encodePhyConfig(v: Readonly<PhyValues>): number {
  return phyConfigWord.encode(v)[0]!;
}

export function decodePhyConfig(w: number): PhyValues {
  return phyConfigWord.decode([w]) as PhyValues;
}

/** FPGA-side PHY i (FPGA Omnibus 0x8800_6000 + i); the FPGA is the link-initialisation master by default. */
export const PhyConfigFPGA = defineContainer({
  name: 'PhyConfigFPGA',
  coordinate: PhyConfigFPGAOnDLS,
  fields: phyFields(true),
  addresses: (c) => [PHY_CONFIG_FPGA_BASE + c.toEnum()],
  layout: PHY_CONFIG_LAYOUT,
});
export type PhyConfigFPGA = InstanceType<typeof PhyConfigFPGA>;

/** JTAG instruction that shifts chip PHY register `r` (0..7). */
export function jtagPhyInstruction(register: number): number {
  return 64 + 8 * register + 4;
}

/**
 * Chip-side PHY i, written through its JTAG PHY register 7 - i (write-only: the register cannot be read
 * back). `encodeWords` gives the 22-bit register value.
 */
export const PhyConfigChip = defineContainer({
  name: 'PhyConfigChip',
  coordinate: PhyConfigChipOnDLS,
  fields: phyFields(false),
  encode: (v) => [encodePhyConfig(v)],
  emit: (v, c, sink) => {
    emitMessage(sink, { type: 'jtag.Ins', value: jtagPhyInstruction(PHY_COUNT - 1 - c.toEnum()) });
    emitMessage(sink, { type: 'jtag.Data', keepResponse: false, numBits: PHY_CONFIG_BITS, payload: encodePhyConfig(v) });
  },
});
export type PhyConfigChip = InstanceType<typeof PhyConfigChip>;

/** Enables of the 8 FPGA-side PHYs (bit i = PHY i). */
export const CommonPhyConfigFPGA = defineContainer({
  name: 'CommonPhyConfigFPGA',
  coordinate: CommonPhyConfigFPGAOnDLS,
  fields: [boolArray('enablePhy', PHY_COUNT, true)],
  addresses: () => [UT_BASE],
  layout: { enablePhy: at(0, 0, { stride: { bit: 1 } }) },
});
export type CommonPhyConfigFPGA = InstanceType<typeof CommonPhyConfigFPGA>;

/**
 * Enables of the 8 chip-side PHYs at chip Omnibus 0x0004_0000, in reverse order (PHY i at bit 7 - i). Written
 * through the JTAG Omnibus bridge (the link it configures is not up yet); readable over Omnibus.
 */
export const CommonPhyConfigChip = defineContainer({
  name: 'CommonPhyConfigChip',
  coordinate: CommonPhyConfigChipOnDLS,
  fields: [boolArray('enablePhy', PHY_COUNT, true)],
  addresses: () => [CHIP_PHY_CONFIG_ADDRESS],
  encode: (v) => [packBools([...v.enablePhy].reverse(), 0)],
  decode: ([w = 0]) => ({ enablePhy: unpackBools(w, 0, PHY_COUNT).reverse() }),
  emit: (v, _c, sink) => emitOmnibusOverJtag(sink, CHIP_PHY_CONFIG_ADDRESS, packBools([...v.enablePhy].reverse(), 0)),
});
export type CommonPhyConfigChip = InstanceType<typeof CommonPhyConfigChip>;
