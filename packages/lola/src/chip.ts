/**
 * Chip: the complete static configuration of one BSS-2 ASIC (spec §1.9, coordinate ChipOnDLS). Visit order:
 * crossbar, 8 background spike sources, CapMem, 2 synapse-driver blocks, 2 synapse blocks, neuron block,
 * 2 CADC readout chains, readout chain, 2 PPU memories, external PPU memory (~127k Omnibus words).
 * Chip supports differential write: `builder.write(ChipOnDLS, chip, previousChip)` sends only changed words.
 * Init-like, trigger-like and read-only containers (Timer, spikes, MADCControl, PLL/PHY, event recording...)
 * are not part of the Chip.
 */
import { checkInt } from '@bss2/fisch';
import type { Container, ContainerType, Coordinate, EncodeSink } from '@bss2/haldls';
import { CADCOnDLS, CADCReadoutChain, CADCReadoutChainType } from './cadc.js';
import { checkCoordinate, checkWordsLeft, Composite, containersEqual, decodeMember, defineComposite, pushAll, pushMemberReadAddresses, sliceOf, LolaCoordinate, type CompositeType, type Leaf, type LeafSlot } from './composite.js';
import { CapMem, CapMemOnDLS, CapMemType, Crossbar, CrossbarOnDLS, CrossbarType, SynapseDriverBlock, SynapseDriverBlockOnDLS, SynapseDriverBlockType } from './config-blocks.js';
import * as hal from './hal.js';
import { NeuronBlock, NeuronBlockOnDLS, NeuronBlockType } from './neuron-block.js';
import { ReadoutChain, ReadoutChainOnDLS, ReadoutChainType } from './readout.js';
import { SynapseBlock, SynapseBlockOnDLS, SynapseBlockType } from './synapse.js';

export const ChipOnDLS = new LolaCoordinate('ChipOnDLS', 1);
export const ExternalPPUMemoryOnFPGA = new LolaCoordinate('ExternalPPUMemoryOnFPGA', 1);

/** Size of the FPGA-side external PPU memory in bytes. */
export const EXTERNAL_PPU_MEMORY_BYTES = 131072;

/** Field values of a haldls ExternalPPUMemoryQuad as lola writes it (all byte enables at their default, set). */
interface ExtQuadFields {
  quad: number[];
}

const EXT_QUAD_SLOTS: readonly hal.TableSlot<ExtQuadFields>[] = [0, 1, 2, 3].map((i) => ({
  keys: 256,
  set: (v: ExtQuadFields, k: number) => {
    v.quad[i] = k;
  },
  get: (v: ExtQuadFields) => Number(v.quad[i]),
}));

/**
 * ExternalPPUMemoryQuad word tables (one word per quad, one slot per byte). With all byte enables set (the
 * haldls default) the quad's `emit` is the plain write of its `encodeWords`.
 */
function extQuadTables(): hal.WordTables<ExtQuadFields> | undefined {
  const t = hal.wordTables('ExternalPPUMemoryQuad', 'ExternalPPUMemoryQuadOnFPGA', 'bytes', () => ({ quad: [0, 0, 0, 0] }), EXT_QUAD_SLOTS, EXTERNAL_PPU_MEMORY_BYTES / 4, true);
  return t !== undefined && t.words === 1 ? t : undefined;
}

/**
 * External PPU memory (FPGA DRAM window used by PPU programs): 131,072 bytes written as 32,768 4-byte quads
 * (haldls ExternalPPUMemoryQuad at ExternalPPUMemoryQuadOnFPGA, in order).
 */
