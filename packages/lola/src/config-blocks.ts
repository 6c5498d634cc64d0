/**
 * Composites that mostly hold haldls containers as they are: CapMem (block configs, bias selection,
 * reference generator, the 90 unused cells), Crossbar, SynapseDriverBlock and MemoryTiming. Their haldls
 * members are created with haldls defaults on first access, so constructing them never needs haldls until
 * a member is used.
 */
import type { Container, Coordinate } from '@bss2/haldls';
import { type AnalogValue } from './analog.js';
import { Composite, containersEqual, defineComposite, LolaCoordinate, type CompositeType, type Leaf, type LeafSlot } from './composite.js';
import * as hal from './hal.js';
import { capmemCellEnum } from './neuron-mapping.js';
import { cellLeaf, cellValue, sharedCell } from './synapse.js';

/** A list of haldls containers of one type at given coordinates, default-created lazily. */
export interface Member {
  readonly name: string;
  readonly type: string;
  readonly coordType: string;
  /** Coordinate enums, one per element. */
  readonly enums: readonly number[];
}

const range = (n: number, start = 0): number[] => Array.from({ length: n }, (_, i) => start + i);

/** Base for composites that are sequences of haldls members and CapMem cell groups. */
abstract class MemberComposite extends Composite {
  protected readonly store = new Map<string, Container[]>();
  protected abstract members(): readonly Member[];

  /** The haldls containers of member `name` (created with haldls defaults on first access). */
  protected get(name: string): Container[] {
    let v = this.store.get(name);
    if (!v) {
      const m = this.members().find((x) => x.name === name)!;
      v = m.enums.map(() => hal.containerType(m.type).create());
      this.store.set(name, v);
    }
    return v;
  }
  protected setMember(name: string, v: readonly Container[]): void {
    const m = this.members().find((x) => x.name === name)!;
    if (v.length !== m.enums.length) throw new RangeError(`${name} needs ${m.enums.length} containers`);
    this.store.set(name, [...v]);
  }
  protected memberLeaves(out: Leaf[], name: string): void {
    const m = this.members().find((x) => x.name === name)!;
    this.get(name).forEach((c, i) => out.push({ coord: hal.coordinate(m.coordType, m.enums[i]!), container: c }));
  }
  protected membersEqual(o: MemberComposite): boolean {
    return this.members().every((m) => containersEqual(this.get(m.name), o.get(m.name)));
  }
  protected membersJSON(): Record<string, unknown> {
    const j: Record<string, unknown> = {};
    for (const m of this.members()) j[m.name] = this.get(m.name).map((c) => c.toJSON());
    return j;
  }
}

function memberSlots(m: Member): LeafSlot[] {
  const type = hal.containerType(m.type);
  return m.enums.map((e) => ({ coord: hal.coordinate(m.coordType, e), type }));
}

// ----------------------------------------------------------------------------------------------- CapMem

/** The 90 CapMem cells not owned by any other lola container, in UnusedCapMemCellOnDLS order (haldls.md §4.3). */
export const UNUSED_CAPMEM_CELLS: readonly (readonly [block: number, column: number, row: number])[] = [
  [1, 128, 23], [3, 128, 23],
  [2, 128, 21], [2, 128, 22], [2, 128, 23],
  ...[...range(8), ...range(8, 15)].map((r) => [0, 129, r] as const),
  ...[1, 2, 3].flatMap((b) => range(23).map((r) => [b, 129, r] as const)),
];

const CAPMEM_MEMBERS: readonly Member[] = [
  { name: 'blocks', type: 'CapMemBlockConfig', coordType: 'CapMemBlockConfigOnDLS', enums: range(4) },
  { name: 'synapseBiasSelection', type: 'SynapseBiasSelection', coordType: 'SynapseBiasSelectionOnDLS', enums: [0] },
  { name: 'referenceGenerator', type: 'ReferenceGeneratorConfig', coordType: 'ReferenceGeneratorConfigOnDLS', enums: [0] },
];

export const CapMemOnDLS = new LolaCoordinate('CapMemOnDLS', 1);

