/**
 * halco-style coordinates (haldls.md section 1) and the acceptance checks of section 6.3.
 */
import t from 'tap';
import fc from 'fast-check';
import { InvalidArgumentError, ValueRangeError, ValueTypeError } from '@bss2/fisch';
import {
  AtomicNeuronOnDLS,
  BackgroundSpikeSourceOnDLS,
  CADCChannelConfigOnDLS,
  CADCChannelConfigOnSynram,
  CADCSampleQuadOnDLS,
  CADCSampleQuadOnSynram,
  CADCSampleQuadUnspecifiedReadoutOnSynram,
  CapMemBlockOnDLS,
  CapMemCellOnCapMemBlock,
  CapMemCellOnDLS,
  CapMemColumnOnCapMemBlock,
  ColumnCorrelationQuadOnDLS,
  CorrelationResetOnDLS,
  CrossbarInputOnDLS,
  CrossbarL2OutputOnDLS,
  CrossbarNodeOnDLS,
  CrossbarOutputOnDLS,
  DACChannelOnBoard,
  EntryOnQuad,
  ExternalPPUMemoryByteOnFPGA,
  HEMISPHERE_FAMILY,
  HemisphereOnDLS,
  JTAGPhyRegisterOnDLS,
  MADCSamplePackFromFPGAOnDLS,
  NeuronBackendConfigBlockOnDLS,
  NeuronBackendConfigOnDLS,
  NeuronBackendConfigOnNeuronBackendConfigBlock,
  NeuronColumnOnDLS,
  NeuronConfigBlockOnDLS,
  NeuronConfigOnDLS,
  NeuronEventOutputOnDLS,
  NeuronLabel,
  NeuronResetOnDLS,
  NeuronResetQuadOnDLS,
  NeuronRowOnDLS,
  PADIBusBlockOnDLS,
  PADIBusOnDLS,
  PADIBusOnPADIBusBlock,
  PhyConfigChipOnDLS,
  PLLClockOutputOnDLS,
  PPUMemoryBlockOnPPU,
  PPUMemoryOnDLS,
  PPUMemoryWordOnDLS,
  PPUMemoryWordOnPPU,
  PPUOnDLS,
  SPL1Address,
  SpikeCounterReadOnDLS,
  SpikeCounterResetOnDLS,
  SpikeIOOutputRouteOnFPGA,
  SpikeLabel,
  SynapseDriverBlockOnDLS,
  SynapseDriverOnDLS,
  SynapseDriverOnPADIBus,
  SynapseDriverOnSynapseDriverBlock,
  SynapseOnDLS,
  SynapseQuadColumnOnDLS,
  SynapseQuadOnDLS,
  SynapseQuadOnSynram,
  SynapseRowOnDLS,
  SynapseRowOnSynapseDriver,
  SynapseRowOnSynram,
  SynapseWeightQuadOnDLS,
  SynramOnDLS,
  UNUSED_CAPMEM_CELLS,
  UnusedCapMemCellOnDLS,
  CROSSBAR_NODES,
  columnEntry,
  columnQuad,
  driverRow,
  quadEnum,
  quadNeuronConfigBlock,
  rowDriver,
  splitQuadEnum,
  coordinateClass,
  coordinateClasses,
  coordinateFromJSON,
  familyMembers,
  quadEntryColumn,
  type EnumClass,
} from '@bss2/haldls';
import { PPUMemoryBlockOnDLS } from '../src/coordinates/intervals.js';

const e = (c: { toEnum(): number }): number => c.toEnum();

type Enumerated = { toEnum(): number };
interface MixinClass {
  new (e: number): Enumerated & { local: Enumerated; block: Enumerated };
  readonly typeName: string;
  readonly size: number;
  readonly Local: { size: number };
  fromBlockLocal(local: number | Enumerated, block: number | Enumerated): Enumerated;
}
interface GridClass {
  new (e: number): Enumerated & { x: Enumerated; y: Enumerated };
  readonly typeName: string;
  readonly size: number;
  from(p: { x: number | Enumerated; y: number | Enumerated }): Enumerated;
}

