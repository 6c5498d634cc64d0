/**
 * Protobuf serialisation (schema `proto/stadls.proto`, generated code in `src/gen/`, `npm run generate`) of
 * lola Chips, recorded dumps and playback programs. Containers are stored by their encoded words, so the
 * format depends only on the container contract, not on each container's fields.
 */
import {
  AccessError,
  decodeToFpga,
  encodeToFpga,
  InvalidArgumentError,
  WordBuffer,
  type ConnectionTarget,
  type ToFpgaMessage,
} from '@bss2/fisch';
import { CollectingSink, type Container, type ContainerType, type Coordinate, type EncodeSink } from '@bss2/haldls';
import { ChipOnDLS, ChipType, halAdapter, LolaCoordinate, type Chip } from '@bss2/lola';
import type { BlockCondition } from './builder.js';
import { DumperDone, type DumpEntry } from './dumper.js';
import { stadls as pb } from './gen/stadls.js';
import { PlaybackProgram } from './program.js';
import { containerTypeByName } from './registry.js';

/** Version of the Chip word layout written by this code. */
export const CHIP_FORMAT_VERSION = 1;
export const DUMP_FORMAT_VERSION = 1;
export const PROGRAM_FORMAT_VERSION = 1;

function packWords(words: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < words.length; i++) dv.setUint32(i * 4, words[i]! >>> 0, false);
  return out;
}

