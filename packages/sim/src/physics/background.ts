/**
 * The 8 on-chip background spike sources (haldls.md 3.9, sim_model.md 2.6): regular or Poisson, seeded.
 *
 * Generator law (a documented model choice; haldls gives field widths, not the circuit law):
 * - regular: one event every max(1, period) cycles of the 125 MHz clock, label = neuron_label;
 * - Poisson (enable_random): at every period tick an event with probability (rate + 1) / 256, drawn as
 *   geometric gaps; the label bits selected by `mask` are replaced by random bits.
 * The random stream is seeded from the source's seed register combined with the model seed, and restarts
 * whenever the source is (re-)enabled, so a program is reproducible.
 */
import type { BackgroundSourceValues } from './routing-state.js';
import { Rng } from './rng.js';

export type CrossbarRoute = (input: number, label: number, time: number) => void;

export class BackgroundSources {
  private readonly next = new Float64Array(8).fill(Infinity);
  private readonly enabled = new Uint8Array(8);
  private readonly rng: Rng[] = [];
  private config: readonly BackgroundSourceValues[] = [];
  events = 0;

  constructor(private readonly modelSeed: number) {}

  reset(): void {
    this.next.fill(Infinity);
    this.enabled.fill(0);
    this.config = [];
  }

  /** New register contents: sources switched on start at `now`, switched off ones stop. */
  update(config: readonly BackgroundSourceValues[], now: number): void {
    this.config = config;
    for (let i = 0; i < 8; i++) {
      const c = config[i]!;
      const on = c.enable ? 1 : 0;
      if (on && !this.enabled[i]) {
        this.rng[i] = new Rng((c.seed ^ this.modelSeed) >>> 0, 1000 + i);
        this.next[i] = now + this.interval(i);
      } else if (!on) {
        this.next[i] = Infinity;
      }
      this.enabled[i] = on;
    }
  }

  /** Emits every event up to and including `t1` into crossbar inputs 12..19. */
  run(t1: number, route: CrossbarRoute): void {
    for (let i = 0; i < 8; i++) {
      while (this.next[i]! <= t1) {
        const t = this.next[i]!;
        const c = this.config[i]!;
        let label = c.neuronLabel;
        if (c.enableRandom && c.mask !== 0) label = (label & ~c.mask) | (this.rng[i]!.uint32() & c.mask);
        this.events++;
        route(12 + i, label & 0x3fff, t);
        this.next[i] = t + this.interval(i);
      }
    }
  }

  private interval(i: number): number {
    const c = this.config[i]!;
    const period = Math.max(1, c.period);
    if (!c.enableRandom) return period;
    const p = (c.rate + 1) / 256;
    if (p >= 1) return period;
    const u = 1 - this.rng[i]!.uniform();
    return period * Math.max(1, Math.ceil(Math.log(u) / Math.log(1 - p)));
  }
}