t.test('sizes of the spec tables (haldls.md 1.3-1.9)', async (t) => {
  const sizes: Record<string, number> = {
    NeuronColumnOnDLS: 256,
    NeuronRowOnDLS: 2,
    AtomicNeuronOnDLS: 512,
    NeuronConfigBlockOnDLS: 4,
    NeuronConfigOnNeuronConfigBlock: 128,
    NeuronConfigOnDLS: 512,
    NeuronBackendConfigBlockOnDLS: 2,
    NeuronBackendConfigOnNeuronBackendConfigBlock: 256,
    NeuronBackendConfigOnDLS: 512,
    NeuronResetOnDLS: 512,
    SpikeCounterReadOnDLS: 512,
    SpikeCounterResetOnDLS: 512,
    NeuronEventOutputOnNeuronBackendBlock: 4,
    NeuronEventOutputOnDLS: 8,
    NeuronResetQuadOnDLS: 128,
    NeuronBackendAddressOut: 256,
    CompartmentOnLogicalNeuron: 255,
    SynapseRowOnSynram: 256,
    SynapseRowOnDLS: 512,
    SynapseOnSynapseRow: 256,
    SynapseQuadColumnOnDLS: 64,
    SynapseQuadOnSynram: 16384,
    SynapseQuadOnDLS: 32768,
    SynapseOnSynram: 65536,
    SynapseOnDLS: 131072,
    SynapseLabel: 64,
    ColumnCorrelationQuadOnDLS: 128,
    SynapseDriverOnSynapseDriverBlock: 128,
    SynapseDriverOnDLS: 256,
    PADIBusOnDLS: 8,
    SynapseDriverOnPADIBus: 32,
    PADIRowSelectAddress: 32,
    CrossbarInputOnDLS: 20,
    CrossbarOutputOnDLS: 12,
    CrossbarNodeOnDLS: 76,
    BackgroundSpikeSourceOnDLS: 8,
    CrossbarL2OutputOnDLS: 4,
    SPL1Address: 4,
    NeuronLabel: 0x4000,
    SpikeLabel: 0x10000,
    CapMemColumnOnCapMemBlock: 130,
    CapMemRowOnCapMemBlock: 24,
    CapMemCellOnCapMemBlock: 3120,
    CapMemBlockOnDLS: 4,
    CapMemCellOnDLS: 12480,
    UnusedCapMemCellOnDLS: 90,
    CADCChannelConfigOnSynram: 512,
    CADCChannelConfigOnDLS: 1024,
    CADCSampleQuadUnspecifiedReadoutOnSynram: 32768,
    CADCSampleQuadOnSynram: 65536,
    CADCSampleQuadOnDLS: 131072,
    PPUMemoryWordOnPPU: 4096,
    PPUMemoryWordOnDLS: 8192,
    ExternalPPUMemoryByteOnFPGA: 0x20000,
    ExternalPPUMemoryQuadOnFPGA: 0x8000,
    ExternalPPUDRAMMemoryByteOnFPGA: 2 ** 28,
    ExternalPPUDRAMMemoryQuadOnFPGA: 2 ** 26,
    SpikeIOAddress: 256,
    SpikeIOInputRouteOnFPGA: 256,
    SpikeIOOutputRouteOnFPGA: 65536,
    OutputRoutingTableEntryOnFPGA: 65536,
    InputRoutingTableEntryOnFPGA: 32768,
    PhyConfigFPGAOnDLS: 8,
    PhyConfigChipOnDLS: 8,
    PhyStatusOnFPGA: 8,
    ADPLLOnDLS: 2,
    PLLClockOutputOnDLS: 4,
    JTAGPLLRegisterOnDLS: 8,
    TimerOnDLS: 1,
    MADCConfigOnDLS: 1,
    EventRecordingConfigOnFPGA: 1,
  };
  for (const [name, size] of Object.entries(sizes)) t.equal(coordinateClass(name)?.size, size, name);
});

t.test('every coordinate prints Name(enum), round-trips through JSON and rejects out-of-range enums', async (t) => {
  for (const cls of coordinateClasses()) {
    if (cls.typeName.startsWith('PPUMemoryBlockOn')) continue; // intervals: own test below
    const last = cls.fromEnum(cls.size - 1);
    t.equal(last.toString(), `${cls.typeName}(${cls.size - 1})`, `${cls.typeName} prints`);
    t.same(last.toJSON(), { type: cls.typeName, enum: cls.size - 1 });
    t.ok(coordinateFromJSON(JSON.parse(JSON.stringify(last)) as { type: string; enum: number }).equals(last), `${cls.typeName} JSON`);
    t.ok(coordinateFromJSON(last.toJSON()) instanceof cls, `${cls.typeName} JSON gives the registered class`);
    t.equal(new cls().toEnum(), 0, 'default enum 0');
    t.throws(() => cls.fromEnum(cls.size), ValueRangeError);
    t.throws(() => cls.fromEnum(-1), ValueRangeError);
    t.throws(() => cls.fromEnum(0.5), ValueRangeError);
    t.throws(() => cls.fromEnum('1' as never), ValueTypeError);
  }
  t.same(
    NeuronRowOnDLS.all().map((c) => c.toString()),
    ['NeuronRowOnDLS(0)', 'NeuronRowOnDLS(1)'],
  );
  t.equal([...EntryOnQuad.values()].length, 4, 'lazy iteration');
  t.ok(new SynapseQuadOnDLS(5).compare(new SynapseQuadOnDLS(7)) < 0, 'ordering by enum');
});

t.test('hemisphere family: top = 0, bottom = 1, all interconvert by enum', async (t) => {
  for (const A of HEMISPHERE_FAMILY) {
    t.equal(A.size, 2, A.typeName);
    const top = A.top() as InstanceType<typeof A>;
    const bottom = A.bottom() as InstanceType<typeof A>;
    t.equal(e(top), 0);
    t.equal(e(bottom), 1);
    t.ok(top.isTop() && bottom.isBottom());
    for (const B of HEMISPHERE_FAMILY) {
      t.equal(e(bottom.toHemisphereFamily(B as EnumClass<unknown>) as { toEnum(): number }), 1, `${A.typeName} -> ${B.typeName}`);
      t.equal((top.to(B as EnumClass<{ typeName: string }>)).typeName, B.typeName);
    }
  }
  t.ok(familyMembers('hemisphere').includes('SynapseCorrelationCalibMatrixOnDLS'));
  t.ok(SynramOnDLS.bottom().toPPUOnDLS().equals(PPUOnDLS.bottom()));
  t.ok(PPUOnDLS.top().toSynramOnDLS().equals(new SynramOnDLS(0)));
  t.ok(new PPUMemoryOnDLS(1).toNeuronRowOnDLS().equals(new NeuronRowOnDLS(1)));
  t.ok(new SynramOnDLS(1).toPADIBusBlockOnDLS().equals(PADIBusBlockOnDLS.bottom()));
  t.throws(() => SynramOnDLS.top().toHemisphereFamily(NeuronBackendConfigBlockOnDLS), InvalidArgumentError, 'west/east is not a hemisphere');
  t.throws(() => SynramOnDLS.top().to(NeuronBackendConfigBlockOnDLS), InvalidArgumentError);
  t.throws(() => new PPUOnDLS(2), ValueRangeError, 'PPUOnDLS(2) throws');
});

