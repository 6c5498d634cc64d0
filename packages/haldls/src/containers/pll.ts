/**
 * PLL containers (haldls.md 2.1, 3.16): the two all-digital PLLs, the clock output block routing their
 * outputs to the chip's clock consumers, and the PLL self test. They live at chip Omnibus 0x0008_0000 but are
 * JTAG-only upstream: the PLLs must be programmed before the highspeed link (which carries Omnibus) runs.
 * So writes go through the JTAG Omnibus bridge to the documented Omnibus addresses (the words equal upstream's
 * Omnibus-over-JTAG encoding); reads use the Omnibus addresses. `writeAddresses`/`encodeWords` still give the
 * (address, word) pairs the bridge writes.
 */
import { getBit, getBits, putBit, putBits } from '../bits.js';
import type { EncodeSink } from '../container.js';
import { ADPLLOnDLS, PLLClockOutputBlockOnDLS, PLLSelfTestOnDLS, PLLSelfTestStatusOnDLS } from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { at } from '../layout.js';
import { bool, boolArray, enumArray, int, intArray, uint } from '../fields.js';
import { emitOmnibusOverJtag } from './fpga.js';

const PLL_BASE = 0x0008_0000;
const CLOCK_OUTPUT_BLOCK_ADDRESS = PLL_BASE + 4;
const SELF_TEST_ADDRESS = PLL_BASE + 5;
const SELF_TEST_STATUS_ADDRESS = PLL_BASE + 7;

/** Number of clock outputs: serdes_ser_send_clk, phy_ref_clk, ppu_clk, madc_clk (PLLClockOutputOnDLS). */
export const PLL_CLOCK_OUTPUTS = 4;
/** Selectable ADPLL outputs. */
export const ADPLL_OUTPUTS = ['core_0', 'core_1', 'dco'] as const;

function writeOverJtag(addresses: readonly number[], words: readonly number[], sink: EncodeSink): void {
  addresses.forEach((a, i) => emitOmnibusOverJtag(sink, a, words[i]!));
}

// ---------------------------------------------------------------------------------------------------------
// ADPLL

/** The pre-dividers hold 2..4 and are stored as value - 1 in 2 bits. */
const PRE_DIV_OFFSET = 1;

function adpllAddresses(c: ADPLLOnDLS): number[] {
  return [PLL_BASE + 2 * c.toEnum(), PLL_BASE + 2 * c.toEnum() + 1];
}

/**
 * All-digital PLL. Word 0: 0-4 loop_filter_int, 5-9 loop_filter_prop, 10-14 loop_div_n, 15-19 core_div_m0,
 * 20-24 core_div_m1, 25-26/27-28/29-30 pre_div_p0/p1/p2 (stored minus 1). Word 1: 0-11 tune,
 * 12-17 dco_power_switch, 18 open_lock, 19 enforce_lock, 20 pfd_select, 21 lock_window, 22-23 filter_shift,
 * 24 disable (inverted enable_output_clock), 30 enable, 31 use_external_config.
 * Default words [0x2A20A902, 0xC0CBF200].
 */