export class ExternalPPUMemory extends Composite {
  readonly bytes = new Uint8Array(EXTERNAL_PPU_MEMORY_BYTES);
  get containerType(): CompositeType<ExternalPPUMemory> {
    return ExternalPPUMemoryType;
  }
  leaves(): Leaf[] {
    const out: Leaf[] = new Array(EXTERNAL_PPU_MEMORY_BYTES / 4);
    const b = this.bytes;
    for (let q = 0; q < out.length; q++) {
      out[q] = { coord: hal.coordinate('ExternalPPUMemoryQuadOnFPGA', q), container: hal.makeCamel('ExternalPPUMemoryQuad', { quad: [b[4 * q], b[4 * q + 1], b[4 * q + 2], b[4 * q + 3]] }) };
    }
    return out;
  }
  /** Streams the 32,768 quads into `sink` without a leaf list. */
  override encode(coord: Coordinate, sink: EncodeSink): void {
    checkCoordinate(ExternalPPUMemoryType, coord);
    const b = this.bytes;
    const n = EXTERNAL_PPU_MEMORY_BYTES / 4;
    const tables = extQuadTables();
    if (tables !== undefined) {
      const [t0, t1, t2, t3] = tables.tables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
      const base = tables.base[0]!;
      const at = tables.allAddresses();
      for (let q = 0; q < n; q++) sink.omnibusWrite(at[q]!, (base ^ t0[b[4 * q]!]! ^ t1[b[4 * q + 1]!]! ^ t2[b[4 * q + 2]!]! ^ t3[b[4 * q + 3]!]!) >>> 0);
      return;
    }
    const writer = hal.leafWriter<{ quad: number[] }>('ExternalPPUMemoryQuad', 'ExternalPPUMemoryQuadOnFPGA', true);
    const scratch = { quad: [0, 0, 0, 0] };
    const quad = scratch.quad;
    for (let q = 0; q < n; q++) {
      quad[0] = b[4 * q]!;
      quad[1] = b[4 * q + 1]!;
      quad[2] = b[4 * q + 2]!;
      quad[3] = b[4 * q + 3]!;
      writer.write(sink, q, scratch);
    }
  }
  equals(o: Container): boolean {
    if (!(o instanceof ExternalPPUMemory)) return false;
    for (let i = 0; i < this.bytes.length; i++) if (this.bytes[i] !== o.bytes[i]) return false;
    return true;
  }
  toJSON(): { bytes: string } {
    return { bytes: Buffer.from(this.bytes).toString('base64') };
  }
  /** Copies `data` into the memory at byte `offset` (range-checked). */
  load(data: Uint8Array, offset = 0): this {
    checkInt('ExternalPPUMemory.offset', offset, 0, EXTERNAL_PPU_MEMORY_BYTES - data.length);
    this.bytes.set(data, offset);
    return this;
  }
}

export const ExternalPPUMemoryType: CompositeType<ExternalPPUMemory> = defineComposite<ExternalPPUMemory>({
  typeName: 'ExternalPPUMemory',
  coordinateTypeName: 'ExternalPPUMemoryOnFPGA',
  create: () => new ExternalPPUMemory(),
  slots: () => {
    const type = hal.containerType('ExternalPPUMemoryQuad');
    return Array.from({ length: EXTERNAL_PPU_MEMORY_BYTES / 4 }, (_, q) => ({ coord: hal.coordinate('ExternalPPUMemoryQuadOnFPGA', q), type }));
  },
  fromLeaves: (_c, leaves) => {
    const m = new ExternalPPUMemory();
    leaves.forEach((l, q) => {
      const quad = hal.field<ArrayLike<number>>(l, 'quad');
      for (let i = 0; i < 4; i++) m.bytes[4 * q + i] = Number(quad[i]);
    });
    return m;
  },
  pushReadAddresses: (_c, out) => {
    const writer = hal.leafWriter('ExternalPPUMemoryQuad', 'ExternalPPUMemoryQuadOnFPGA');
    for (let q = 0; q < EXTERNAL_PPU_MEMORY_BYTES / 4; q++) pushAll(out, writer.readAddresses(q));
  },
  decodeFrom: (_c, words, pos) => {
    const t = extQuadTables();
    if (t?.decoders === undefined) return undefined;
    const n = EXTERNAL_PPU_MEMORY_BYTES / 4;
    checkWordsLeft('ExternalPPUMemory', words, pos, n);
    const m = new ExternalPPUMemory();
    const b = m.bytes;
    const keys = new Int32Array(4);
    for (let q = 0; q < n; q++, pos++) {
      if (!hal.decodeKeys(t, words, pos, keys)) {
        const quad = t.writer.type.decode(t.writer.coordinate(q), sliceOf(words, pos, 1)) as unknown as ExtQuadFields;
        for (let i = 0; i < 4; i++) keys[i] = EXT_QUAD_SLOTS[i]!.get!(quad);
      }
      b[4 * q] = keys[0]!;
      b[4 * q + 1] = keys[1]!;
      b[4 * q + 2] = keys[2]!;
      b[4 * q + 3] = keys[3]!;
    }
    return { value: m, end: pos };
  },
});

const HEMI = ['top', 'bottom'] as const;