t.test('neurons (1.3)', async (t) => {
  const a = AtomicNeuronOnDLS.from({ x: 151, y: 0 });
  t.equal(e(a), 151);
  t.equal(e(a.x), 151);
  t.equal(e(a.y), 0);
  t.equal(AtomicNeuronOnDLS.from({ x: new NeuronColumnOnDLS(3), y: NeuronRowOnDLS.bottom() }).toEnum(), 259);
  t.throws(() => AtomicNeuronOnDLS.from({ x: 256, y: 0 }), ValueRangeError);
  t.throws(() => AtomicNeuronOnDLS.from({ x: 0, y: 2 }), ValueRangeError);

  // NeuronConfigOnDLS(23, block 1) -> Reset / SpikeCounterRead / SpikeCounterReset (23, block 1).
  const cfg = NeuronConfigOnDLS.fromBlockLocal(23, 1);
  t.equal(e(cfg), 151, 'numerically the atomic-neuron enum');
  t.ok(cfg.toAtomicNeuronOnDLS().equals(a));
  t.ok(cfg.toNeuronResetOnDLS().equals(NeuronResetOnDLS.fromBlockLocal(23, 1)));
  t.ok(cfg.toSpikeCounterReadOnDLS().equals(SpikeCounterReadOnDLS.fromBlockLocal(23, 1)));
  t.ok(cfg.toSpikeCounterResetOnDLS().equals(SpikeCounterResetOnDLS.fromBlockLocal(23, 1)));
  t.equal(e(cfg.block), 1);
  t.equal(e(cfg.local), 23);

  // Bottom row, east: config block 3, backend block 1, local 128 + column%128.
  const se = AtomicNeuronOnDLS.from({ x: 200, y: 1 });
  t.equal(e(se.toNeuronConfigBlockOnDLS()), 3);
  const backend = se.toNeuronBackendConfigOnDLS();
  t.equal(e(backend.block), 1);
  t.equal(e(backend.local), 128 + 72);
  t.ok(backend.toAtomicNeuronOnDLS().equals(se));
  t.ok(backend.toNeuronConfigOnDLS().equals(se.toNeuronConfigOnDLS()));
  t.equal(e(backend.toNeuronColumnOnDLS()), 200);
  t.equal(e(backend.toNeuronRowOnDLS()), 1);
  t.equal(e(se.toNeuronEventOutputOnDLS()), 6, 'column / 32');
  t.equal(e(backend.toNeuronEventOutputOnDLS()), 6);
  t.equal(e(NeuronConfigBlockOnDLS.fromEnum(2).toNeuronBackendConfigBlockOnDLS()), 0);
  t.equal(e(NeuronConfigBlockOnDLS.fromEnum(3).toNeuronRowOnDLS()), 1);

  // Backend local 47 -> event output 1; 193 -> 2.
  t.equal(e(new NeuronBackendConfigOnNeuronBackendConfigBlock(47).toNeuronEventOutputOnNeuronBackendBlock()), 1);
  t.equal(e(new NeuronBackendConfigOnNeuronBackendConfigBlock(128 + 65).toNeuronEventOutputOnNeuronBackendBlock()), 2);

  // Event output <-> crossbar input.
  t.ok(new NeuronEventOutputOnDLS(3).toCrossbarInputOnDLS().equals(new CrossbarInputOnDLS(3)));
  t.equal(e(NeuronEventOutputOnDLS.fromBlockLocal(2, 1)), 6);
  t.same(new NeuronEventOutputOnDLS(1).toNeuronColumnsOnDLS().map(e), Array.from({ length: 32 }, (_, i) => 32 + i));

  // Neuron -> CapMem block / column / cell.
  t.equal(e(se.toCapMemBlockOnDLS()), 3);
  t.equal(e(se.toCapMemColumnOnCapMemBlock()), 72);
  const cell = se.toCapMemCellOnDLS(5);
  t.same([e(cell.block), e(cell.column), e(cell.row)], [3, 72, 5]);
  t.throws(() => se.toCapMemCellOnDLS(24), ValueRangeError);

  // Reset quad: synram*64 + quad column.
  t.equal(e(se.toNeuronResetQuadOnDLS()), 64 + columnQuad(200));
  t.equal(e(NeuronResetQuadOnDLS.fromBlockLocal(5, 1)), 69);
  t.throws(() => NeuronConfigOnDLS.fromBlockLocal(128, 0), ValueRangeError);
  t.throws(() => NeuronConfigOnDLS.fromBlockLocal(0, 4), ValueRangeError);
  t.ok(new NeuronResetOnDLS(300).to(SpikeCounterReadOnDLS).equals(new SpikeCounterReadOnDLS(300)));
});