/** Global CapMem configuration (coordinate CapMemOnDLS). Block configs are not readable on hardware. */
export class CapMem extends MemberComposite {
  /** Values of the 90 otherwise unused cells (default 0). */
  unusedCells: AnalogValue[] = new Array<number>(UNUSED_CAPMEM_CELLS.length).fill(0);
  protected members(): readonly Member[] {
    return CAPMEM_MEMBERS;
  }
  get containerType(): CompositeType<CapMem> {
    return CapMemType;
  }
  get blocks(): Container[] {
    return this.get('blocks');
  }
  set blocks(v: Container[]) {
    this.setMember('blocks', v);
  }
  get synapseBiasSelection(): Container {
    return this.get('synapseBiasSelection')[0]!;
  }
  set synapseBiasSelection(v: Container) {
    this.setMember('synapseBiasSelection', [v]);
  }
  get referenceGenerator(): Container {
    return this.get('referenceGenerator')[0]!;
  }
  set referenceGenerator(v: Container) {
    this.setMember('referenceGenerator', [v]);
  }
  leaves(_coord: Coordinate): Leaf[] {
    const out: Leaf[] = [];
    for (const m of CAPMEM_MEMBERS) this.memberLeaves(out, m.name);
    UNUSED_CAPMEM_CELLS.forEach(([b, c, r], i) => out.push(cellLeaf(hal.coordinate('CapMemCellOnDLS', capmemCellEnum(b, c, r)), this.unusedCells[i]!, `CapMem.unusedCells[${i}]`)));
    return out;
  }
  equals(o: Container): boolean {
    return o instanceof CapMem && this.membersEqual(o) && this.unusedCells.every((v, i) => v === o.unusedCells[i]);
  }
  toJSON(): Record<string, unknown> {
    return { ...this.membersJSON(), unusedCells: [...this.unusedCells] };
  }
  /** @internal */ static fromLeaves(leaves: readonly Container[]): CapMem {
    const c = new CapMem();
    c.blocks = leaves.slice(0, 4);
    c.synapseBiasSelection = leaves[4]!;
    c.referenceGenerator = leaves[5]!;
    c.unusedCells = leaves.slice(6).map(cellValue);
    return c;
  }
}

export const CapMemType: CompositeType<CapMem> = defineComposite<CapMem>({
  typeName: 'CapMem',
  coordinateTypeName: 'CapMemOnDLS',
  create: () => new CapMem(),
  slots: () => {
    const cell = hal.containerType('CapMemCell');
    return [
      ...CAPMEM_MEMBERS.flatMap(memberSlots),
      ...UNUSED_CAPMEM_CELLS.map(([b, c, r]) => ({ coord: hal.coordinate('CapMemCellOnDLS', capmemCellEnum(b, c, r)), type: cell })),
    ];
  },
  fromLeaves: (_c, leaves) => CapMem.fromLeaves(leaves),
});

// ---------------------------------------------------------------------------------------------- Crossbar

const CROSSBAR_MEMBERS: readonly Member[] = [
  { name: 'outputs', type: 'CrossbarOutputConfig', coordType: 'CrossbarOutputConfigOnDLS', enums: [0] },
  { name: 'nodes', type: 'CrossbarNode', coordType: 'CrossbarNodeOnDLS', enums: range(76) },
];

export const CrossbarOnDLS = new LolaCoordinate('CrossbarOnDLS', 1);

/**
 * The event crossbar: output config plus the 76 nodes (CrossbarNodeOnDLS enum order). Defaults pass every
 * label (mask 0, target 0). Not readable on hardware (declared, as upstream).
 */
export class Crossbar extends MemberComposite {
  protected members(): readonly Member[] {
    return CROSSBAR_MEMBERS;
  }
  get containerType(): CompositeType<Crossbar> {
    return CrossbarType;
  }
  get outputs(): Container {
    return this.get('outputs')[0]!;
  }
  set outputs(v: Container) {
    this.setMember('outputs', [v]);
  }
  /** The 76 CrossbarNodes (mutable array of haldls containers). */
  get nodes(): Container[] {
    return this.get('nodes');
  }
  set nodes(v: Container[]) {
    this.setMember('nodes', v);
  }
  leaves(_coord: Coordinate): Leaf[] {
    const out: Leaf[] = [];
    this.memberLeaves(out, 'outputs');
    this.memberLeaves(out, 'nodes');
    return out;
  }
  equals(o: Container): boolean {
    return o instanceof Crossbar && this.membersEqual(o);
  }
  toJSON(): Record<string, unknown> {
    return this.membersJSON();
  }
}

export const CrossbarType: CompositeType<Crossbar> & { unsupportedReadTargets: readonly 'hardware'[] } = {
  ...defineComposite<Crossbar>({
    typeName: 'Crossbar',
    coordinateTypeName: 'CrossbarOnDLS',
    create: () => new Crossbar(),
    slots: () => CROSSBAR_MEMBERS.flatMap(memberSlots),
    fromLeaves: (_c, leaves) => {
      const x = new Crossbar();
      x.outputs = leaves[0]!;
      x.nodes = leaves.slice(1);
      return x;
    },
  }),
  unsupportedReadTargets: ['hardware'],
};