export const ADPLL = defineContainer({
  name: 'ADPLL',
  coordinate: ADPLLOnDLS,
  fields: [
    int('loopFilterInt', 1, 31, 2),
    int('loopFilterProp', 1, 31, 8),
    int('loopDivN', 1, 31, 10),
    int('coreDivM0', 1, 31, 1),
    int('coreDivM1', 1, 31, 2),
    int('preDivP0', 2, 4, 2),
    int('preDivP1', 2, 4, 2),
    int('preDivP2', 2, 4, 2),
    uint('tune', 12, 512),
    uint('dcoPowerSwitch', 6, 63),
    bool('openLock'),
    bool('enforceLock', true),
    bool('pfdSelect'),
    bool('lockWindow'),
    uint('filterShift', 2, 3),
    bool('enableOutputClock', true),
    bool('enable', true),
    bool('useExternalConfig', true),
  ],
  addresses: adpllAddresses,
  encode: (v) => [
    putBits(v.loopFilterInt, 0) |
      putBits(v.loopFilterProp, 5) |
      putBits(v.loopDivN, 10) |
      putBits(v.coreDivM0, 15) |
      putBits(v.coreDivM1, 20) |
      putBits(v.preDivP0 - PRE_DIV_OFFSET, 25) |
      putBits(v.preDivP1 - PRE_DIV_OFFSET, 27) |
      putBits(v.preDivP2 - PRE_DIV_OFFSET, 29),
    putBits(v.tune, 0) |
      putBits(v.dcoPowerSwitch, 12) |
      putBit(v.openLock, 18) |
      putBit(v.enforceLock, 19) |
      putBit(v.pfdSelect, 20) |
      putBit(v.lockWindow, 21) |
      putBits(v.filterShift, 22) |
      putBit(!v.enableOutputClock, 24) |
      putBit(v.enable, 30) |
      putBit(v.useExternalConfig, 31),
  ],
  decode: ([w0 = 0, w1 = 0]) => ({
    loopFilterInt: getBits(w0, 0, 5),
    loopFilterProp: getBits(w0, 5, 5),
    loopDivN: getBits(w0, 10, 5),
    coreDivM0: getBits(w0, 15, 5),
    coreDivM1: getBits(w0, 20, 5),
    preDivP0: getBits(w0, 25, 2) + PRE_DIV_OFFSET,
    preDivP1: getBits(w0, 27, 2) + PRE_DIV_OFFSET,
    preDivP2: getBits(w0, 29, 2) + PRE_DIV_OFFSET,
    tune: getBits(w1, 0, 12),
    dcoPowerSwitch: getBits(w1, 12, 6),
    openLock: getBit(w1, 18),
    enforceLock: getBit(w1, 19),
    pfdSelect: getBit(w1, 20),
    lockWindow: getBit(w1, 21),
    filterShift: getBits(w1, 22, 2),
    enableOutputClock: !getBit(w1, 24),
    enable: getBit(w1, 30),
    useExternalConfig: getBit(w1, 31),
  }),
  emit: (v, c, sink) => writeOverJtag(adpllAddresses(c), ADPLL.encodeWords(v, c), sink),
});
export type ADPLL = InstanceType<typeof ADPLL>;

/** Nominal ADPLL reference clock (Hz). */
export const NOMINAL_PLL_F_REFERENCE = 50e6;

/**
 * Frequency (Hz) of output `output` of an ADPLL fed with `fRef`. The DCO runs at P0 * N * f_ref; the `dco`
 * output divides that by P2, the core outputs by P1 * M0 and P1 * M1. With the defaults: dco 500 MHz (MADC
 * clock), core_0 500 MHz, core_1 250 MHz (PPU clock).
 */
export function adpllOutputFrequency(
  a: Pick<ADPLL, 'loopDivN' | 'preDivP0' | 'preDivP1' | 'preDivP2' | 'coreDivM0' | 'coreDivM1'>,
  output: (typeof ADPLL_OUTPUTS)[number],
  fRef: number = NOMINAL_PLL_F_REFERENCE,
): number {
  const dco = a.preDivP0 * a.loopDivN * fRef;
  switch (output) {
    case 'dco':
      return dco / a.preDivP2;
    case 'core_0':
      return dco / (a.preDivP1 * a.coreDivM0);
    case 'core_1':
      return dco / (a.preDivP1 * a.coreDivM1);
  }
}

// ---------------------------------------------------------------------------------------------------------
// PLLClockOutputBlock

/**
 * Clock output switch matrix. Per output i (PLLClockOutputOnDLS order) the byte 8i..8i+7 holds
 * 0 enable_output, 1 enable_bypass, 2 select_adpll, 3-4 select_adpll_output; bit 31 switches the SPL1 clock
 * from phy_ref_clk to madc_clk. Default word 0x110D0101 (ppu_clk from ADPLL 1 core_1, madc_clk from ADPLL 0 dco,
 * the others from ADPLL 0 core_0).
 */