t.test('synapses and quads (1.4)', async (t) => {
  // Quad interleaving.
  t.same(new SynapseQuadColumnOnDLS(0).toNeuronColumnsOnDLS().map(e), [0, 2, 4, 6]);
  t.same(new SynapseQuadColumnOnDLS(32).toNeuronColumnsOnDLS().map(e), [1, 3, 5, 7]);
  t.same(new SynapseQuadColumnOnDLS(31).toNeuronColumnsOnDLS().map(e), [248, 250, 252, 254]);
  t.equal(e(new NeuronColumnOnDLS(255).toSynapseQuadColumnOnDLS()), 63);
  t.equal(e(new NeuronColumnOnDLS(255).toEntryOnQuad()), 3);

  // (q 13, row 23, bottom) -> NeuronConfigBlock 2.
  const q = SynapseQuadOnDLS.from({ quadColumn: 13, row: 23, synram: SynramOnDLS.bottom() });
  t.equal(e(q), 16384 + 23 * 64 + 13);
  t.equal(e(q.toNeuronConfigBlockOnDLS()), 2);
  t.same([e(q.synram), e(q.row), e(q.quadColumn)], [1, 23, 13]);
  t.ok(q.local.equals(SynapseQuadOnSynram.from({ x: 13, y: 23 })));
  t.equal(e(SynapseQuadOnDLS.from({ quadColumn: 16, row: 0, synram: 0 }).toNeuronConfigBlockOnDLS()), 1);
  t.equal(e(SynapseQuadOnDLS.from({ quadColumn: 48, row: 0, synram: 1 }).toNeuronConfigBlockOnDLS()), 3);
  t.equal(e(SynapseQuadOnDLS.from({ quadColumn: 40, row: 0, synram: 1 }).toNeuronConfigBlockOnDLS()), 2);
  t.ok(q.toSynapseRowOnDLS().equals(SynapseRowOnDLS.fromBlockLocal(23, 1)));
  t.throws(() => SynapseQuadOnDLS.from({ quadColumn: 64, row: 0, synram: 0 }), ValueRangeError);
  t.throws(() => SynapseQuadOnDLS.from({ quadColumn: 0, row: 256, synram: 0 }), ValueRangeError);
  t.ok(q.to(SynapseWeightQuadOnDLS).equals(new SynapseWeightQuadOnDLS(e(q))));
  t.ok(q.to(CorrelationResetOnDLS).equals(new CorrelationResetOnDLS(e(q))));
  t.throws(() => q.to(CADCSampleQuadOnDLS), InvalidArgumentError);

  // Synapse <-> quad + entry.
  const s = SynapseOnDLS.fromBlockLocal(23 * 256 + 27, 1);
  t.same([e(s.synram), e(s.row), e(s.column)], [1, 23, 27]);
  t.equal(e(s.toEntryOnQuad()), 1);
  t.ok(s.toSynapseQuadOnDLS().equals(SynapseQuadOnDLS.from({ quadColumn: 32 + 3, row: 23, synram: 1 })));
  t.ok(s.toSynapseQuadOnDLS().toSynapseOnDLS(1).equals(s));
  t.equal(e(ColumnCorrelationQuadOnDLS.fromBlockLocal(3, 1)), 67);
});

t.test('synapse drivers and PADI (1.5)', async (t) => {
  const d23 = new SynapseDriverOnSynapseDriverBlock(23);
  t.equal(e(d23.toSynapseRowsOnSynram().top), 47, 'odd row is top');
  t.equal(e(d23.toSynapseRowsOnSynram().bottom), 46);
  t.equal(e(d23.toSynapseRowOnSynram(SynapseRowOnSynapseDriver.top())), 47);
  t.equal(e(d23.toSynapseRowOnSynram(SynapseRowOnSynapseDriver.bottom())), 46);
  t.ok(new SynapseRowOnSynram(23).toSynapseRowOnSynapseDriver().isTop(), 'row 23 is top');
  t.ok(new SynapseRowOnSynram(42).toSynapseRowOnSynapseDriver().isBottom(), 'row 42 is bottom');
  t.equal(e(new SynapseRowOnSynram(47).toSynapseDriverOnSynapseDriverBlock()), 23);

  const d47 = new SynapseDriverOnSynapseDriverBlock(47);
  t.equal(e(d47.toSynapseDriverOnPADIBus()), 11, 'driver 47 at position 11');
  t.equal(e(d47.toPADIBusOnPADIBusBlock()), 3);
  t.ok(SynapseDriverOnSynapseDriverBlock.fromPADIBusPosition(11, 3).equals(d47));
  t.same(new SynapseDriverOnPADIBus(11).toSynapseDriversOnSynapseDriverBlock().map(e), [44, 45, 46, 47]);
  t.ok(new SynapseDriverOnPADIBus(11).toSynapseDriverOnSynapseDriverBlock(3).equals(d47));
  t.throws(() => SynapseDriverOnSynapseDriverBlock.fromPADIBusPosition(32, 0), ValueRangeError);

  const d = SynapseDriverOnDLS.fromBlockLocal(23, SynapseDriverBlockOnDLS.bottom());
  t.equal(e(d), 151);
  t.equal(e(d.toSynapseRowsOnDLS().top), 256 + 47);
  t.ok(new SynapseRowOnDLS(256 + 46).toSynapseDriverOnDLS().equals(d));
  t.ok(d.toPADIBusOnDLS().equals(PADIBusOnDLS.fromBlockLocal(3, 1)));
  t.equal(e(d.toCapMemBlockOnDLS()), 3, 'odd driver, bottom: right block of the bottom hemisphere');
  t.equal(e(SynapseDriverOnDLS.fromBlockLocal(22, 0).toCapMemBlockOnDLS()), 0);

  // PADI bus (2, bottom) is crossbar output 6.
  t.ok(PADIBusOnDLS.fromBlockLocal(new PADIBusOnPADIBusBlock(2), PADIBusBlockOnDLS.bottom()).toCrossbarOutputOnDLS().equals(new CrossbarOutputOnDLS(6)));
});

