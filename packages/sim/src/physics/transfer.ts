/**
 * DAC value -> physical quantity: the documented transfer functions of the behaviour model.
 *
 * No closed-form CapMem law is published (sim_model.md 1.5, 7); the circuits are monotone and roughly
 * affine, so the model uses affine/inverse-proportional laws anchored on the published calibration points.
 * Units: potentials in "CADC LSB" (the unit users of calix/hxtorch/jaxsnn work in), times in FPGA cycles
 * (8 ns) internally and in microseconds at this API, synaptic inputs in CADC LSB of membrane drive.
 *
 * Anchors:
 * - voltage cells: CapMem 70 -> CADC 20 and 550 -> CADC 220 (calix default CADC calibration, sim_model.md 1.4),
 *   i.e. potential = 20 + (code - 70) * 200/480 CADC LSB. Code 1023 ("refresh disabled") is modelled as a
 *   cell that has leaked away to code 0.
 * - i_bias_leak: tau_mem = 10 us * (C/C_full) * 500 / code; leak division x8, multiplication /8. Code 0 = no leak.
 *   C/C_full = (membrane_capacitor_size + 1) / 64 (0..63 LSB <-> 0..2.2 pF plus a small parasitic part).
 * - i_bias_synin_*_tau: tau_syn = 10 us * 500 / code (higher bias = shorter tau); without
 *   enable_small_capacitance the synaptic capacitor is 2x larger, enable_high_resistance multiplies by 4.
 * - i_bias_reset: reset relaxation constant 0.5 us * 1022 / code (the fastest reset is about 0.5 us,
 *   haldls RefractoryTime doc); reset division x8, multiplication /8; code 0 = no reset conductance.
 * - synaptic efficacy: one event of weight w adds w * 0.35 * (syn_i_bias_dac/600) * (i_bias_gm/500) CADC LSB
 *   of drive J (the charge Q = dt * I_dac(w) integrated by the OTA). J decays with tau_syn and moves the
 *   membrane as dV/dt = (V_inf - V)/tau_mem + J/tau_c with tau_c = 10 us * C/C_full, so for the calibrated
 *   default (tau_mem = 10 us, C = 63) the model is exactly hxtorch's "voltage-unit" LIF.
 * - adaptation: tau_w = 100 us * 500 / i_bias_adapt_tau; a = 0.2 * i_bias_adapt_a / 500 (dimensionless);
 *   b = 2 LSB * i_bias_adapt_b / 500 per spike; signs from invert_adaptation_a/b.
 * - exponential term: Delta_T = i_bias_exp / 50 CADC LSB (0 = off), onset potential v_exp.
 * - i_mem_offset: constant drive of code / 10 CADC LSB (sign from invert_membrane_offset).
 * - CADC: code = round(V + channel offset), clipped to 0..255. MADC: V -> volts by the same calibration
 *   (20 LSB = 0.15 V, 220 LSB = 1.05 V), then 10 bits over 0..1.2 V.
 */

/** One FPGA cycle in microseconds. */
export const US_PER_CYCLE = 0.008;
export const CYCLES_PER_US = 125;

export function voltageCellToPotential(code: number): number {
  const c = code >= 1023 ? 0 : code;
  return 20 + ((c - 70) * 200) / 480;
}
/** Inverse of `voltageCellToPotential` (rounded, clipped to 0..1022): the DAC code for a CADC target. */
export function potentialToVoltageCell(potential: number): number {
  return Math.min(1022, Math.max(0, Math.round(70 + ((potential - 20) * 480) / 200)));
}

export function capacitanceFactor(capSize: number): number {
  return (capSize + 1) / 64;
}

/** Membrane time constant in us; Infinity without leak. */
export function tauMemUs(leakCode: number, capSize: number, division: boolean, multiplication: boolean): number {
  const code = leakCode >= 1023 ? 0 : leakCode;
  if (code === 0) return Infinity;
  let tau = (10 * capacitanceFactor(capSize) * 500) / code;
  if (division) tau *= 8;
  if (multiplication) tau /= 8;
  return tau;
}
/** Inverse of `tauMemUs` without division/multiplication: the leak code for a target tau (0..1022). */
export function leakCodeForTau(tauUs: number, capSize = 63): number {
  return Math.min(1022, Math.max(1, Math.round((10 * capacitanceFactor(capSize) * 500) / tauUs)));
}

export function tauSynUs(tauCode: number, smallCapacitance: boolean, highResistance: boolean): number {
  const code = tauCode >= 1023 ? 0 : tauCode;
  if (code === 0) return Infinity;
  let tau = (10 * 500) / code;
  if (!smallCapacitance) tau *= 2;
  if (highResistance) tau *= 4;
  return tau;
}

export function tauResetUs(resetCode: number, division: boolean, multiplication: boolean): number {
  const code = resetCode >= 1023 ? 0 : resetCode;
  if (code === 0) return Infinity;
  let tau = (0.5 * 1022) / code;
  if (division) tau *= 8;
  if (multiplication) tau /= 8;
  return tau;
}

/** Drive added per weight LSB (CADC LSB of J). */
export function synapticGain(dacBiasCode: number, gmCode: number, dacenExtension = 0): number {
  const dac = dacBiasCode >= 1023 ? 0 : dacBiasCode;
  const gm = gmCode >= 1023 ? 0 : gmCode;
  return 0.35 * (dac / 600) * (gm / 500) * (1 + dacenExtension / 4);
}

/** Coupling time constant tau_c (us) of the synaptic drive onto the membrane. */
export function tauCouplingUs(capSize: number): number {
  return 10 * capacitanceFactor(capSize);
}

/** Refractory counter clock period in FPGA cycles: 250 MHz / 2^(scale+1) = one tick every 2^scale cycles. */
export function refractoryTickCycles(clockScale: number): number {
  return 2 ** clockScale;
}

/** Hold-off ticks at the end of the refractory period: 0x1F - 2*reset_holdoff, at least one. */
export function holdoffTicks(resetHoldoff: number): number {
  return Math.max(1, 0x1f - 2 * resetHoldoff);
}

export function cadcCode(potential: number, offset: number): number {
  const v = Math.round(potential + offset);
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

export function potentialToVolts(potential: number): number {
  return 0.15 + (potential - 20) * 0.0045;
}
export function madcCode(potential: number): number {
  const v = Math.round((potentialToVolts(potential) / 1.2) * 1023);
  return v < 0 ? 0 : v > 1023 ? 1023 : v;
}

/** MADC sample spacing in FPGA cycles: f_clk = 500 MHz, period (adjust + 12) clocks, optional scaling. */
export function madcSampleCycles(sampleDurationAdjust: number, clockScaling: boolean, clockScaleValue: number): number {
  const clocks = (sampleDurationAdjust + 12) * (clockScaling ? 2 * (clockScaleValue + 1) : 1);
  return (clocks * 2) / 8;
}
