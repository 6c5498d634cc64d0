/**
 * Board peripherals behind the FPGA's I2C and SPI masters (fisch.md section 3.3), answered plausibly so that
 * bring-up programs and board readouts work against the simulator:
 * - I2C: ID EEPROM, TMP112 temperature sensor, six INA219 power monitors, TCA9554 GPIO expander, three
 *   AD5252 potentiometers, DAC6573 and the TCA9546 multiplexer. Every addressed device ACKs (bit 31 clear);
 *   a read from an absent device returns bit 31 set, which fisch decodes as "I2C ack missing".
 * - SPI: the shift register and the two DACs collect bytes until the stop bit and latch the frame.
 */

/** Omnibus base of the I2C master; device byte `dev` lives at base + dev. */
export const I2C_BASE = 0x8800_7800;
export const I2C_STOP_FLAG = 0x80;
export const I2C_REPEATED_START_FLAG = 0x100;
export const I2C_PRESCALER_OFFSET = 0x200;
export const SPI_BASE = 0x8800_7000;
/** Response bit set when the addressed I2C device did not acknowledge. */
export const I2C_NACK = 0x8000_0000;
export const SPI_STOP_BIT = 0x8000_0000;

interface I2cDevice {
  /** Bytes returned for a read starting at `pointer` (MSB first). */
  read(pointer: number): number[];
  /** Data bytes written after the pointer byte. */
  write(pointer: number, data: readonly number[]): void;
}

/** Simple register-bank device: registers of `width` bytes, with reset values. */
class RegisterBankDevice implements I2cDevice {
  private readonly regs = new Map<number, number>();
  constructor(
    private readonly width: number,
    resets: Record<number, number>,
    private readonly writable: (pointer: number) => boolean = () => true,
  ) {
    for (const [k, v] of Object.entries(resets)) this.regs.set(Number(k), v);
  }
  read(pointer: number): number[] {
    const v = this.regs.get(pointer) ?? 0;
    const out: number[] = [];
    for (let i = this.width - 1; i >= 0; i--) out.push(Math.floor(v / 2 ** (8 * i)) & 0xff);
    return out;
  }
  write(pointer: number, data: readonly number[]): void {
    if (!this.writable(pointer) || data.length === 0) return;
    let v = 0;
    for (const b of data.slice(0, this.width)) v = v * 256 + b;
    // a short write fills the most significant bytes first, as the devices shift MSB first
    v *= 2 ** (8 * Math.max(0, this.width - data.length));
    this.regs.set(pointer, v);
  }
}

/** TCA9546 multiplexer: a single control byte, no register pointer. */
class MuxDevice implements I2cDevice {
  private control = 0;
  read(): number[] {
    return [this.control];
  }
  write(pointer: number, data: readonly number[]): void {
    // a plain control write is one byte (the "pointer" position); a generic write carries it as data
    this.control = (data.length > 0 ? data[data.length - 1]! : pointer) & 0xff;
  }
}

function buildDevices(): Map<number, I2cDevice> {
  const d = new Map<number, I2cDevice>();
  d.set(0x50, new RegisterBankDevice(4, { 0xfc: 0x4253_5332 }, () => false)); // ID EEPROM: "BSS2"
  // TMP112: 12-bit left-aligned, 0.0625 degC/LSB: 25 degC = 400 << 4; config register reset 0x60A0
  d.set(0x48, new RegisterBankDevice(2, { 0: 400 << 4, 1: 0x60a0 }, (p) => p !== 0));
  for (let k = 0; k < 6; k++) {
    // INA219: config 0x399F, shunt 1 mV (100 LSB of 10 uV), bus 1.2 V (300 LSB of 4 mV << 3), power/current 0
    d.set(0x40 + k, new RegisterBankDevice(2, { 0: 0x399f, 1: 100, 2: (300 << 3) | 0b10, 3: 0, 4: 0, 5: 0 }, (p) => p === 0 || p === 5));
  }
  d.set(0x38, new RegisterBankDevice(1, { 0: 0xff, 1: 0xff, 2: 0x00, 3: 0xff }, (p) => p !== 0)); // TCA9554
  for (let a = 0; a < 3; a++) {
    // AD5252: RDAC (0x01/0x03) and EEMEM (0x21/0x23), mid-scale 0x80
    d.set(0x2c + a, new RegisterBankDevice(1, { 0x01: 0x80, 0x03: 0x80, 0x21: 0x80, 0x23: 0x80 }));
  }
  // DAC6573: 10-bit value left-aligned in 16 bits (value << 6)
  d.set(0x4c, new RegisterBankDevice(2, { 0x10: 0, 0x12: 0, 0x14: 0, 0x16: 0 }));
  d.set(0x70, new MuxDevice());
  return d;
}