t.test('event routing (1.6)', async (t) => {
  for (let i = 0; i < 20; i++) {
    const input = new CrossbarInputOnDLS(i);
    t.equal(input.toNeuronEventOutputOnDLS()?.toEnum(), i < 8 ? i : undefined, `input ${i} event output`);
    t.equal(input.toSPL1Address()?.toEnum(), i >= 8 && i < 12 ? i - 8 : undefined);
    t.equal(input.toBackgroundSpikeSourceOnDLS()?.toEnum(), i >= 12 ? i - 12 : undefined);
  }
  for (let o = 0; o < 12; o++) {
    const out = new CrossbarOutputOnDLS(o);
    t.equal(out.toPADIBusOnDLS()?.toEnum(), o < 8 ? o : undefined);
    t.equal(out.toCrossbarL2OutputOnDLS()?.toEnum(), o >= 8 ? o - 8 : undefined);
  }
  t.ok(new CrossbarL2OutputOnDLS(3).toCrossbarOutputOnDLS().equals(new CrossbarOutputOnDLS(11)));
  t.ok(new SPL1Address(3).toCrossbarInputOnDLS().equals(new CrossbarInputOnDLS(11)));

  // Crossbar node grid.
  const n = CrossbarNodeOnDLS.from({ output: 9, input: 13 });
  t.equal(e(n), 63);
  t.equal(e(n.x), 9);
  t.equal(e(n.y), 13);
  t.throws(() => CrossbarNodeOnDLS.from({ output: 9, input: 2 }), InvalidArgumentError, '(9, 2) has no node');
  t.notOk(CrossbarNodeOnDLS.exists(9, 2));
  t.throws(() => CrossbarNodeOnDLS.from({ output: 12, input: 0 }), ValueRangeError);
  t.throws(() => CrossbarNodeOnDLS.from({ output: 0, input: 20 }), ValueRangeError);
  let count = 0;
  for (let input = 0; input < 20; input++) {
    for (let output = 0; output < 12; output++) {
      if (!CrossbarNodeOnDLS.exists(output, input)) continue;
      const node = CrossbarNodeOnDLS.from({ output: new CrossbarOutputOnDLS(output), input: new CrossbarInputOnDLS(input) });
      t.equal(e(node), count, 'row-major by input, then output');
      t.same([e(node.output), e(node.input)], [output, input]);
      count++;
    }
  }
  t.equal(count, 76);
  t.equal(CROSSBAR_NODES.length, 76);
  t.same(CROSSBAR_NODES.slice(0, 3), [[0, 0], [4, 0], [8, 0]]);
  t.same(CROSSBAR_NODES.slice(24, 33), [[0, 8], [1, 8], [2, 8], [3, 8], [4, 8], [5, 8], [6, 8], [7, 8], [8, 8]]);
  t.same(CROSSBAR_NODES.slice(60, 64), [[0, 12], [8, 12], [1, 13], [9, 13]]);

  // Background source 5 -> crossbar input 17, L2 output 1, PADI bus 5 (bottom).
  const bg = new BackgroundSpikeSourceOnDLS(5);
  t.ok(bg.toCrossbarInputOnDLS().equals(new CrossbarInputOnDLS(17)));
  t.ok(bg.toCrossbarL2OutputOnDLS().equals(new CrossbarL2OutputOnDLS(1)));
  t.ok(bg.toPADIBusOnDLS().equals(new PADIBusOnDLS(5)));
  t.ok(bg.toPADIBusBlockOnDLS().isBottom());
});

t.test('SpikeLabel views and setters (1.6, quirk 7.13)', async (t) => {
  const l = new SpikeLabel(0b10_101_01011_001101);
  t.equal(e(l.spl1Address), 0b10);
  t.equal(e(l.neuronLabel), 0b101_01011_001101 & 0x3fff);
  t.equal(e(l.neuronEventOutput), 0b010, 'bits 10..8');
  t.equal(e(l.neuronBackendAddressOut), 0b11_001101);
  t.equal(e(l.rowSelectAddress), (e(l) >> 6) & 0x1f);
  t.equal(e(l.synapseLabel), 0b001101);
  t.equal(l.toString(), `SpikeLabel(${e(l)})`);

  // padi_label: documented as 11 bits, code masks 10 bits.
  const full = new SpikeLabel(0x07ff);
  t.equal(full.padiLabel, 0x3ff, 'bit 10 is not part of padiLabel');
  t.equal(e(full.rowSelectAddress), 0x1f, 'bit 10 is part of rowSelectAddress');
  t.equal(SpikeLabel.PADI_LABEL_MASK, 0x3ff);
  t.throws(() => new SpikeLabel(0).withPadiLabel(0x400), ValueRangeError);
  t.equal(e(new SpikeLabel(0x0400).withPadiLabel(0x3ff)), 0x7ff, 'withPadiLabel keeps bit 10');

  // Setters replace only their bits and are range-checked.
  const base = new SpikeLabel(0xffff);
  t.equal(e(base.withSpl1Address(1)), 0x7fff);
  t.equal(e(base.withNeuronLabel(0)), 0xc000);
  t.equal(e(base.withNeuronEventOutput(0)), 0xf8ff);
  t.equal(e(base.withNeuronBackendAddressOut(0)), 0xff00);
  t.equal(e(base.withRowSelectAddress(0)), 0xf83f);
  t.equal(e(base.withSynapseLabel(new SynapseQuadColumnOnDLS(0))), 0xffc0, 'accepts coordinates');
  t.throws(() => base.withSpl1Address(4), ValueRangeError);
  t.throws(() => base.withNeuronLabel(0x4000), ValueRangeError);
  t.throws(() => base.withNeuronEventOutput(8), ValueRangeError);
  t.throws(() => base.withNeuronBackendAddressOut(256), ValueRangeError);
  t.throws(() => base.withRowSelectAddress(32), ValueRangeError);
  t.throws(() => base.withSynapseLabel(64), ValueRangeError);
  t.throws(() => new SpikeLabel(0x10000), ValueRangeError, '16 bits, never truncated');
  t.equal(e(base), 0xffff, 'labels are immutable');

  t.equal(e(SpikeLabel.from({ spl1Address: 3, neuronEventOutput: 2, neuronBackendAddressOut: 0x17 })), 0xc217);
  t.equal(e(SpikeLabel.from({ rowSelectAddress: 5, synapseLabel: 9 })), (5 << 6) | 9);
  t.ok(new SpikeLabel(77).toSpikeIOOutputRouteOnFPGA().toSpikeLabel().equals(new SpikeLabel(77)));
  t.ok(new SpikeIOOutputRouteOnFPGA(65535).toSpikeLabel().spl1Address.equals(new SPL1Address(3)));

  const nl = new NeuronLabel(0x3fff);
  t.equal(e(nl.neuronEventOutput), 7);
  t.equal(e(nl.neuronBackendAddressOut), 0xff);
  t.throws(() => new NeuronLabel(0x4000), ValueRangeError);

  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffff }), (v) => {
      const x = new SpikeLabel(v);
      const rebuilt = new SpikeLabel(0).withSpl1Address(x.spl1Address).withNeuronLabel(x.neuronLabel);
      const padi = new SpikeLabel(0).withSpl1Address(x.spl1Address).withNeuronLabel(x.neuronLabel).withRowSelectAddress(x.rowSelectAddress).withSynapseLabel(x.synapseLabel);
      return rebuilt.equals(x) && padi.equals(x) && x.withNeuronEventOutput(x.neuronEventOutput).equals(x);
    }),
  );
});

