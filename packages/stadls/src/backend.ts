/**
 * Word backends (haldls.md 5.2, lola_stadls.md 2.1): chip-side register containers are written and read over
 * the Omnibus through the highspeed link (the default) or over the chip's Omnibus reached through JTAG
 * (`OmnibusChipOverJTAG`), which works before the highspeed link is up - e.g. while bringing the link up.
 * FPGA registers and the CADC sample memory are Omnibus-only. Upstream silently falls back to the default
 * backend when a container does not support the chosen one; here that is an `AccessError`.
 */
import {
  AccessError,
  OmnibusChipOverJTAG,
  OmnibusChipOverJTAGAddress,
  ValueTypeError,
  type ToFpgaMessage,
  type WordBuffer,
} from '@bss2/fisch';
import type { ContainerType, EncodeSink } from '@bss2/haldls';

export const Backend = {
  /** Omnibus over the highspeed link (default). */
  Omnibus: 'omnibus',
  /** The chip's Omnibus through JTAG: 6 JTAG messages per word written or read. */
  OmnibusChipOverJTAG: 'omnibus_chip_over_jtag',
} as const;
export type Backend = (typeof Backend)[keyof typeof Backend];

const BACKENDS: readonly string[] = Object.values(Backend);

/** `value` as a Backend, or a ValueTypeError naming the allowed ones. */
export function checkBackend(value: unknown): Backend {
  if (typeof value !== 'string' || !BACKENDS.includes(value)) throw new ValueTypeError('backend', value, `one of ${BACKENDS.join(', ')}`);
  return value as Backend;
}

/** Omnibus addresses with bit 31 set are FPGA registers, which JTAG (a chip interface) cannot reach. */
const FPGA_ADDRESS_BIT = 0x8000_0000;

/** Throws unless `type` can be reached through JTAG (it is not flagged Omnibus-only). */
export function checkJtagReachable(type: ContainerType): void {
  if ((type as ContainerType & { readonly omnibusOnly?: boolean }).omnibusOnly === true) {
    throw new AccessError(`${type.typeName} is Omnibus-only: it cannot be accessed through ${Backend.OmnibusChipOverJTAG}`);
  }
}

function checkChipAddress(typeName: string, address: number): void {
  if (address >= FPGA_ADDRESS_BIT) {
    throw new AccessError(
      `${typeName}: 0x${address.toString(16).padStart(8, '0')} is an FPGA register, reachable only over the Omnibus, not through ${Backend.OmnibusChipOverJTAG}`,
    );
  }
}

/** Appends the JTAG messages that write `value` to chip Omnibus `address`. */
export function pushJtagWrite(words: WordBuffer, typeName: string, address: number, value: number): void {
  checkChipAddress(typeName, address);
  new OmnibusChipOverJTAG(value >>> 0).encodeWrite(new OmnibusChipOverJTAGAddress(address), words);
}

/** Appends the JTAG messages that read chip Omnibus `address` (one JTAG data response). */
export function pushJtagRead(words: WordBuffer, typeName: string, address: number): void {
  checkChipAddress(typeName, address);
  OmnibusChipOverJTAG.encodeRead(new OmnibusChipOverJTAGAddress(address), words);
}

/**
 * Sink for a container's encode that sends its Omnibus writes through JTAG. Messages a container emits
 * itself (e.g. the JTAG-only PLL and PHY registers) pass through unchanged.
 */
export class JtagWriteSink implements EncodeSink {
  constructor(
    private readonly words: WordBuffer,
    private readonly typeName: string,
    private readonly forward: (msg: ToFpgaMessage) => void,
  ) {}
  omnibusWrite(address: number, value: number): void {
    pushJtagWrite(this.words, this.typeName, address, value);
  }
  message(msg: ToFpgaMessage): void {
    this.forward(msg);
  }
}