export const PLLClockOutputBlock = defineContainer({
  name: 'PLLClockOutputBlock',
  coordinate: PLLClockOutputBlockOnDLS,
  fields: [
    boolArray('enableOutput', PLL_CLOCK_OUTPUTS, true),
    boolArray('enableBypass', PLL_CLOCK_OUTPUTS),
    intArray('selectAdpll', PLL_CLOCK_OUTPUTS, 0, 1, [0, 0, 1, 0]),
    enumArray('selectAdpllOutput', PLL_CLOCK_OUTPUTS, ADPLL_OUTPUTS, ['core_0', 'core_0', 'core_1', 'dco']),
    bool('switchSpl1ToMadc'),
  ],
  addresses: () => [CLOCK_OUTPUT_BLOCK_ADDRESS],
  encode: (v) => {
    let w = putBit(v.switchSpl1ToMadc, 31);
    for (let i = 0; i < PLL_CLOCK_OUTPUTS; i++) {
      w |=
        putBit(v.enableOutput[i]!, 8 * i) |
        putBit(v.enableBypass[i]!, 8 * i + 1) |
        putBits(v.selectAdpll[i]!, 8 * i + 2) |
        putBits(ADPLL_OUTPUTS.indexOf(v.selectAdpllOutput[i]!), 8 * i + 3);
    }
    return [w >>> 0];
  },
  decode: ([w = 0]) => {
    const outputs = [0, 1, 2, 3];
    return {
      enableOutput: outputs.map((i) => getBit(w, 8 * i)),
      enableBypass: outputs.map((i) => getBit(w, 8 * i + 1)),
      selectAdpll: outputs.map((i) => getBits(w, 8 * i + 2, 1)),
      // code 3 is unused by the hardware; it is passed on and rejected by the field check
      selectAdpllOutput: outputs.map((i) => ADPLL_OUTPUTS[getBits(w, 8 * i + 3, 2)] ?? (String(getBits(w, 8 * i + 3, 2)) as never)),
      switchSpl1ToMadc: getBit(w, 31),
    };
  },
  emit: (v, c, sink) => writeOverJtag([CLOCK_OUTPUT_BLOCK_ADDRESS], PLLClockOutputBlock.encodeWords(v, c), sink),
});
export type PLLClockOutputBlock = InstanceType<typeof PLLClockOutputBlock>;

// ---------------------------------------------------------------------------------------------------------
// PLL self test

/**
 * Frequency self test: counts `selectSource` (a PLLClockOutputOnDLS) cycles, pre-scaled by `preScalerP`,
 * and checks the count against `checkValue` within `checkRange`. Bits: 0 clock_enable, 1-4 pre_scaler_p,
 * 5-6 select_source, 8-11 check_range, 12-31 check_value.
 */
export const PLLSelfTest = defineContainer({
  name: 'PLLSelfTest',
  coordinate: PLLSelfTestOnDLS,
  fields: [bool('clockEnable'), uint('preScalerP', 4), uint('selectSource', 2), uint('checkRange', 4), uint('checkValue', 20)],
  addresses: () => [SELF_TEST_ADDRESS],
  encode: (v) => [putBit(v.clockEnable, 0) | putBits(v.preScalerP, 1) | putBits(v.selectSource, 5) | putBits(v.checkRange, 8) | putBits(v.checkValue, 12)],
  decode: ([w = 0]) => ({
    clockEnable: getBit(w, 0),
    preScalerP: getBits(w, 1, 4),
    selectSource: getBits(w, 5, 2),
    checkRange: getBits(w, 8, 4),
    checkValue: getBits(w, 12, 20),
  }),
  emit: (v, c, sink) => writeOverJtag([SELF_TEST_ADDRESS], PLLSelfTest.encodeWords(v, c), sink),
});
export type PLLSelfTest = InstanceType<typeof PLLSelfTest>;

/** Result of the PLL self test (read-only): 0-19 counter_value, 20 finished, 21 success. */
export const PLLSelfTestStatus = defineContainer({
  name: 'PLLSelfTestStatus',
  coordinate: PLLSelfTestStatusOnDLS,
  fields: [bool('success'), bool('finished'), uint('counterValue', 20)],
  readAddresses: () => [SELF_TEST_STATUS_ADDRESS],
  layout: { counterValue: at(0, 0), finished: at(0, 20), success: at(0, 21) },
});
export type PLLSelfTestStatus = InstanceType<typeof PLLSelfTestStatus>;