t.test('CapMem (1.7, 4.3)', async (t) => {
  for (let c = 0; c < 130; c++) t.equal(new CapMemColumnOnCapMemBlock(c).isShared(), c >= 128, `column ${c} shared?`);
  t.equal(new CapMemColumnOnCapMemBlock(128).toNeuronConfigOnNeuronConfigBlock(), undefined);
  const cell = CapMemCellOnDLS.from({ block: 2, column: 129, row: 23 });
  t.equal(e(cell), 2 * 3120 + 23 * 130 + 129);
  t.same([e(cell.block), e(cell.column), e(cell.row)], [2, 129, 23]);
  t.ok(cell.isShared());
  t.ok(cell.local.equals(CapMemCellOnCapMemBlock.from({ x: 129, y: 23 })));
  t.throws(() => CapMemCellOnDLS.from({ block: 4, column: 0, row: 0 }), ValueRangeError);
  t.throws(() => CapMemCellOnDLS.from({ block: 0, column: 130, row: 0 }), ValueRangeError);
  t.throws(() => CapMemCellOnDLS.from({ block: 0, column: 0, row: 24 }), ValueRangeError);
  t.equal(e(CapMemBlockOnDLS.fromBlockLocal(1, HemisphereOnDLS.bottom())), 3);
  t.equal(e(new CapMemBlockOnDLS(2).hemisphere), 1);
  t.ok(new CapMemBlockOnDLS(2).toNeuronConfigBlockOnDLS().equals(new NeuronConfigBlockOnDLS(2)));

  // All 90 unused cells convert to distinct shared cells, in the spec's order.
  const cells = UnusedCapMemCellOnDLS.all().map((u) => u.toCapMemCellOnDLS());
  t.equal(cells.length, 90);
  t.equal(new Set(cells.map(e)).size, 90);
  t.ok(cells.every((c) => c.isShared()));
  t.same(UNUSED_CAPMEM_CELLS.slice(0, 5), [[1, 128, 23], [3, 128, 23], [2, 128, 21], [2, 128, 22], [2, 128, 23]]);
  t.same(UNUSED_CAPMEM_CELLS.slice(5, 21).map(([b, c, r]) => `${b}/${c}/${r}`), [0, 1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18, 19, 20, 21, 22].map((r) => `0/129/${r}`));
  t.same(UNUSED_CAPMEM_CELLS[21], [1, 129, 0]);
  t.same(UNUSED_CAPMEM_CELLS[89], [3, 129, 22]);
  // The named cells of 4.2 / 4.3 are not among them.
  const named = [[0, 128, 23], [0, 129, 8], [0, 129, 14], [1, 128, 21], [3, 128, 22], [0, 129, 23], [2, 129, 23], [2, 128, 20]];
  for (const [b, c, r] of named) t.equal(CapMemCellOnDLS.from({ block: b!, column: c!, row: r! }).toUnusedCapMemCellOnDLS(), undefined, `${b}/${c}/${r} is used`);
  t.equal(cells[42]!.toUnusedCapMemCellOnDLS()?.toEnum(), 42);
});

t.test('CADC (1.8)', async (t) => {
  t.equal(CADCSampleQuadUnspecifiedReadoutOnSynram.size, SynapseQuadOnSynram.size * 2);
  t.equal(CADCSampleQuadOnSynram.size, CADCSampleQuadUnspecifiedReadoutOnSynram.size * 2);
  t.equal(CADCSampleQuadOnDLS.size, CADCSampleQuadOnSynram.size * 2);
  t.equal(CADCChannelConfigOnSynram.size, 256 * 2);
  t.equal(CADCChannelConfigOnDLS.size, CADCChannelConfigOnSynram.size * 2);

  const ch = CADCChannelConfigOnDLS.from({ column: 200, channelType: 1, synram: 1 });
  t.equal(e(ch), 512 + 256 + 200);
  t.same([e(ch.column), e(ch.channelType), e(ch.synram)], [200, 1, 1]);
  t.equal(e(ch.toNeuronConfigBlockOnDLS()), 3);
  t.equal(e(CADCChannelConfigOnDLS.from({ column: 127, channelType: 0, synram: 0 }).toNeuronConfigBlockOnDLS()), 0);

  const sq = CADCSampleQuadOnDLS.from({ quadColumn: 13, row: 23, channelType: 1, readoutType: 1, synram: 1 });
  t.equal(e(sq), 65536 + 32768 + 16384 + 23 * 64 + 13);
  t.same([e(sq.quadColumn), e(sq.row), e(sq.channelType), e(sq.readoutType), e(sq.synram)], [13, 23, 1, 1, 1]);
  t.ok(sq.toSynapseQuadOnDLS().equals(SynapseQuadOnDLS.from({ quadColumn: 13, row: 23, synram: 1 })));
  t.throws(() => CADCSampleQuadOnDLS.from({ quadColumn: 0, row: 0, channelType: 2, readoutType: 0, synram: 0 }), ValueRangeError);
});

