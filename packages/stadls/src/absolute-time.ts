/**
 * AbsoluteTimePlaybackProgramBuilder (ATPPB): commands at absolute FPGA times (125 MHz cycles), turned into
 * an ordinary builder by `done()`:
 *   1. stable sort by time (equal times keep insertion order; out-of-order insertion is not an error),
 *   2. timer reset,
 *   3. per command: if its time is later than the current time, block until `time - 1` (every command is
 *      assumed to take one cycle); a command more than 1250 cycles (10 µs) late logs a warning.
 */
import {
  AccessError,
  checkNumber,
  InvalidArgumentError,
  moduleLogger,
  ValueRangeError,
  ValueTypeError,
  type ToFpgaMessage,
} from '@bss2/fisch';
import type { Container, ContainerType, Coordinate } from '@bss2/haldls';
import { PlaybackProgramBuilder, TIMER_MAX } from './builder.js';
import { containerTypeFor } from './registry.js';
import { AbsoluteTimeContainerTicket } from './ticket.js';

const log = moduleLogger('stadls.atppb');

/** Lateness (FPGA cycles) above which a command is reported as delayed. */
export const LATE_COMMAND_WARNING_CYCLES = 1250;

type Action =
  | { readonly kind: 'write'; readonly coord: Coordinate; readonly container: Container; readonly reference?: Container }
  | { readonly kind: 'read'; readonly coord: Coordinate; readonly ticket: AbsoluteTimeContainerTicket }
  | { readonly kind: 'message'; readonly msg: ToFpgaMessage };

interface Command {
  time: number;
  readonly action: Action;
}

/** Validates an absolute time: a finite, non-negative integer number of cycles that fits the 32-bit timer. */
export function checkTime(field: string, time: unknown): number {
  if (typeof time !== 'number' || Number.isNaN(time)) throw new ValueTypeError(field, time, `integer 0..${TIMER_MAX}`);
  if (!Number.isFinite(time) || time < 0 || time > TIMER_MAX) throw new ValueRangeError(field, time, 0, TIMER_MAX);
  if (!Number.isInteger(time)) throw new ValueRangeError(field, time, 0, TIMER_MAX, 'times are whole FPGA cycles');
  return time;
}

export class AbsoluteTimePlaybackProgramBuilder {
  private commands: Command[] = [];
  private writeOnly = true;

  /** Writes `container` at time `t` (optionally differential against `reference`). The container is kept as is: treat it as immutable. */
  write(t: number, coord: Coordinate, container: Container, reference?: Container): this {
    checkTime('ATPPB write time', t);
    if (coord.typeName === 'TimerOnDLS') throw new AccessError('Editing the FPGA timer is forbidden in an AbsoluteTimePlaybackProgramBuilder');
    if (!container.containerType.writable) throw new AccessError(`Container not writeable: ${container.containerType.typeName}`);
    const action: Action = reference === undefined ? { kind: 'write', coord, container } : { kind: 'write', coord, container, reference };
    this.commands.push({ time: t, action });
    return this;
  }

  /** Reads at time `t`; the ticket is usable after `done()` and `run()`. */
  read<C extends Container = Container>(t: number, coord: Coordinate, type?: ContainerType<C>): AbsoluteTimeContainerTicket<C> {
    checkTime('ATPPB read time', t);
    const ct = type ?? containerTypeFor<C>(coord);
    if (!ct.readable) throw new AccessError(`Container not readable: ${ct.typeName}`);
    const ticket = new AbsoluteTimeContainerTicket<C>(coord, ct);
    this.commands.push({ time: t, action: { kind: 'read', coord, ticket: ticket as unknown as AbsoluteTimeContainerTicket } });
    this.writeOnly = false;
    return ticket;
  }

  /** Sends spike labels at time `t` (packed 3/2/1 per message). */
  spikes(t: number, labels: readonly number[]): this {
    checkTime('ATPPB spike time', t);
    for (let i = 0; i < labels.length; i += 3) this.message(t, { type: 'event.SpikePack', labels: labels.slice(i, i + 3) });
    return this;
  }

