/**
 * The MADC recording state (sim_model.md 3.2, haldls.md 3.12): started and stopped through MADCControl,
 * sampling the neuron the selected source-multiplexer buffer is connected to, at f_clk / (adjust + 12)
 * (optionally divided by 2 * (scale + 1)), for `number_of_samples` samples or continuously.
 *
 * Active multiplexer: the MADC starts on `active_mux_initially_selected_input`; with
 * `active_mux_input_select_length` L > 0 it switches to the other source-multiplexer buffer after every L
 * samples (L = 1: alternate every sample), reporting the buffer as the sample's channel.
 */
import type { RegisterView } from './interface.js';
import { MADCConfig, ReadoutSourceSelection } from '@bss2/haldls';
import { NEURONS } from './layout.js';
import { coords, madcConfigAddresses, readoutSelectionAddresses, readWords } from './chip-registers.js';
import type { NeuronParameters } from './neuron-params.js';
import type { OutputBuffer } from './output-buffer.js';
import { madcCode, madcSampleCycles } from './transfer.js';

export class MadcRecorder {
  active = false;
  /** The neuron each source-multiplexer buffer (channel) sees (-1: nothing connected, samples read 0). */
  readonly neurons: [number, number] = [-1, -1];
  /** The channel the next sample is taken from. */
  channel = 0;
  private next = 0;
  private remaining = Infinity;
  private spacing = 4.25;
  /** Samples per channel before the active mux switches (0: never switches). */
  private selectLength = 0;
  private onChannel = 0;

  reset(): void {
    this.active = false;
    this.neurons[0] = this.neurons[1] = -1;
  }

  /** A write to MADCControl (its decoded fields) at `now`. */
  control(ctl: { startRecording: boolean; stopRecording: boolean; enableContinuousSampling: boolean }, now: number, registers: RegisterView, params: NeuronParameters): void {
    if (ctl.stopRecording) {
      this.active = false;
      return;
    }
    if (!ctl.startRecording) return;
    const config = madcConfigAddresses();
    const c = MADCConfig.decodeValues(coords.madcConfig.get(0), readWords(registers, config, 0, config.length));
    this.channel = c.activeMuxInitiallySelectedInput;
    this.selectLength = c.activeMuxInputSelectLength;
    this.onChannel = 0;
    this.spacing = madcSampleCycles(c.sampleDurationAdjust, c.enableMadcClockScaling, c.madcClockScaleValue);
    this.next = now + this.spacing;
    this.remaining = ctl.enableContinuousSampling || c.numberOfSamples === 0 ? Infinity : c.numberOfSamples;
    if (params.hasDirty) params.refresh(registers);
    const selection = readoutSelectionAddresses();
    const sel = ReadoutSourceSelection.decodeValues(coords.readoutSelection.get(0), readWords(registers, selection, 0, selection.length));
    this.neurons[0] = selectNeuron(sel, 0, params);
    this.neurons[1] = selectNeuron(sel, 1, params);
    this.active = true;
  }

  /**
   * Samples inside (t0, t1], interpolating the readout value linearly between the step's end points:
   * `a0`/`a1` for channel 0's neuron, `b0`/`b1` for channel 1's.
   */
  sample(t0: number, t1: number, a0: number, a1: number, b0: number, b1: number, out: OutputBuffer): void {
    while (this.active && this.next <= t1) {
      const ts = Math.floor(this.next);
      const frac = t1 > t0 ? Math.max(0, (ts - t0) / (t1 - t0)) : 1;
      const ch = this.channel;
      const v = ch === 0 ? a0 + (a1 - a0) * frac : b0 + (b1 - b0) * frac;
      out.madcSample(this.neurons[ch]! >= 0 ? madcCode(v) : 0, ch, ts);
      this.next += this.spacing;
      if (this.selectLength > 0 && ++this.onChannel >= this.selectLength) {
        this.channel = ch ^ 1;
        this.onChannel = 0;
      }
      if (--this.remaining <= 0) this.active = false;
    }
  }
}

/**
 * The neuron source-multiplexer buffer `b` sees: the lowest-index neuron with readout enabled on a selected
 * neuron line (`neuronOdd` / `neuronEven` index 2 * buffer + hemisphere).
 */
function selectNeuron(sel: { neuronOdd: readonly boolean[]; neuronEven: readonly boolean[] }, b: number, params: NeuronParameters): number {
  for (let i = 0; i < NEURONS; i++) {
    if (!params.readoutEnabled[i]) continue;
    const lines = (i & 1) === 1 ? sel.neuronOdd : sel.neuronEven;
    if (lines[2 * b + (i < 256 ? 0 : 1)]) return i;
  }
  return -1;
}