t.test('PPU memory, PHY, PLL, misc (1.9)', async (t) => {
  t.throws(() => new PPUMemoryWordOnPPU(4096), ValueRangeError);
  t.throws(() => PPUMemoryWordOnDLS.fromEnum(8192), ValueRangeError);
  const w = PPUMemoryWordOnDLS.fromBlockLocal(1, PPUOnDLS.bottom());
  t.equal(e(w), 4097);
  t.same([e(w.word), e(w.ppu)], [1, 1]);
  t.equal(e(PPUMemoryWordOnPPU.returnCode), 3071);

  // Interval coordinates.
  const mb = PPUMemoryBlockOnPPU.mailbox;
  t.same([mb.first, mb.last, mb.length], [3072, 4095, 1024]);
  t.ok(mb.min.equals(new PPUMemoryWordOnPPU(3072)));
  t.ok(mb.max.equals(new PPUMemoryWordOnPPU(4095)));
  t.ok(mb.contains(3072) && mb.contains(4095) && !mb.contains(3071));
  t.same([PPUMemoryBlockOnPPU.returnCode.first, PPUMemoryBlockOnPPU.returnCode.length], [3071, 1]);
  t.equal(PPUMemoryBlockOnPPU.range(10, 5).last, 14);
  t.equal(PPUMemoryBlockOnPPU.whole().length, 4096);
  t.throws(() => new PPUMemoryBlockOnPPU(10, 9), ValueRangeError, 'max below min');
  t.throws(() => new PPUMemoryBlockOnPPU(0, 4096), ValueRangeError);
  t.throws(() => PPUMemoryBlockOnPPU.range(4000, 97), ValueRangeError);
  t.throws(() => PPUMemoryBlockOnPPU.all(), InvalidArgumentError);
  t.ok(PPUMemoryBlockOnPPU.fromEnum(mb.toEnum()).equals(mb));
  t.ok((coordinateFromJSON(JSON.parse(JSON.stringify(mb)) as { type: string; enum: number }) as PPUMemoryBlockOnPPU).equals(mb));
  t.equal(mb.toString(), 'PPUMemoryBlockOnPPU(words 3072..4095)');
  t.same(PPUMemoryBlockOnPPU.range(7, 3).words().map(e), [7, 8, 9]);
  t.throws(() => PPUMemoryBlockOnPPU.fromEnum(5 * 4096 + 4), ValueRangeError, 'enum of an inverted pair');

  const onDls = mb.toPPUMemoryBlockOnDLS(PPUOnDLS.bottom());
  t.same([onDls.ppu, onDls.first, onDls.last, onDls.length], [1, 3072, 4095, 1024]);
  t.equal(e(onDls.min), 4096 + 3072);
  t.equal(e(onDls.max), 8191);
  t.ok(onDls.toPPUMemoryBlockOnPPU().equals(mb));
  t.ok(onDls.toPPUOnDLS().isBottom());
  t.ok(PPUMemoryBlockOnDLS.fromWords(4096 + 3072, 8191).equals(onDls));
  t.throws(() => PPUMemoryBlockOnDLS.fromWords(4095, 4096), InvalidArgumentError, 'crosses PPUs');
  t.throws(() => new PPUMemoryBlockOnDLS(2, 0, 0), ValueRangeError);
  t.ok(PPUMemoryBlockOnDLS.fromEnum(onDls.toEnum()).equals(onDls));
  t.equal(onDls.toEnum(), 2 ** 24 + 3072 * 4096 + 4095);
  t.ok(PPUMemoryBlockOnDLS.range(0, 5, 2).words()[1]!.equals(new PPUMemoryWordOnDLS(6)));
  t.equal(PPUMemoryBlockOnDLS.whole(1).length, 4096);

  // PhyConfigChipOnDLS(i) <-> JTAGPhyRegisterOnDLS(7-i).
  t.ok(new PhyConfigChipOnDLS(3).toJTAGPhyRegisterOnDLS().equals(new JTAGPhyRegisterOnDLS(4)));
  for (let i = 0; i < 8; i++) t.equal(e(new PhyConfigChipOnDLS(i).toJTAGPhyRegisterOnDLS().toPhyConfigChipOnDLS()), i);

  t.equal(new PLLClockOutputOnDLS(2).name, 'ppu_clk');
  t.equal(e(PLLClockOutputOnDLS.fromName('madc_clk')), 3);
  t.throws(() => PLLClockOutputOnDLS.fromName('nope'), InvalidArgumentError);
  t.equal(new ExternalPPUMemoryByteOnFPGA(0x1ffff).toExternalPPUMemoryQuadOnFPGA().toEnum(), 0x7fff);
  t.equal(e(new ExternalPPUMemoryByteOnFPGA(6).toExternalPPUMemoryQuadOnFPGA().toExternalPPUMemoryByteOnFPGA(2)), 6);
  t.equal(MADCSamplePackFromFPGAOnDLS.fromCount(3).count, 3);
  t.throws(() => MADCSamplePackFromFPGAOnDLS.fromCount(0), ValueRangeError);
  t.equal(e(DACChannelOnBoard.fromBlockLocal(7, 1)), 15);
});