  /** Appends a raw to-FPGA message at time `t`. Timer messages are forbidden (they would break the schedule). */
  message(t: number, msg: ToFpgaMessage): this {
    checkTime('ATPPB message time', t);
    if (msg.type === 'timing.Setup' || msg.type === 'timing.WaitUntil') {
      throw new AccessError('Editing the FPGA timer is forbidden in an AbsoluteTimePlaybackProgramBuilder');
    }
    this.commands.push({ time: t, action: { kind: 'message', msg } });
    return this;
  }

  /** Moves `other`'s commands into this builder (order is restored by sorting in `done()`). */
  merge(other: AbsoluteTimePlaybackProgramBuilder): this {
    if (other === this) throw new InvalidArgumentError('ATPPB: cannot merge a builder with itself');
    this.commands.push(...other.commands);
    this.writeOnly &&= other.writeOnly;
    other.commands = [];
    other.writeOnly = true;
    return this;
  }

  /** Appends a copy of a write-only builder's commands. */
  copy(other: AbsoluteTimePlaybackProgramBuilder): this {
    if (!other.writeOnly) throw new AccessError('ATPPB to copy is not write only');
    this.commands.push(...other.commands.map((c) => ({ ...c })));
    return this;
  }

  /** Shifts all command times by `offset` cycles (in place). */
  shift(offset: number): this {
    checkNumber('ATPPB shift offset', offset, -TIMER_MAX, TIMER_MAX);
    const shifted = this.commands.map((c) => checkTime('ATPPB shifted time', c.time + offset));
    this.commands.forEach((c, i) => (c.time = shifted[i]!));
    return this;
  }

  /** Scales all times: `time = round(time * factor)` (in place). */
  scale(factor: number): this {
    checkNumber('ATPPB scale factor', factor, 0, Number.MAX_VALUE);
    const scaled = this.commands.map((c) => checkTime('ATPPB scaled time', Math.round(c.time * factor)));
    this.commands.forEach((c, i) => (c.time = scaled[i]!));
    return this;
  }

  /** A shifted copy (write-only builders only). */
  shifted(offset: number): AbsoluteTimePlaybackProgramBuilder {
    return new AbsoluteTimePlaybackProgramBuilder().copy(this).shift(offset);
  }

  /** A scaled copy (write-only builders only). */
  scaled(factor: number): AbsoluteTimePlaybackProgramBuilder {
    return new AbsoluteTimePlaybackProgramBuilder().copy(this).scale(factor);
  }

  empty(): boolean {
    return this.commands.length === 0;
  }

  isWriteOnly(): boolean {
    return this.writeOnly;
  }

  /** Number of commands. */
  get size(): number {
    return this.commands.length;
  }

  /** Emits the schedule into a new PlaybackProgramBuilder and clears this one. */
  done(): PlaybackProgramBuilder {
    const sorted = this.commands
      .map((c, i) => ({ c, i }))
      .sort((a, b) => a.c.time - b.c.time || a.i - b.i)
      .map((x) => x.c);
    const b = new PlaybackProgramBuilder();
    b.resetTimer();
    let current = 0;
    for (const cmd of sorted) {
      if (cmd.time > current) {
        current = cmd.time;
        b.blockUntilTimer(cmd.time - 1);
      } else if (cmd.time + LATE_COMMAND_WARNING_CYCLES < current) {
        log.warn(`ATPPB: command scheduled at ${cmd.time} runs at ${current}, more than 10 µs late`);
      }
      const a = cmd.action;
      if (a.kind === 'write') b.write(a.coord, a.container, a.reference);
      else if (a.kind === 'read') a.ticket.inner = b.read(a.coord, a.ticket.containerType);
      else b.message(a.msg);
      current += 1;
    }
    this.commands = [];
    this.writeOnly = true;
    return b;
  }

  toString(): string {
    return this.commands
      .map((c) => {
        const a = c.action;
        if (a.kind === 'write') return `write | t: ${c.time}, coord: ${a.coord.toString()}, config: ${a.container.toString()}`;
        if (a.kind === 'read') return `read | t: ${c.time}, coord: ${a.coord.toString()}`;
        return `message | t: ${c.time}, ${a.msg.type}`;
      })
      .join('\n');
  }
}
