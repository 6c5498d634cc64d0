/**
 * Timing, systime and control-flow containers (haldls.md 2.3, 3.14). Most of these are not Omnibus registers
 * but FPGA executor instructions, so they write through `emit` with the fisch to-FPGA messages:
 * Timer (timing.Setup), SystimeSync (timing.SystimeInit), Barrier (timing.Barrier), PollingOmnibusBlock
 * (timing.PollingOmnibusBlock) and ResetChip (system.Reset).
 */
import { BarrierMask } from '@bss2/fisch';
import { getBits } from '../bits.js';
import {
  BarrierOnFPGA,
  PollingOmnibusBlockConfigOnFPGA,
  PollingOmnibusBlockOnFPGA,
  ResetChipOnDLS,
  SystimeSyncBaseOnDLS,
  SystimeSyncOnFPGA,
  TimerOnDLS,
} from '../coordinates/catalog.js';
import { defineContainer, emitMessage } from '../define.js';
import { at } from '../layout.js';
import { bool, uint } from '../fields.js';
import { FPGA_EXECUTOR_BASE } from './bases.js';

/** FPGA clock: 125 MHz. */
export const FPGA_CLOCK_CYCLES_PER_US = 125;
/** FPGA executor timer readout (Omnibus). */
export const TIMER_READOUT_ADDRESS = 0x8800_000c;
const POLLING_OMNIBUS_BLOCK_CONFIG_ADDRESS = FPGA_EXECUTOR_BASE + 6;
const SYSTIME_SYNC_BASE_ADDRESS = 0x0000_0000;
const SYSTIME_BITS = 43;
const LOW_WORD = 2 ** 32;

/**
 * FPGA executor timer (125 MHz cycles). Writing always resets it to 0, whatever `value` holds (haldls.md
 * 7.10): the only write the executor offers is timing.Setup. Reading returns the current count.
 */
export const Timer = defineContainer({
  name: 'Timer',
  coordinate: TimerOnDLS,
  fields: [uint('value', 32)],
  readAddresses: () => [TIMER_READOUT_ADDRESS],
  decode: ([w = 0]) => ({ value: w >>> 0 }),
  emit: (_v, _c, sink) => emitMessage(sink, { type: 'timing.Setup' }),
  noRoundTrip: 'a write always resets the timer to 0 (timing.Setup), whatever value it holds',
});
export type Timer = InstanceType<typeof Timer>;

/** Chip systime base (43 bit): low 32 bits at Omnibus 0x0, high 11 bits at 0x1, written low word first. */
export const SystimeSyncBase = defineContainer({
  name: 'SystimeSyncBase',
  coordinate: SystimeSyncBaseOnDLS,
  fields: [uint('value', SYSTIME_BITS)],
  addresses: () => [SYSTIME_SYNC_BASE_ADDRESS, SYSTIME_SYNC_BASE_ADDRESS + 1],
  encode: (v) => [v.value % LOW_WORD, Math.floor(v.value / LOW_WORD)],
  decode: ([low = 0, high = 0]) => ({ value: getBits(high, 0, SYSTIME_BITS - 32) * LOW_WORD + (low >>> 0) }),
});
export type SystimeSyncBase = InstanceType<typeof SystimeSyncBase>;

/**
 * Systime synchronisation trigger (write-only): `doSync` true synchronises the chip systime with the FPGA
 * time; false only requests a systime update response.
 */
export const SystimeSync = defineContainer({
  name: 'SystimeSync',
  coordinate: SystimeSyncOnFPGA,
  fields: [bool('doSync', true)],
  emit: (v, _c, sink) => emitMessage(sink, { type: 'timing.SystimeInit', value: v.doSync }),
});
export type SystimeSync = InstanceType<typeof SystimeSync>;

/** Blocks the executor until every selected channel is idle (write-only; bits as fisch BarrierMask). */
export const Barrier = defineContainer({
  name: 'Barrier',
  coordinate: BarrierOnFPGA,
  fields: [bool('omnibus'), bool('jtag'), bool('systime'), bool('multiFpga'), bool('systimeCorrection')],
  emit: (v, _c, sink) => emitMessage(sink, { type: 'timing.Barrier', mask: barrierMask(v) }),
});
export type Barrier = InstanceType<typeof Barrier>;

/** The channel mask of a Barrier. */
export function barrierMask(b: Pick<Barrier, 'omnibus' | 'jtag' | 'systime' | 'multiFpga' | 'systimeCorrection'>): number {
  return (
    (b.omnibus ? BarrierMask.omnibus : 0) |
    (b.jtag ? BarrierMask.jtag : 0) |
    (b.systime ? BarrierMask.systime : 0) |
    (b.multiFpga ? BarrierMask.multiFpga : 0) |
    (b.systimeCorrection ? BarrierMask.systimeCorrection : 0)
  );
}

/** Single-channel barriers (upstream's named presets). */
export const BARRIERS = Object.freeze({
  omnibus: new Barrier({ omnibus: true }),
  jtag: new Barrier({ jtag: true }),
  systime: new Barrier({ systime: true }),
  multiFpga: new Barrier({ multiFpga: true }),
  systimeCorrection: new Barrier({ systimeCorrection: true }),
});

/**
 * Address, target and mask polled by PollingOmnibusBlock (FPGA executor registers). Not readable back on
 * either target (haldls.md 5.3).
 */
export const PollingOmnibusBlockConfig = defineContainer({
  name: 'PollingOmnibusBlockConfig',
  coordinate: PollingOmnibusBlockConfigOnFPGA,
  unsupportedReadTargets: ['hardware', 'simulation'],
  fields: [uint('address', 32), uint('target', 32), uint('mask', 32)],
  addresses: () => [POLLING_OMNIBUS_BLOCK_CONFIG_ADDRESS, POLLING_OMNIBUS_BLOCK_CONFIG_ADDRESS + 1, POLLING_OMNIBUS_BLOCK_CONFIG_ADDRESS + 2],
  layout: { address: at(0, 0), target: at(1, 0), mask: at(2, 0) },
});
export type PollingOmnibusBlockConfig = InstanceType<typeof PollingOmnibusBlockConfig>;

/**
 * Blocks until (word at the configured address & mask) == target (`enableExpectsEquality` true) or != target
 * (false). Default true, as upstream's container (its payload type defaults to false).
 */
export const PollingOmnibusBlock = defineContainer({
  name: 'PollingOmnibusBlock',
  coordinate: PollingOmnibusBlockOnFPGA,
  fields: [bool('enableExpectsEquality', true)],
  emit: (v, _c, sink) => emitMessage(sink, { type: 'timing.PollingOmnibusBlock', value: v.enableExpectsEquality }),
});
export type PollingOmnibusBlock = InstanceType<typeof PollingOmnibusBlock>;

/** Chip reset line (write-only); `value` true asserts the reset. */
export const ResetChip = defineContainer({
  name: 'ResetChip',
  coordinate: ResetChipOnDLS,
  fields: [bool('value')],
  emit: (v, _c, sink) => emitMessage(sink, { type: 'system.Reset', value: v.value }),
});
export type ResetChip = InstanceType<typeof ResetChip>;