/** I2C master state machine: one transfer at a time, repeated starts inserted when mode or device change. */
export class I2cBus {
  private readonly devices = buildDevices();
  private device = -1;
  private mode: 'idle' | 'write' | 'read' = 'idle';
  private pointer = 0;
  private pointerSet = false;
  private data: number[] = [];
  private readBytes: number[] = [];
  private readIndex = 0;

  /** Omnibus write of one byte to `offset` (device byte | flags) in the I2C window. */
  write(offset: number, value: number): void {
    const dev = offset & 0x7f;
    if (this.mode !== 'write' || dev !== this.device) this.start(dev, 'write');
    if (!this.pointerSet) {
      this.pointer = value & 0xff;
      this.pointerSet = true;
    } else {
      this.data.push(value & 0xff);
    }
    if (offset & I2C_STOP_FLAG) this.stop();
  }

  /** Omnibus read of one byte; returns the response word (bit 31 set on a missing ACK). */
  read(offset: number): number {
    const dev = offset & 0x7f;
    const device = this.devices.get(dev);
    if (this.mode !== 'read' || dev !== this.device) {
      const pointer = this.pointerSet && dev === this.device ? this.pointer : 0;
      this.start(dev, 'read');
      this.readBytes = device ? device.read(pointer) : [];
    }
    const word = device ? (this.readBytes[this.readIndex] ?? 0xff) : I2C_NACK;
    this.readIndex++;
    if (offset & I2C_STOP_FLAG) this.stop();
    return word >>> 0;
  }

  private start(dev: number, mode: 'write' | 'read'): void {
    if (this.mode === 'write') this.commit();
    this.device = dev;
    this.mode = mode;
    this.readIndex = 0;
    if (mode === 'write') {
      this.pointerSet = false;
      this.data = [];
    }
  }

  private commit(): void {
    const device = this.devices.get(this.device);
    if (!device || !this.pointerSet) return;
    if (device instanceof MuxDevice) {
      // the mux has no pointer: a pointer-only transfer that ends with STOP is its control write
      if (this.data.length > 0) device.write(this.pointer, this.data);
      return;
    }
    if (this.data.length > 0) device.write(this.pointer, this.data);
  }

  private stop(): void {
    if (this.mode === 'write') {
      const device = this.devices.get(this.device);
      if (device instanceof MuxDevice && this.data.length === 0) device.write(this.pointer, []);
      else this.commit();
    }
    this.mode = 'idle';
    this.data = [];
    // the pointer stays valid for a following read of the same device (repeated-start semantics)
  }
}

/** SPI master: collects the low byte of successive writes per address until the stop bit, then latches. */
export class SpiBus {
  private readonly pending = new Map<number, number[]>();
  /** Last complete frame per SPI address (shift register at 1, DAC control/data at 2 and 4). */
  readonly frames = new Map<number, number>();

  write(offset: number, value: number): void {
    const bytes = this.pending.get(offset) ?? [];
    bytes.push(value & 0xff);
    if (value & SPI_STOP_BIT) {
      // the last write may carry up to 13 bits (DAC control): merge it whole below the earlier bytes
      let frame = 0;
      for (let i = 0; i < bytes.length - 1; i++) frame = frame * 256 + bytes[i]!;
      frame = frame * 256 + (value & 0x1fff);
      this.frames.set(offset, frame >>> 0);
      this.pending.delete(offset);
    } else {
      this.pending.set(offset, bytes);
    }
  }
}