/** The members of a Chip in visit order: name, count and the coordinate of element i. */
interface ChipMember {
  readonly name: string;
  readonly type: () => CompositeType | ContainerType;
  readonly coords: () => Coordinate[];
}
const CHIP_MEMBERS: readonly ChipMember[] = [
  { name: 'crossbar', type: () => CrossbarType, coords: () => [CrossbarOnDLS] },
  { name: 'backgroundSpikeSources', type: () => hal.containerType('BackgroundSpikeSource'), coords: () => [0, 1, 2, 3, 4, 5, 6, 7].map((i) => hal.coordinate('BackgroundSpikeSourceOnDLS', i)) },
  { name: 'capmem', type: () => CapMemType, coords: () => [CapMemOnDLS] },
  { name: 'synapseDriverBlocks', type: () => SynapseDriverBlockType, coords: () => HEMI.map((h) => SynapseDriverBlockOnDLS[h]) },
  { name: 'synapseBlocks', type: () => SynapseBlockType, coords: () => HEMI.map((h) => SynapseBlockOnDLS[h]) },
  { name: 'neuronBlock', type: () => NeuronBlockType, coords: () => [NeuronBlockOnDLS] },
  { name: 'cadcReadoutChains', type: () => CADCReadoutChainType, coords: () => HEMI.map((h) => CADCOnDLS[h]) },
  { name: 'readoutChain', type: () => ReadoutChainType, coords: () => [ReadoutChainOnDLS] },
  { name: 'ppuMemory', type: () => hal.containerType('PPUMemory'), coords: () => [0, 1].map((i) => hal.coordinate('PPUMemoryOnDLS', i)) },
  { name: 'externalPpuMemory', type: () => ExternalPPUMemoryType, coords: () => [ExternalPPUMemoryOnFPGA] },
];

/** Members a Chip is assembled from (decoding builds them first, so no default members are made for nothing). */
interface ChipMembers {
  readonly crossbar: Crossbar;
  readonly backgroundSpikeSources: Container[];
  readonly capmem: CapMem;
  readonly synapseDriverBlocks: [SynapseDriverBlock, SynapseDriverBlock];
  readonly synapseBlocks: [SynapseBlock, SynapseBlock];
  readonly neuronBlock: NeuronBlock;
  readonly cadcReadoutChains: [CADCReadoutChain, CADCReadoutChain];
  readonly readoutChain: ReadoutChain;
  readonly ppuMemory: Container[];
  readonly externalPpuMemory: ExternalPPUMemory;
}

export class Chip extends Composite {
  crossbar: Crossbar;
  private bgValue: Container[] | undefined;
  capmem: CapMem;
  synapseDriverBlocks: [SynapseDriverBlock, SynapseDriverBlock];
  synapseBlocks: [SynapseBlock, SynapseBlock];
  neuronBlock: NeuronBlock;
  cadcReadoutChains: [CADCReadoutChain, CADCReadoutChain];
  readoutChain: ReadoutChain;
  private ppuValue: Container[] | undefined;
  externalPpuMemory: ExternalPPUMemory;

  /** The default chip (`members` is internal: decoding assembles a chip from decoded members). */
  constructor(members?: ChipMembers) {
    super();
    this.crossbar = members?.crossbar ?? new Crossbar();
    this.bgValue = members?.backgroundSpikeSources;
    this.capmem = members?.capmem ?? new CapMem();
    this.synapseDriverBlocks = members?.synapseDriverBlocks ?? [new SynapseDriverBlock(), new SynapseDriverBlock()];
    this.synapseBlocks = members?.synapseBlocks ?? [new SynapseBlock(), new SynapseBlock()];
    this.neuronBlock = members?.neuronBlock ?? new NeuronBlock();
    this.cadcReadoutChains = members?.cadcReadoutChains ?? [new CADCReadoutChain(), new CADCReadoutChain()];
    this.readoutChain = members?.readoutChain ?? new ReadoutChain();
    this.ppuValue = members?.ppuMemory;
    this.externalPpuMemory = members?.externalPpuMemory ?? new ExternalPPUMemory();
  }

  get containerType(): CompositeType<Chip> {
    return ChipType;
  }

  /** The 8 haldls BackgroundSpikeSources (haldls defaults until set). */
  get backgroundSpikeSources(): Container[] {
    return (this.bgValue ??= Array.from({ length: 8 }, () => hal.containerType('BackgroundSpikeSource').create()));
  }
  set backgroundSpikeSources(v: Container[]) {
    this.bgValue = [...v];
  }
  /** The 2 haldls PPUMemory blocks (top, bottom). */
  get ppuMemory(): Container[] {
    return (this.ppuValue ??= [0, 1].map(() => hal.containerType('PPUMemory').create()));
  }
  set ppuMemory(v: Container[]) {
    this.ppuValue = [...v];
  }

