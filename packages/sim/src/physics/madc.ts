/**
 * The MADC recording state (sim_model.md 3.2, haldls.md 3.12): started and stopped through MADCControl,
 * sampling the neuron the selected source-multiplexer buffer is connected to, at f_clk / (adjust + 12)
 * (optionally divided by 2 * (scale + 1)), for `number_of_samples` samples or continuously.
 */
import type { RegisterView } from './interface.js';
import { MADC_CONFIG_ADDRESS, MadcControl, NeuronLine, READOUT_SOURCE_SELECTION_ADDRESS } from './layout-routing.js';
import { NEURONS } from './layout.js';
import type { NeuronParameters } from './neuron-params.js';
import type { OutputBuffer } from './output-buffer.js';
import { madcCode, madcSampleCycles } from './transfer.js';

export class MadcRecorder {
  active = false;
  /** The sampled neuron (-1: nothing connected, samples read 0). */
  neuron = -1;
  channel = 0;
  private next = 0;
  private remaining = Infinity;
  private spacing = 4.25;

  reset(): void {
    this.active = false;
    this.neuron = -1;
  }

  /** A write to MADCControl at `now`. */
  control(value: number, now: number, registers: RegisterView, params: NeuronParameters): void {
    if (value & MadcControl.stopRecording) {
      this.active = false;
      return;
    }
    if (!(value & MadcControl.startRecording)) return;
    const w0 = registers.read(MADC_CONFIG_ADDRESS);
    const w3 = registers.read(MADC_CONFIG_ADDRESS + 3);
    const w8 = registers.read(MADC_CONFIG_ADDRESS + 8);
    this.channel = (w0 >>> 3) & 1;
    this.spacing = madcSampleCycles((w0 >>> 8) & 7, (w8 & 1) === 1, (w8 >>> 1) & 0xfff);
    this.next = now + this.spacing;
    this.remaining = value & MadcControl.continuousSampling || (w3 & 0xffff) === 0 ? Infinity : w3 & 0xffff;
    if (params.hasDirty) params.refresh(registers);
    this.neuron = selectNeuron(registers.read(READOUT_SOURCE_SELECTION_ADDRESS + this.channel), params);
    this.active = true;
  }

  /** Samples inside (t0, t1], interpolating the readout value linearly between the step's end points. */
  sample(t0: number, t1: number, v0: number, v1: number, out: OutputBuffer): void {
    while (this.active && this.next <= t1) {
      const ts = Math.floor(this.next);
      const frac = t1 > t0 ? Math.max(0, (ts - t0) / (t1 - t0)) : 1;
      out.madcSample(this.neuron >= 0 ? madcCode(v0 + (v1 - v0) * frac) : 0, this.channel, ts);
      this.next += this.spacing;
      if (--this.remaining <= 0) this.active = false;
    }
  }
}

/** The neuron a source-multiplexer buffer sees: the lowest-index neuron with readout enabled on a selected line. */
function selectNeuron(selection: number, params: NeuronParameters): number {
  for (let i = 0; i < NEURONS; i++) {
    if (!params.readoutEnabled[i]) continue;
    const odd = (i & 1) === 1;
    const line = i < 256 ? (odd ? NeuronLine.topOdd : NeuronLine.topEven) : odd ? NeuronLine.bottomOdd : NeuronLine.bottomEven;
    if (selection & line) return i;
  }
  return -1;
}
