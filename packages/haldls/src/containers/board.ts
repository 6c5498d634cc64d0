/**
 * Board peripherals on the FPGA's SPI master (FPGA Omnibus 0x8800_7000; haldls.md 5.2, fisch.md SPI): the
 * 24-bit xBoard shift register and the two 8-channel DACs. All are write-only. The SPI master collects the
 * low byte of successive writes to one address until a word carries the stop bit (bit 31), so each container
 * emits the same Omnibus write sequence as the fisch SPI word containers.
 */
import { SPI_SHIFT_REGISTER_ADDRESS, SPI_STOP_BIT, SPIDACControlRegisterKind, spiDacAddress } from '@bss2/fisch';
import { putBit, putBits } from '../bits.js';
import type { EncodeSink } from '../container.js';
import { DACChannelOnBoard, DACOnBoard, ShiftRegisterOnBoard } from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { bool, boolArray, enumeration, uint } from '../fields.js';

/** DAC channels per DAC (DACChannelOnBoard enum = dac * 8 + channel). */
export const DAC_CHANNELS_PER_DAC = 8;
/** LDAC control value that latches written data into the DAC outputs. */
const DAC_LDAC_UPDATE = 0x2;
/** Gain/reference control value haldls always writes (internal reference buffered, gain 1). */
const DAC_GAIN_REFERENCE = 0b00_1100;
/** Control-register command byte: bit 7 marks a control write, bits 5-6 select the register. */
const DAC_CONTROL_COMMAND = 0x80;

/** Sends `bytes` (each 0..255) to SPI device `address`, the last one with the stop bit. */
function spiTransfer(sink: EncodeSink, address: number, bytes: readonly number[]): void {
  bytes.forEach((b, i) => sink.omnibusWrite(address, i === bytes.length - 1 ? (b | SPI_STOP_BIT) >>> 0 : b));
}

/** DAC control register write: command byte, then the (up to 13-bit) value with the stop bit. */
function dacControl(sink: EncodeSink, dac: number, register: number, value: number): void {
  const address = spiDacAddress(dac);
  sink.omnibusWrite(address, DAC_CONTROL_COMMAND | (register << 5));
  sink.omnibusWrite(address, (value | SPI_STOP_BIT) >>> 0);
}

// ---------------------------------------------------------------------------------------------------------
// ShiftRegister

export const ANALOG_READOUT_MUX_1_INPUTS = ['off', 'readout_chain_0', 'readout_chain_1', 'mux_rfu_0'] as const;
export const ANALOG_READOUT_MUX_2_INPUTS = ['off', 'v_reset', 'vdd_res_meas', 'mux_dac_25'] as const;
export const ANALOG_READOUT_MUX_3_INPUTS = ['off', 'i_ref', 'mux_rfu_1', 'mux_rfu_2'] as const;
/** LEDs in `enableLed` order (the board has no LEDs 5 and 6 on the shift register). */
export const SHIFT_REGISTER_LEDS = ['led_1', 'led_2', 'led_3', 'led_4', 'led_7', 'led_8'] as const;
/** Supply switches in `enableVdd` order. */
export const SHIFT_REGISTER_VDDS = ['vdd25_digital', 'vdd12_digital', 'vdd25_analog', 'vdd12_analog', 'vdd12_madc', 'vdd12_pll'] as const;
/** Shift-register bit of each LED's (inverted) disable line, in SHIFT_REGISTER_LEDS order. */
const LED_DISABLE_BITS = [10, 11, 12, 15, 22, 23] as const;
const VDD_ENABLE_LOW_BIT = 16;

/**
 * xBoard shift register: analog readout multiplexers, reference current, DAC-to-readout switches, LEDs, ADC
 * control and the six supply switches. Bits: 0-1/2-3/4-5 mux 1/2/3, 6 enable_i_ref_board,
 * 7 enable_measure_i_ref, 8/9 enable_dac_to_readout_0/1, 13 enable_adc_power_down, 14 enable_adc_reset,
 * 16-21 enable_vdd, LED disable (inverted enable) bits 10, 11, 12, 15, 22, 23. Default value 0xFF9C40.
 * `encodeWords` gives the 24-bit value; the write is three SPI bytes, most significant first.
 */