// ------------------------------------------------------------------------------------ SynapseDriverBlock

/** Per block-on-hemisphere STP cells: (field, column, row). */
export const STP_CELLS = [
  ['stpVChargeLow', 128, 0],
  ['stpVChargeHigh', 128, 1],
  ['stpVRecoverLow', 128, 2],
  ['stpVRecoverHigh', 128, 3],
  ['stpIBiasComparator', 128, 12],
  ['stpIRamp', 128, 13],
  ['stpICalib', 128, 14],
] as const;

export const SynapseDriverBlockOnDLS = {
  top: new LolaCoordinate('SynapseDriverBlockOnDLS', 2, 0),
  bottom: new LolaCoordinate('SynapseDriverBlockOnDLS', 2, 1),
};

function driverMembers(h: number): Member[] {
  return [
    { name: 'synapseDrivers', type: 'SynapseDriverConfig', coordType: 'SynapseDriverOnDLS', enums: range(128, h * 128) },
    { name: 'padiBus', type: 'CommonPADIBusConfig', coordType: 'CommonPADIBusConfigOnDLS', enums: [h] },
    { name: 'stp', type: 'CommonSTPConfig', coordType: 'CommonSTPConfigOnDLS', enums: [h] },
  ];
}

/**
 * One hemisphere's 128 synapse drivers, PADI bus and STP config plus STP/hagen CapMem biases (coordinate
 * SynapseDriverBlockOnDLS). The driver array is indexed 0..127 within the hemisphere.
 */
export class SynapseDriverBlock extends MemberComposite {
  /** STP cells per block-on-hemisphere (left, right); analog, default 0. */
  stpVChargeLow: AnalogValue[] = [0, 0];
  stpVChargeHigh: AnalogValue[] = [0, 0];
  stpVRecoverLow: AnalogValue[] = [0, 0];
  stpVRecoverHigh: AnalogValue[] = [0, 0];
  stpIBiasComparator: AnalogValue[] = [0, 0];
  stpIRamp: AnalogValue[] = [0, 0];
  stpICalib: AnalogValue[] = [0, 0];
  stpIBiasReadout: AnalogValue = 0;
  hagenIBiasDac: AnalogValue = 0;
  // member enums depend on the hemisphere only for coordinates; the data layout is the same
  protected members(): readonly Member[] {
    return driverMembers(0);
  }
  get containerType(): CompositeType<SynapseDriverBlock> {
    return SynapseDriverBlockType;
  }
  get synapseDrivers(): Container[] {
    return this.get('synapseDrivers');
  }
  set synapseDrivers(v: Container[]) {
    this.setMember('synapseDrivers', v);
  }
  get padiBus(): Container {
    return this.get('padiBus')[0]!;
  }
  set padiBus(v: Container) {
    this.setMember('padiBus', [v]);
  }
  get stp(): Container {
    return this.get('stp')[0]!;
  }
  set stp(v: Container) {
    this.setMember('stp', [v]);
  }
  leaves(coord: Coordinate): Leaf[] {
    const h = coord.toEnum();
    const out: Leaf[] = [];
    for (const m of driverMembers(h)) this.get(m.name).forEach((c, i) => out.push({ coord: hal.coordinate(m.coordType, m.enums[i]!), container: c }));
    for (let side = 0; side < 2; side++) {
      for (const [f, col, row] of STP_CELLS) out.push(cellLeaf(sharedCell(side + 2 * h, col, row), this[f][side]!, `SynapseDriverBlock.${f}[${side}]`));
    }
    // stp_ibias_readout_top/bottom and hagen_ibias_dac_top/bottom: (128, 21/22) in blocks 1 (top) / 3 (bottom)
    out.push(cellLeaf(sharedCell(1 + 2 * h, 128, 21), this.stpIBiasReadout, 'SynapseDriverBlock.stpIBiasReadout'));
    out.push(cellLeaf(sharedCell(1 + 2 * h, 128, 22), this.hagenIBiasDac, 'SynapseDriverBlock.hagenIBiasDac'));
    return out;
  }
  equals(o: Container): boolean {
    return (
      o instanceof SynapseDriverBlock &&
      this.membersEqual(o) &&
      STP_CELLS.every(([f]) => this[f].every((v, i) => v === o[f][i])) &&
      this.stpIBiasReadout === o.stpIBiasReadout &&
      this.hagenIBiasDac === o.hagenIBiasDac
    );
  }
  toJSON(): Record<string, unknown> {
    const j: Record<string, unknown> = this.membersJSON();
    for (const [f] of STP_CELLS) j[f] = [...this[f]];
    j['stpIBiasReadout'] = this.stpIBiasReadout;
    j['hagenIBiasDac'] = this.hagenIBiasDac;
    return j;
  }
  /** @internal */ static fromLeaves(leaves: readonly Container[]): SynapseDriverBlock {
    const b = new SynapseDriverBlock();
    b.synapseDrivers = leaves.slice(0, 128);
    b.padiBus = leaves[128]!;
    b.stp = leaves[129]!;
    let pos = 130;
    for (let side = 0; side < 2; side++) for (const [f] of STP_CELLS) b[f][side] = cellValue(leaves[pos++]!);
    b.stpIBiasReadout = cellValue(leaves[pos++]!);
    b.hagenIBiasDac = cellValue(leaves[pos++]!);
    return b;
  }
}

