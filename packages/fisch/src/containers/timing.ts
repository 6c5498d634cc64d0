/**
 * FPGA executor containers: timing (PollingOmnibusBlock, Barrier, WaitUntil, SystimeSync, Timer), chip reset
 * and the NullPayloadReadable marker (spec 3.2/3.3).
 */
import { ValueRangeError } from '../errors.js';
import type { WordBuffer } from '../framing/word-buffer.js';
import { ResponseQueueKind } from '../builder/response-queue.js';
import {
  emitBarrier,
  emitLoopback,
  emitOmnibusRead,
  emitPollingOmnibusBlock,
  emitReset,
  emitSystimeInit,
  emitTimerSetup,
  emitWaitUntil,
} from '../ut/words.js';
import { BarrierMask } from '../ut/to-fpga.js';
import {
  checkCoordinate,
  defineCoordinate,
  jsonObject,
  notWritable,
  registerContainer,
  formatRanged,
  type WordContainer,
  type WordContainerType,
  type WordCoordinate,
} from './container.js';
import { defineValueContainer, type ValueContainer } from './value-container.js';

export const PollingOmnibusBlockOnFPGA = defineCoordinate('PollingOmnibusBlockOnFPGA', 1);
export const BarrierOnFPGA = defineCoordinate('BarrierOnFPGA', 1);
export const WaitUntilOnFPGA = defineCoordinate('WaitUntilOnFPGA', 1);
export const SystimeSyncOnFPGA = defineCoordinate('SystimeSyncOnFPGA', 1);
export const ResetChipOnDLS = defineCoordinate('ResetChipOnDLS', 1);
export const TimerOnDLS = defineCoordinate('TimerOnDLS', 1);
export const NullPayloadReadableOnFPGA = defineCoordinate('NullPayloadReadableOnFPGA', 1);

/** FPGA executor timer readout address (Omnibus). */
export const TIMER_READOUT_ADDRESS = 0x8800000c;

/**
 * Blocks execution until (value at the configured Omnibus address & mask) == target (true) or != target
 * (false). Quirk kept from upstream (spec 8.7): the container default is true although the payload's own
 * default is false.
 */
export const PollingOmnibusBlock = defineValueContainer<boolean>({
  typeName: 'PollingOmnibusBlock',
  coordinateType: PollingOmnibusBlockOnFPGA,
  defaultValue: true,
  write: (out, v) => emitPollingOmnibusBlock(out, v),
  format: String,
});

/** Blocks until the channels in the mask are idle; see `BarrierMask` for the channel bits. */
export const Barrier = Object.assign(
  defineValueContainer<number>({
    typeName: 'Barrier',
    coordinateType: BarrierOnFPGA,
    range: [0, 0x1f],
    defaultValue: 0,
    write: (out, v) => emitBarrier(out, v),
    format: (v) => formatRanged(v, 5),
  }),
  { mask: BarrierMask },
);

/** Blocks until the FPGA timer reaches the value (FPGA cycles, 125 MHz). */
export const WaitUntil = defineValueContainer<number>({
  typeName: 'WaitUntil',
  coordinateType: WaitUntilOnFPGA,
  range: [0, 0xffffffff],
  defaultValue: 0,
  write: (out, v) => emitWaitUntil(out, v),
  format: (v) => formatRanged(v, 32),
});

/** true: synchronise chip systime with the FPGA time; false: only emit a systime update response. */
export const SystimeSync = defineValueContainer<boolean>({
  typeName: 'SystimeSync',
  coordinateType: SystimeSyncOnFPGA,
  defaultValue: false,
  write: (out, v) => emitSystimeInit(out, v),
  format: String,
});

/** Chip reset line; true = reset asserted. */
export const ResetChip = defineValueContainer<boolean>({
  typeName: 'ResetChip',
  coordinateType: ResetChipOnDLS,
  defaultValue: false,
  write: (out, v) => emitReset(out, v),
  format: String,
});

/**
 * FPGA executor timer. Writing resets it (timing::Setup), which is only possible to 0; reading returns the
 * current count via the Omnibus timer register. Quirk kept from upstream: all Timer values compare equal.
 */
export const Timer = defineValueContainer<number>({
  typeName: 'Timer',
  coordinateType: TimerOnDLS,
  range: [0, 0xffffffff],
  defaultValue: 0,
  write: (out: WordBuffer, v: number) => {
    if (v !== 0) throw new ValueRangeError('Timer.value', v, 0, 0, 'the timer can only be reset to 0');
    emitTimerSetup(out);
  },
  read: (out) => emitOmnibusRead(out, TIMER_READOUT_ADDRESS),
  queue: ResponseQueueKind.Omnibus,
  decodeCount: 1,
  decode: (values, offset) => values[offset]! >>> 0,
  format: String,
  alwaysEqual: true,
});

/**
 * Read-only marker without data: a read is one Loopback tick whose response comes back as fast as possible
 * (a time or synchronisation marker).
 */
export class NullPayloadReadable implements WordContainer {
  static readonly typeName = 'NullPayloadReadable';
  static readonly coordinateType = NullPayloadReadableOnFPGA;
  static readonly readable = true;
  static readonly writable = false;
  static readonly decodeCount = 1;
  static readonly responseQueue = ResponseQueueKind.Loopback;

  get containerType(): WordContainerType {
    return NullPayloadReadable;
  }
  static create(): NullPayloadReadable {
    return new NullPayloadReadable();
  }
  static fromJSON(json: unknown): NullPayloadReadable {
    jsonObject('NullPayloadReadable', json);
    return new NullPayloadReadable();
  }
  static encodeRead(coord: WordCoordinate, out: WordBuffer): void {
    checkCoordinate(NullPayloadReadable, coord);
    emitLoopback(out, true);
  }
  static decode(_values: ArrayLike<number>, _offset: number): NullPayloadReadable {
    return new NullPayloadReadable();
  }
  encodeWrite(_coord: WordCoordinate, _out: WordBuffer): void {
    notWritable(NullPayloadReadable);
  }
  equals(other: WordContainer): boolean {
    return other instanceof NullPayloadReadable;
  }
  toString(): string {
    return 'NullPayloadReadable()';
  }
  toJSON(): Record<string, never> {
    return {};
  }
}
registerContainer(NullPayloadReadable);

export type PollingOmnibusBlock = ValueContainer<boolean>;
export type Barrier = ValueContainer<number>;
export type WaitUntil = ValueContainer<number>;
export type SystimeSync = ValueContainer<boolean>;
export type ResetChip = ValueContainer<boolean>;
export type Timer = ValueContainer<number>;