export const ShiftRegister = defineContainer({
  name: 'ShiftRegister',
  coordinate: ShiftRegisterOnBoard,
  differentialWrite: true,
  fields: [
    enumeration('selectAnalogReadoutMux1Input', ANALOG_READOUT_MUX_1_INPUTS),
    enumeration('selectAnalogReadoutMux2Input', ANALOG_READOUT_MUX_2_INPUTS),
    enumeration('selectAnalogReadoutMux3Input', ANALOG_READOUT_MUX_3_INPUTS),
    bool('enableIRefBoard', true),
    bool('enableMeasureIRef'),
    bool('enableDacToReadout0'),
    bool('enableDacToReadout1'),
    boolArray('enableLed', SHIFT_REGISTER_LEDS.length),
    bool('enableAdcPowerDown'),
    bool('enableAdcReset'),
    boolArray('enableVdd', SHIFT_REGISTER_VDDS.length, true),
  ],
  encode: (v) => {
    let w =
      putBits(ANALOG_READOUT_MUX_1_INPUTS.indexOf(v.selectAnalogReadoutMux1Input), 0) |
      putBits(ANALOG_READOUT_MUX_2_INPUTS.indexOf(v.selectAnalogReadoutMux2Input), 2) |
      putBits(ANALOG_READOUT_MUX_3_INPUTS.indexOf(v.selectAnalogReadoutMux3Input), 4) |
      putBit(v.enableIRefBoard, 6) |
      putBit(v.enableMeasureIRef, 7) |
      putBit(v.enableDacToReadout0, 8) |
      putBit(v.enableDacToReadout1, 9) |
      putBit(v.enableAdcPowerDown, 13) |
      putBit(v.enableAdcReset, 14);
    LED_DISABLE_BITS.forEach((bit, i) => (w |= putBit(!v.enableLed[i], bit)));
    v.enableVdd.forEach((on, i) => (w |= putBit(on, VDD_ENABLE_LOW_BIT + i)));
    return [w >>> 0];
  },
  emit: (v, c, sink) => {
    const w = ShiftRegister.encodeWords(v, c)[0]!;
    spiTransfer(sink, SPI_SHIFT_REGISTER_ADDRESS, [(w >>> 16) & 0xff, (w >>> 8) & 0xff, w & 0xff]);
  },
});
export type ShiftRegister = InstanceType<typeof ShiftRegister>;

// ---------------------------------------------------------------------------------------------------------
// DACs

/**
 * One 12-bit DAC channel. Sent as a 16-bit frame (data 0-11, channel 12-14, read flag 15 = 0), high byte
 * first, followed by an LDAC control write that latches it into the output.
 */
export const DACChannel = defineContainer({
  name: 'DACChannel',
  coordinate: DACChannelOnBoard,
  differentialWrite: true,
  fields: [uint('value', 12)],
  emit: (v, c, sink) => {
    const dac = Math.floor(c.toEnum() / DAC_CHANNELS_PER_DAC);
    const frame = ((c.toEnum() % DAC_CHANNELS_PER_DAC) << 12) | v.value;
    spiTransfer(sink, spiDacAddress(dac), [frame >>> 8, frame & 0xff]);
    dacControl(sink, dac, SPIDACControlRegisterKind.ldac, DAC_LDAC_UPDATE);
  },
});
export type DACChannel = InstanceType<typeof DACChannel>;

/**
 * Channel enables of one DAC. Written as two control registers: gain/reference (fixed 0b001100), then the
 * power-down mask (bit c set = channel c powered down, i.e. not enabled).
 */
export const DACControl = defineContainer({
  name: 'DACControl',
  coordinate: DACOnBoard,
  differentialWrite: true,
  fields: [boolArray('enableChannel', DAC_CHANNELS_PER_DAC, true)],
  emit: (v, c, sink) => {
    dacControl(sink, c.toEnum(), SPIDACControlRegisterKind.gainReference, DAC_GAIN_REFERENCE);
    dacControl(sink, c.toEnum(), SPIDACControlRegisterKind.powerDown, dacPowerDownMask(v.enableChannel));
  },
});
export type DACControl = InstanceType<typeof DACControl>;

/** Power-down register value for the given channel enables. */
export function dacPowerDownMask(enableChannel: readonly boolean[]): number {
  return enableChannel.reduce((m, on, ch) => (on ? m : m | (1 << ch)), 0);
}