export const SynapseDriverBlockType: CompositeType<SynapseDriverBlock> = defineComposite<SynapseDriverBlock>({
  typeName: 'SynapseDriverBlock',
  coordinateTypeName: 'SynapseDriverBlockOnDLS',
  create: () => new SynapseDriverBlock(),
  slots: (coord) => {
    const h = coord.toEnum();
    const cell = hal.containerType('CapMemCell');
    const out = driverMembers(h).flatMap(memberSlots);
    for (let side = 0; side < 2; side++) for (const [, col, row] of STP_CELLS) out.push({ coord: sharedCell(side + 2 * h, col, row), type: cell });
    out.push({ coord: sharedCell(1 + 2 * h, 128, 21), type: cell }, { coord: sharedCell(1 + 2 * h, 128, 22), type: cell });
    return out;
  },
  fromLeaves: (_c, leaves) => SynapseDriverBlock.fromLeaves(leaves),
});

// ----------------------------------------------------------------------------------------- MemoryTiming

const TIMING_MEMBERS: readonly Member[] = [
  { name: 'capmem', type: 'CapMemSRAMTimingConfig', coordType: 'CapMemSRAMTimingConfigOnDLS', enums: range(4) },
  { name: 'cadcOffset', type: 'CADCOffsetSRAMTimingConfig', coordType: 'CADCOffsetSRAMTimingConfigOnDLS', enums: range(4) },
  { name: 'synapseDriver', type: 'SynapseDriverSRAMTimingConfig', coordType: 'SynapseDriverSRAMTimingConfigOnDLS', enums: range(2) },
  { name: 'neuron', type: 'NeuronSRAMTimingConfig', coordType: 'NeuronSRAMTimingConfigOnDLS', enums: range(4) },
  { name: 'neuronBackend', type: 'NeuronBackendSRAMTimingConfig', coordType: 'NeuronBackendSRAMTimingConfigOnDLS', enums: range(2) },
  { name: 'synram', type: 'CommonSynramConfig', coordType: 'CommonSynramConfigOnDLS', enums: range(2) },
];

export const MemoryTimingOnDLS = new LolaCoordinate('MemoryTimingOnDLS', 1);

/** SRAM timing of all on-chip memories (written by ChipInit). Members are arrays of haldls containers. */
export class MemoryTiming extends MemberComposite {
  protected members(): readonly Member[] {
    return TIMING_MEMBERS;
  }
  get containerType(): CompositeType<MemoryTiming> {
    return MemoryTimingType;
  }
  /** Member `name` (capmem, cadcOffset, synapseDriver, neuron, neuronBackend, synram) as a mutable array. */
  member(name: 'capmem' | 'cadcOffset' | 'synapseDriver' | 'neuron' | 'neuronBackend' | 'synram'): Container[] {
    return this.get(name);
  }
  leaves(_coord: Coordinate): Leaf[] {
    const out: Leaf[] = [];
    for (const m of TIMING_MEMBERS) this.memberLeaves(out, m.name);
    return out;
  }
  equals(o: Container): boolean {
    return o instanceof MemoryTiming && this.membersEqual(o);
  }
  toJSON(): Record<string, unknown> {
    return this.membersJSON();
  }
  /** @internal */ static fromLeaves(leaves: readonly Container[]): MemoryTiming {
    const t = new MemoryTiming();
    let pos = 0;
    for (const m of TIMING_MEMBERS) {
      t.setMember(m.name, leaves.slice(pos, pos + m.enums.length));
      pos += m.enums.length;
    }
    return t;
  }
}

export const MemoryTimingType: CompositeType<MemoryTiming> = defineComposite<MemoryTiming>({
  typeName: 'MemoryTiming',
  coordinateTypeName: 'MemoryTimingOnDLS',
  create: () => new MemoryTiming(),
  slots: () => TIMING_MEMBERS.flatMap(memberSlots),
  fromLeaves: (_c, leaves) => MemoryTiming.fromLeaves(leaves),
});