function unpackWords(bytes: Uint8Array, field: string): Uint32Array {
  if (bytes.length % 4 !== 0) throw new InvalidArgumentError(`${field}: ${bytes.length} bytes is not a whole number of 32-bit words`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = dv.getUint32(i * 4, false);
  return out;
}

function packMessages(msgs: readonly ToFpgaMessage[]): Uint8Array {
  const w = new WordBuffer(msgs.length + 1);
  for (const m of msgs) {
    const [hi, lo] = encodeToFpga(m);
    w.push(hi, lo);
  }
  return w.toBytes();
}

function unpackMessages(bytes: Uint8Array): ToFpgaMessage[] {
  const w = WordBuffer.fromBytes(bytes);
  const out: ToFpgaMessage[] = [];
  for (let i = 0; i < w.length; i++) out.push(decodeToFpga(w.hi(i), w.lo(i)));
  return out;
}

// --------------------------------------------------------------------------------------------------- Chip

/** Serialises a Chip (its words in Chip visit order). */
export function serializeChip(chip: Chip): Uint8Array {
  const sink = new CollectingSink();
  chip.encode(ChipOnDLS, sink);
  return pb.ChipConfig.encode({ formatVersion: CHIP_FORMAT_VERSION, wordCount: sink.values.length, words: packWords(sink.values) }).finish();
}

/** Restores a Chip written by `serializeChip`. */
export function deserializeChip(bytes: Uint8Array): Chip {
  const m = pb.ChipConfig.decode(bytes);
  if (m.formatVersion !== CHIP_FORMAT_VERSION) {
    throw new InvalidArgumentError(`ChipConfig format version ${m.formatVersion} is not supported (expected ${CHIP_FORMAT_VERSION})`);
  }
  const words = unpackWords(m.words, 'ChipConfig.words');
  if (words.length !== m.wordCount) throw new InvalidArgumentError(`ChipConfig: ${words.length} words but word_count ${m.wordCount}`);
  return ChipType.decode(ChipOnDLS, words);
}

// --------------------------------------------------------------------------------------------------- dumps

/**
 * A container restored from a dump whose type cannot be decoded (write-only, or not found): it re-emits the
 * recorded words and instructions verbatim, so a replayed dump sends exactly what was recorded.
 */
export class RecordedWrite implements Container {
  readonly containerType: ContainerType;
  constructor(
    readonly typeName: string,
    readonly addresses: Uint32Array,
    readonly words: Uint32Array,
    readonly messages: readonly ToFpgaMessage[],
  ) {
    this.containerType = {
      typeName,
      coordinateTypeName: 'RecordedCoordinate',
      readable: false,
      writable: true,
      readAddresses: () => [],
      decode: () => {
        throw new AccessError(`${typeName} restored from a dump cannot be decoded`);
      },
      create: () => new RecordedWrite(typeName, new Uint32Array(0), new Uint32Array(0), []),
    };
  }
  encode(_coord: Coordinate, sink: EncodeSink): void {
    for (let i = 0; i < this.addresses.length; i++) sink.omnibusWrite(this.addresses[i]!, this.words[i]!);
    for (const m of this.messages) sink.message(m);
  }
  equals(o: Container): boolean {
    return o instanceof RecordedWrite && o.typeName === this.typeName && String(o.addresses) === String(this.addresses) && String(o.words) === String(this.words);
  }
  toString(): string {
    return `RecordedWrite(${this.typeName}, ${this.words.length} words)`;
  }
  toJSON(): unknown {
    return { typeName: this.typeName, addresses: [...this.addresses], words: [...this.words] };
  }
}

const BLOCK_KINDS: readonly BlockCondition['kind'][] = ['timer', 'barrier', 'polling'];

function restoreCoordinate(typeName: string, e: number): Coordinate {
  try {
    return halAdapter.coordinate(typeName, e);
  } catch {
    return new LolaCoordinate(typeName, Math.max(e + 1, 1), e);
  }
}

/** Serialises a recorded dump. */
export function serializeDump(done: DumperDone): Uint8Array {
  const entries = done.values.map((e): pb.DumpEntry.$Properties => {
    if (e.kind === 'block') {
      const value = e.condition.kind === 'polling' ? (e.condition.expectEquality ? 1 : 0) : e.condition.kind === 'timer' ? e.condition.value : e.condition.mask;
      return { block: { kind: BLOCK_KINDS.indexOf(e.condition.kind), value } };
    }
    if (e.kind === 'message') return { message: packMessages([e.msg]) };
    const sink = new CollectingSink();
    e.container.encode(e.coord, sink);
    return {
      write: {
        containerType: e.container.containerType.typeName,
        coordinateType: e.coord.typeName,
        coordinateEnum: e.coord.toEnum(),
        addresses: packWords(sink.addresses),
        words: packWords(sink.values),
        messages: packMessages(sink.messages),
        json: JSON.stringify(e.container.toJSON()),
      },
    };
  });
  return pb.Dump.encode({ formatVersion: DUMP_FORMAT_VERSION, entries }).finish();
}

/**
 * Restores a dump. Writes of readable container types whose recorded addresses equal their read addresses
 * are decoded back into typed containers; all others become `RecordedWrite`s that replay the same words.
 */
export function deserializeDump(bytes: Uint8Array): DumperDone {
  const m = pb.Dump.decode(bytes);
  if (m.formatVersion !== DUMP_FORMAT_VERSION) throw new InvalidArgumentError(`Dump format version ${m.formatVersion} is not supported`);
  const values: DumpEntry[] = m.entries.map((e, i): DumpEntry => {
    if (e.block) {
      const kind = BLOCK_KINDS[e.block.kind ?? 0];
      if (!kind) throw new InvalidArgumentError(`Dump entry ${i}: unknown block kind ${String(e.block.kind)}`);
      const v = e.block.value ?? 0;
      return { kind: 'block', condition: kind === 'timer' ? { kind, value: v } : kind === 'barrier' ? { kind, mask: v } : { kind, expectEquality: v === 1 } };
    }
    if (e.message) return { kind: 'message', msg: unpackMessages(e.message)[0]! };
    const w = e.write!;
    const typeName = w.containerType ?? '';
    const coord = restoreCoordinate(w.coordinateType ?? '', w.coordinateEnum ?? 0);
    const addresses = unpackWords(w.addresses ?? new Uint8Array(0), `Dump entry ${i} addresses`);
    const words = unpackWords(w.words ?? new Uint8Array(0), `Dump entry ${i} words`);
    const messages = unpackMessages(w.messages ?? new Uint8Array(0));
    const type = containerTypeByName(typeName);
    if (type && type.readable && messages.length === 0) {
      try {
        const read = type.readAddresses(coord);
        if (read.length === addresses.length && read.every((a, j) => a === addresses[j])) return { kind: 'write', coord, container: type.decode(coord, words) };
      } catch {
        // fall through to a verbatim recording
      }
    }
    return { kind: 'write', coord, container: new RecordedWrite(typeName, addresses, words, messages) };
  });
  return new DumperDone(values);
}

// ------------------------------------------------------------------------------------------------ programs

/** Serialises a program's instructions and expected response counts. */
export function serializeProgram(p: PlaybackProgram): Uint8Array {
  return pb.Program.encode({
    formatVersion: PROGRAM_FORMAT_VERSION,
    instructions: p.toBytes(),
    expectedOmnibus: p.expected.omnibus,
    expectedJtag: p.expected.jtag,
    expectedLoopback: p.expected.loopback,
    unsupportedTargets: [...p.unsupportedTargets],
  }).finish();
}

/** Restores a program (without tickets: read results are available through `program.omnibus`). */
export function deserializeProgram(bytes: Uint8Array): PlaybackProgram {
  const m = pb.Program.decode(bytes);
  if (m.formatVersion !== PROGRAM_FORMAT_VERSION) throw new InvalidArgumentError(`Program format version ${m.formatVersion} is not supported`);
  const targets = m.unsupportedTargets.map((t) => {
    if (t !== 'hardware' && t !== 'simulation') throw new InvalidArgumentError(`Program: unknown target ${t}`);
    return t as ConnectionTarget;
  });
  return new PlaybackProgram(
    WordBuffer.fromBytes(m.instructions),
    { omnibus: m.expectedOmnibus, jtag: m.expectedJtag, loopback: m.expectedLoopback },
    targets,
  );
}