t.test('fast-check: enum -> parts -> enum identities', async (t) => {
  const mixins = [
    NeuronConfigOnDLS,
    NeuronBackendConfigOnDLS,
    NeuronResetOnDLS,
    SpikeCounterReadOnDLS,
    SpikeCounterResetOnDLS,
    NeuronEventOutputOnDLS,
    NeuronResetQuadOnDLS,
    SynapseRowOnDLS,
    SynapseQuadOnDLS,
    SynapseOnDLS,
    SynapseDriverOnDLS,
    PADIBusOnDLS,
    CapMemBlockOnDLS,
    CapMemCellOnDLS,
    CADCChannelConfigOnSynram,
    CADCChannelConfigOnDLS,
    CADCSampleQuadUnspecifiedReadoutOnSynram,
    CADCSampleQuadOnSynram,
    CADCSampleQuadOnDLS,
    PPUMemoryWordOnDLS,
  ] as unknown as MixinClass[];
  for (const M of mixins) {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: M.size - 1 }), (v) => {
        const c = new M(v);
        const { local, block } = c;
        return M.fromBlockLocal(local, block).toEnum() === v && M.fromBlockLocal(e(local), e(block)).toEnum() === v && e(block) * M.Local.size + e(local) === v;
      }),
    );
    t.pass(`${M.typeName}: fromBlockLocal(local, block) is the identity`);
  }
  for (const G of [AtomicNeuronOnDLS, SynapseQuadOnSynram, CapMemCellOnCapMemBlock] as unknown as GridClass[]) {
    fc.assert(fc.property(fc.integer({ min: 0, max: G.size - 1 }), (v) => G.from({ x: new G(v).x, y: new G(v).y }).toEnum() === v && e(new G(v).y) * (e(new G(G.size - 1).x) + 1) + e(new G(v).x) === v));
    t.pass(`${G.typeName}: from({ x, y }) is the identity, x fastest`);
  }
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 255 }), (col) => {
      const q = columnQuad(col);
      const entry = columnEntry(col);
      const c = new NeuronColumnOnDLS(col);
      return quadEntryColumn(q, entry) === col && c.toSynapseQuadColumnOnDLS().toNeuronColumnOnDLS(c.toEntryOnQuad()).equals(c);
    }),
  );
  fc.assert(fc.property(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 3 }), (q, en) => columnQuad(quadEntryColumn(q, en)) === q && columnEntry(quadEntryColumn(q, en)) === en));
  t.pass('quad interleave is a bijection');
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 511 }), (v) => {
      const a = new AtomicNeuronOnDLS(v);
      const b = a.toNeuronBackendConfigOnDLS();
      return (
        b.toAtomicNeuronOnDLS().equals(a) &&
        e(b.toNeuronEventOutputOnDLS()) === e(a.x) >> 5 &&
        e(a.toNeuronConfigOnDLS().toNeuronResetOnDLS()) === e(b) &&
        e(a.toNeuronConfigBlockOnDLS()) === 2 * e(a.y) + (e(a.x) >= 128 ? 1 : 0)
      );
    }),
  );
  t.pass('atomic <-> backend <-> config round trip');
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 255 }), (v) => {
      const d = new SynapseDriverOnDLS(v);
      const { top, bottom } = d.toSynapseRowsOnDLS();
      return top.toSynapseDriverOnDLS().equals(d) && bottom.toSynapseDriverOnDLS().equals(d) && top.toSynapseRowOnSynapseDriver().isTop() && e(top) % 2 === 1;
    }),
  );
  t.pass('driver <-> rows');
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 32767 }), (v) => {
      const q = new SynapseQuadOnDLS(v);
      return SynapseQuadOnDLS.from({ quadColumn: q.quadColumn, row: q.row, synram: q.synram }).equals(q) && q.toNeuronConfigBlockOnDLS().equals(new AtomicNeuronOnDLS(e(q.synram) * 256 + e(q.quadColumn.toNeuronColumnOnDLS(0))).toNeuronConfigBlockOnDLS());
    }),
  );
  t.pass('quad parts and quad -> config block agree with the column mapping');
  fc.assert(fc.property(fc.integer({ min: 0, max: 131071 }), (v) => new CADCSampleQuadOnDLS(v).toSynapseQuadOnDLS().quadColumn.equals(new CADCSampleQuadOnDLS(v).quadColumn)));
  t.pass('CADC quad -> synapse quad keeps the column');
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 4095 }), fc.integer({ min: 0, max: 4095 }), fc.integer({ min: 0, max: 1 }), (a, b, p) => {
      const blk = new PPUMemoryBlockOnDLS(p, Math.min(a, b), Math.max(a, b));
      return PPUMemoryBlockOnDLS.fromEnum(blk.toEnum()).equals(blk) && blk.length === Math.abs(a - b) + 1 && blk.toPPUMemoryBlockOnPPU().toPPUMemoryBlockOnDLS(p).equals(blk);
    }),
  );
  t.pass('PPU memory interval enum round trip');
});

t.test('geometry free functions agree with the coordinate views', async (t) => {
  t.equal(quadEnum(1, 23, 13), e(SynapseQuadOnDLS.from({ quadColumn: 13, row: 23, synram: 1 })));
  t.equal(quadNeuronConfigBlock(quadEnum(1, 23, 13)), 2);
  t.same(splitQuadEnum(quadEnum(1, 23, 13)), { synram: 1, row: 23, quad: 13 });
  t.equal(driverRow(23, 0), 47);
  t.equal(driverRow(23, 1), 46);
  t.same(rowDriver(47), { driver: 23, position: 0 });
  t.same(rowDriver(42), { driver: 21, position: 1 });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 32767 }), (v) => {
      const { synram, row, quad } = splitQuadEnum(v);
      return quadEnum(synram, row, quad) === v && quadNeuronConfigBlock(v) === e(new SynapseQuadOnDLS(v).toNeuronConfigBlockOnDLS());
    }),
  );
  fc.assert(fc.property(fc.integer({ min: 0, max: 255 }), (r) => driverRow(rowDriver(r).driver, rowDriver(r).position) === r));
});