  private memberValues(name: string): Container[] {
    const v = (this as unknown as Record<string, Container | Container[]>)[name]!;
    return Array.isArray(v) ? v : [v];
  }

  leaves(_coord: Coordinate): Leaf[] {
    const out: Leaf[] = [];
    for (const m of CHIP_MEMBERS) {
      const coords = m.coords();
      this.memberValues(m.name).forEach((c, i) => {
        if (c instanceof Composite) for (const l of c.leaves(coords[i]!)) out.push(l);
        else out.push({ coord: coords[i]!, container: c });
      });
    }
    return out;
  }

  /** Encodes member by member (no intermediate leaf list for the ~80k leaves). */
  override encode(coord: Coordinate, sink: EncodeSink): void {
    checkCoordinate(ChipType, coord);
    for (const m of CHIP_MEMBERS) {
      const coords = m.coords();
      this.memberValues(m.name).forEach((c, i) => c.encode(coords[i]!, sink));
    }
  }

  equals(o: Container): boolean {
    return o instanceof Chip && CHIP_MEMBERS.every((m) => containersEqual(this.memberValues(m.name), o.memberValues(m.name)));
  }

  toJSON(): Record<string, unknown> {
    const j: Record<string, unknown> = {};
    for (const m of CHIP_MEMBERS) {
      const v = this.memberValues(m.name).map((c) => c.toJSON());
      j[m.name] = v.length === 1 && !['backgroundSpikeSources', 'ppuMemory'].includes(m.name) ? v[0] : v;
    }
    return j;
  }

  /**
   * Preset: every neuron with threshold disabled and both bypass paths enabled (each input spike is
   * forwarded as an output spike), and the PADI buses' dacen pulse extension at maximum on both blocks.
   */
  static defaultNeuronBypass(): Chip {
    const chip = new Chip();
    for (const n of chip.neuronBlock.atomicNeurons) {
      n.threshold.enable = false;
      n.eventRouting.enableBypassExcitatory = true;
      n.eventRouting.enableBypassInhibitory = true;
    }
    for (const b of chip.synapseDriverBlocks) b.padiBus = hal.make('CommonPADIBusConfig', { dacen_pulse_extension: [15, 15, 15, 15] });
    return chip;
  }

  /** @internal */ static fromLeaves(leaves: readonly Container[]): Chip {
    let pos = 0;
    return Chip.fromMembers((type, coord) => {
      if ('slots' in type) {
        const n = type.slots(coord).length;
        const c = type.fromLeaves(coord, leaves.slice(pos, pos + n));
        pos += n;
        return c;
      }
      return leaves[pos++]!;
    });
  }

  /** @internal Decodes the chip from its read-back words at `pos` member by member (fast member decoders). */
  static decodeFrom(words: ArrayLike<number>, pos: number): { value: Chip; end: number } {
    const value = Chip.fromMembers((type, coord) => {
      const d = decodeMember('Chip', type, coord, words, pos);
      pos = d.end;
      return d.value;
    });
    return { value, end: pos };
  }

  private static fromMembers(next: (type: CompositeType | ContainerType, coord: Coordinate) => Container): Chip {
    const members: Record<string, unknown> = {};
    for (const m of CHIP_MEMBERS) {
      const type = m.type();
      const values = m.coords().map((coord) => next(type, coord));
      members[m.name] = ['synapseDriverBlocks', 'synapseBlocks', 'cadcReadoutChains', 'backgroundSpikeSources', 'ppuMemory'].includes(m.name) ? values : values[0];
    }
    return new Chip(members as unknown as ChipMembers);
  }
}

export const ChipType: CompositeType<Chip> = defineComposite<Chip>({
  typeName: 'Chip',
  coordinateTypeName: 'ChipOnDLS',
  differentialWrite: true,
  create: () => new Chip(),
  slots: () => {
    const out: LeafSlot[] = [];
    for (const m of CHIP_MEMBERS) {
      const type = m.type();
      for (const coord of m.coords()) {
        if ('slots' in type) for (const s of type.slots(coord)) out.push(s);
        else out.push({ coord, type });
      }
    }
    return out;
  },
  fromLeaves: (_c, leaves) => Chip.fromLeaves(leaves),
  decodeFrom: (_c, words, pos) => Chip.decodeFrom(words, pos),
  pushReadAddresses: (_c, out) => {
    for (const m of CHIP_MEMBERS) {
      const type = m.type();
      for (const coord of m.coords()) pushMemberReadAddresses(type, coord, out);
    }
  },
});
