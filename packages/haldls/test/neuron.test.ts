/**
 * Neuron containers (haldls.md 3.1, 3.2, 3.4), the neuron-side SRAM timing configs (3.5): reference vectors
 * of 6.2, default words, the quirks of section 7 (inverted/split backend fields, words 2..7 of an 8-word
 * slot) and typed errors for out-of-range input.
 */
import t from 'tap';
import { AccessError, ValueRangeError, ValueTypeError } from '@bss2/fisch';
import {
  CADCOffsetSRAMTimingConfig,
  CADCOffsetSRAMTimingConfigOnDLS,
  NeuronBackendConfig,
  NeuronBackendConfigOnDLS,
  NeuronBackendSRAMTimingConfig,
  NeuronBackendSRAMTimingConfigOnDLS,
  NeuronConfig,
  NeuronConfigOnDLS,
  NeuronResetQuad,
  NeuronResetQuadOnDLS,
  NeuronSRAMTimingConfig,
  NeuronSRAMTimingConfigOnDLS,
  SpikeCounterRead,
  SpikeCounterReadOnDLS,
  SpikeCounterReset,
  SpikeCounterResetOnDLS,
  SynapseDriverSRAMTimingConfig,
  SynapseDriverSRAMTimingConfigOnDLS,
} from '@bss2/haldls';
import { hex, writes } from './vectors.js';

const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

// ------------------------------------------------------------------------------------------------ NeuronConfig

/** [field, word, bit] of every NeuronConfig boolean (haldls.md 3.1 table). */
const NEURON_CONFIG_BOOL_BITS: readonly (readonly [string, number, number])[] = [
  ['enableResetDegeneration', 0, 0],
  ['enableResetDivision', 0, 1],
  ['enableResetMultiplication', 0, 2],
  ['enableLeakDegeneration', 0, 3],
  ['enableLeakDivision', 0, 4],
  ['enableLeakMultiplication', 0, 5],
  ['enableStrongFire', 0, 6],
  ['enableSynapticInputInhibitoryCobaMode', 1, 1],
  ['enableSynapticInputExcitatoryCobaMode', 1, 2],
  ['enableUnbufferedAccess', 1, 3],
  ['enableReadoutAmplifier', 1, 4],
  ['enableReadout', 1, 7],
  ['invertAdaptationB', 2, 0],
  ['invertAdaptationA', 2, 1],
  ['enableAdaptation', 2, 2],
  ['enableExponential', 2, 3],
  ['enableSynapticInputInhibitorySmallCapacitance', 2, 4],
  ['enableSynapticInputExcitatorySmallCapacitance', 2, 5],
  ['enableSynapticInputInhibitoryHighResistance', 2, 6],
  ['enableSynapticInputExcitatoryHighResistance', 2, 7],
  ['enableMembraneOffset', 3, 0],
  ['invertMembraneOffset', 4, 0],
  ['enableFire', 4, 2],
  ['enableThresholdComparator', 4, 3],
  ['enableSynapticInputInhibitory', 4, 4],
  ['enableSynapticInputExcitatory', 4, 5],
  ['enableBypassInhibitory', 4, 6],
  ['enableBypassExcitatory', 4, 7],
  ['connectSomaRight', 5, 0],
  ['connectBottom', 5, 1],
  ['enableMulticompConductance', 5, 2],
  ['connectMembraneRight', 5, 3],
  ['connectSoma', 5, 4],
  ['enableMultiplyMulticompConductanceBias', 5, 5],
  ['enableDivideMulticompConductanceBias', 5, 6],
  ['enablePause', 5, 7],
];

t.test('NeuronConfig: default words and addresses (words 2..7 of the 8-word slot)', async (t) => {
  const w = writes(NeuronConfig.create(), new NeuronConfigOnDLS(0));
  t.same(hex(w.addresses), hex(range(0x160002, 6)));
  t.same(w.words, [0, 0, 0, 0, 0, 0]);
  t.equal(NeuronConfig.create().readoutSource, 'membrane');
  // quadrant bases: NW, NE, SW, SE; neuron n at base + 8n + 2
  t.same(hex(NeuronConfig.readAddresses(new NeuronConfigOnDLS(127))), hex(range(0x160000 + 127 * 8 + 2, 6)));
  t.same(hex(NeuronConfig.readAddresses(new NeuronConfigOnDLS(2 * 128 + 5))), hex(range(0x170000 + 5 * 8 + 2, 6)));
  t.same(hex(NeuronConfig.readAddresses(new NeuronConfigOnDLS(3 * 128 + 1))), hex(range(0x178000 + 8 + 2, 6)));
  t.ok(NeuronConfig.differentialWrite);
  t.same(NeuronConfig.unsupportedReadTargets, ['simulation']);
});

t.test('NeuronConfig: reference vector (23, block 1)', async (t) => {
  const c = NeuronConfig.create().with({
    enableReadoutAmplifier: true,
    enableSynapticInputExcitatory: false,
    connectSomaRight: true,
    readoutSource: 'adaptation',
  });
  const coord = new NeuronConfigOnDLS(1 * 128 + 23);
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex(range(0x168000 + 23 * 8 + 2, 6)));
  t.same(hex(NeuronConfig.readAddresses(coord)), hex(w.addresses));
  t.equal((w.words[1]! >>> 4) & 1, 1, 'w1 bit 4 (readout amplifier)');
  t.equal((w.words[1]! >>> 5) & 3, 3, 'w1 bits 5-6 = adaptation');
  t.equal(w.words[5]! & 1, 1, 'w5 bit 0 (connect_soma_right)');
  t.equal((w.words[4]! >>> 5) & 1, 0, 'w4 bit 5 clear (synaptic input excitatory)');
  t.same(hex(w.words), hex([0, 0x70, 0, 0, 0, 0x01]));
  const back = NeuronConfig.decode(coord, w.words);
  t.ok(back.equals(c));
  t.notOk(back.equals(NeuronConfig.create()));
});

t.test('NeuronConfig: every boolean sits at its bit', async (t) => {
  const coord = new NeuronConfigOnDLS(0);
  for (const [field, word, bit] of NEURON_CONFIG_BOOL_BITS) {
    const expected = [0, 0, 0, 0, 0, 0];
    expected[word] = 1 << bit;
    t.same(hex(NeuronConfig.encodeWords(NeuronConfig.create().with({ [field]: true }).values(), coord)), hex(expected), field);
  }
  t.equal(NEURON_CONFIG_BOOL_BITS.length, NeuronConfig.fields.filter((f) => f.scalar.kind === 'bool').length, 'all booleans covered');
  t.same(NeuronConfig.encodeWords(NeuronConfig.create().with({ membraneCapacitorSize: 63 }).values(), coord), [0, 0, 0, 0xfc, 0, 0]);
  t.same(NeuronConfig.encodeWords(NeuronConfig.create().with({ membraneCapacitorSize: 0b100001 }).values(), coord), [0, 0, 0, 0x84, 0, 0]);
  const sources = ['membrane', 'exc_synin', 'inh_synin', 'adaptation'] as const;
  sources.forEach((s, code) => {
    t.same(NeuronConfig.encodeWords(NeuronConfig.create().with({ readoutSource: s }).values(), coord), [0, code << 5, 0, 0, 0, 0], s);
  });
});

t.test('NeuronConfig: decode reads only the named bits', async (t) => {
  const coord = new NeuronConfigOnDLS(0);
  const all = NeuronConfig.decode(coord, new Array(6).fill(0xffff_ffff));
  t.equal(all.membraneCapacitorSize, 63);
  t.equal(all.readoutSource, 'adaptation');
  for (const [field] of NEURON_CONFIG_BOOL_BITS) t.equal((all as unknown as Record<string, unknown>)[field], true, field);
  // re-encoding drops the unused bits (w1 bit 0, w3 bit 1, w4 bit 1, everything above bit 7)
  t.same(hex(NeuronConfig.encodeWords(all.values(), coord)), hex([0x7f, 0xfe, 0xff, 0xfd, 0xfd, 0xff]));
  t.ok(NeuronConfig.decode(coord, [0x100, 0x101, 0x100, 0x102, 0x102, 0x100]).equals(NeuronConfig.create()));
});

t.test('NeuronConfig: readout source accepts numeric codes; out-of-range input throws typed errors', async (t) => {
  t.equal(NeuronConfig.create().with({ readoutSource: 2 as never }).readoutSource, 'inh_synin');
  t.throws(() => NeuronConfig.create().with({ readoutSource: 4 as never }), ValueRangeError);
  t.throws(() => NeuronConfig.create().with({ readoutSource: 'soma' as never }), ValueTypeError);
  t.throws(() => NeuronConfig.create().with({ membraneCapacitorSize: 64 }), ValueRangeError);
  t.throws(() => NeuronConfig.create().with({ membraneCapacitorSize: -1 }), ValueRangeError);
  t.throws(() => NeuronConfig.create().with({ enableFire: 1 as never }), ValueTypeError);
  t.throws(() => new NeuronConfigOnDLS(512), ValueRangeError);
});

// ------------------------------------------------------------------------------------------------ NeuronBackendConfig

t.test('NeuronBackendConfig: default words', async (t) => {
  const def = NeuronBackendConfig.create();
  t.equal(def.resetHoldoff, 15);
  t.equal(def.enableBayesianExtension, true);
  const w = writes(def, new NeuronBackendConfigOnDLS(0));
  t.same(hex(w.addresses), hex(range(0x1a1000, 4)));
  t.same(hex(w.words), hex([0xff, 0xff, 0xbc, 0x00]));
  t.ok(NeuronBackendConfig.differentialWrite);
  t.same(NeuronBackendConfig.unsupportedReadTargets, ['simulation']);
});

t.test('NeuronBackendConfig: reference vector (local 151, block 1)', async (t) => {
  const c = NeuronBackendConfig.create().with({ connectFireToRight: true, enableSpikeOut: true, addressOut: 7, enableAdaptationPulse: true });
  const coord = new NeuronBackendConfigOnDLS(256 + 128 + 23);
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex(range(0x1a9000 + 128 * 4 + 23 * 4, 4)));
  t.same(hex(NeuronBackendConfig.readAddresses(coord)), hex(w.addresses));
  t.equal(w.words[3]! & 0b11000, 0b11000, 'w3 bits 3 and 4');
  t.equal(w.words[0]! & 0x3f, 0b111110, 'w0 & 0x3F = ~7 >> 2');
  t.equal((w.words[1]! >>> 4) & 3, 0, 'w1 bits 4-5 = low bits of ~7');
  t.equal((w.words[2]! >>> 6) & 1, 1, 'w2 bit 6');
  t.same(hex(w.words), hex([0xfe, 0xcf, 0xfc, 0x18]));
  const back = NeuronBackendConfig.decode(coord, w.words);
  t.ok(back.equals(c));
  t.notOk(back.equals(NeuronBackendConfig.create()));
});

t.test('NeuronBackendConfig: inverted and split fields (quirk 7.1)', async (t) => {
  const coord = new NeuronBackendConfigOnDLS(0);
  const enc = (f: Parameters<ReturnType<typeof NeuronBackendConfig.create>['with']>[0]) =>
    NeuronBackendConfig.encodeWords(NeuronBackendConfig.create().with({ enableBayesianExtension: false, ...f }).values(), coord);
  // address_out 0xFF and refractory_time 0xFF invert to all-zero; holdoff 0 -> no bits left
  t.same(hex(enc({ addressOut: 0xff, refractoryTime: 0xff, resetHoldoff: 0 })), hex([0, 0, 0, 0]));
  // ~0x5A = 0xA5: A[7:2] = 0x29 in w0, A[1:0] = 1 in w1 bits 4-5
  t.same(hex(enc({ addressOut: 0x5a, refractoryTime: 0xff, resetHoldoff: 0 })), hex([0x29, 0x10, 0, 0]));
  // ~0x3C = 0xC3: R[7:4] = 0xC in w1 bits 0-3, R[3:0] = 3 in w2 bits 2-5
  t.same(hex(enc({ addressOut: 0xff, refractoryTime: 0x3c, resetHoldoff: 0 })), hex([0, 0x0c, 0x0c, 0]));
  // holdoff 0b1001: H[1:0] = 1 in w0 bits 6-7, H[3:2] = 2 in w1 bits 6-7
  t.same(hex(enc({ addressOut: 0xff, refractoryTime: 0xff, resetHoldoff: 9 })), hex([0x40, 0x80, 0, 0]));
  t.same(hex(enc({ addressOut: 0xff, refractoryTime: 0xff, resetHoldoff: 0, postOverwrite: true, selectInputClock: 1 })), hex([0, 0, 0x3, 0]));
  t.same(hex(enc({ addressOut: 0xff, refractoryTime: 0xff, resetHoldoff: 0, enableNeuronSlave: true, connectFireBottom: true, connectFireFromRight: true })), hex([0, 0, 0, 0x7]));
  t.same(hex(enc({ addressOut: 0xff, refractoryTime: 0xff, resetHoldoff: 0, enableNeuronMaster: true })), hex([0, 0, 0, 0x20]));
  t.same(hex(enc({ addressOut: 0xff, refractoryTime: 0xff, resetHoldoff: 0, enableBayesian1: true })), hex([0, 0, 0, 0x40]));
  t.same(hex(enc({ addressOut: 0xff, refractoryTime: 0xff, resetHoldoff: 0, enableBayesian0: true })), hex([0, 0, 0, 0x80]));
  const c = NeuronBackendConfig.create().with({ addressOut: 0x5a, refractoryTime: 0x3c, resetHoldoff: 9 });
  t.ok(NeuronBackendConfig.decode(coord, NeuronBackendConfig.encodeWords(c.values(), coord)).equals(c));
  // all-zero SRAM reads back as inverted maxima
  const zero = NeuronBackendConfig.decode(coord, [0, 0, 0, 0]);
  t.equal(zero.addressOut, 255);
  t.equal(zero.refractoryTime, 255);
  t.equal(zero.resetHoldoff, 0);
});

t.test('NeuronBackendConfig: out-of-range input throws typed errors', async (t) => {
  const def = NeuronBackendConfig.create();
  t.throws(() => def.with({ addressOut: 256 }), ValueRangeError);
  t.throws(() => def.with({ refractoryTime: -1 }), ValueRangeError);
  t.throws(() => def.with({ resetHoldoff: 16 }), ValueRangeError);
  t.throws(() => def.with({ selectInputClock: 2 }), ValueRangeError);
  t.throws(() => def.with({ addressOut: 1.5 }), ValueRangeError);
});

// ------------------------------------------------------------------------------------------------ triggers / counters

t.test('SpikeCounterRead: read-only, reference vector (22, block 0)', async (t) => {
  t.ok(SpikeCounterRead.readable);
  t.notOk(SpikeCounterRead.writable);
  const coord = new SpikeCounterReadOnDLS(22);
  t.same(hex(SpikeCounterRead.readAddresses(coord)), hex([0x122858]));
  t.same(SpikeCounterRead.writeAddresses(coord), []);
  const c = SpikeCounterRead.decode(coord, [0x164]);
  t.equal(c.count, 100);
  t.equal(c.overflow, true);
  t.notOk(c.equals(SpikeCounterRead.create()));
  t.ok(SpikeCounterRead.decode(coord, [0]).equals(SpikeCounterRead.create()));
  t.same(hex(SpikeCounterRead.readAddresses(new SpikeCounterReadOnDLS(256 + 22))), hex([0x12a858]));
  t.throws(() => c.encode(coord, { omnibusWrite() {}, message() {} }), AccessError);
  t.throws(() => c.with({ count: 256 }), ValueRangeError);
});

t.test('SpikeCounterReset: write-only trigger, reference vector (21, block 0)', async (t) => {
  t.notOk(SpikeCounterReset.readable);
  const coord = new SpikeCounterResetOnDLS(21);
  t.same(SpikeCounterReset.readAddresses(coord), []);
  const w = writes(SpikeCounterReset.create(), coord);
  t.same(hex(w.addresses), hex([0x122c54]));
  t.same(w.words, [0]);
  t.same(hex(writes(SpikeCounterReset.create(), new SpikeCounterResetOnDLS(256 + 21)).addresses), hex([0x12ac54]));
  t.equal(SpikeCounterReset.create().toString(), 'SpikeCounterReset()');
  t.ok(SpikeCounterReset.create().equals(new SpikeCounterReset()));
});

t.test('NeuronResetQuad: write-only trigger, reference vector (quad 23, synram 1)', async (t) => {
  t.notOk(NeuronResetQuad.readable);
  const w = writes(NeuronResetQuad.create(), new NeuronResetQuadOnDLS(64 + 23));
  t.same(hex(w.addresses), hex([0x03c94017]));
  t.same(w.words, [0]);
  t.same(hex(writes(NeuronResetQuad.create(), new NeuronResetQuadOnDLS(0)).addresses), hex([0x02c94000]));
  t.same(hex(writes(NeuronResetQuad.create(), new NeuronResetQuadOnDLS(63)).addresses), hex([0x02c9403f]));
  t.same(NeuronResetQuad.readAddresses(new NeuronResetQuadOnDLS(5)), []);
  t.equal(NeuronResetQuad.create().toString(), 'NeuronResetQuad()');
  t.throws(() => new NeuronResetQuadOnDLS(128), ValueRangeError);
});

// ------------------------------------------------------------------------------------------------ SRAM timing

t.test('SRAM timing: reference vector 100/5/7 and default words', async (t) => {
  const cases = [
    { type: NeuronSRAMTimingConfig, coord: NeuronSRAMTimingConfigOnDLS, bases: [0x160402, 0x168402, 0x170402, 0x178402], def: [0xff, 0xff] },
    { type: NeuronBackendSRAMTimingConfig, coord: NeuronBackendSRAMTimingConfigOnDLS, bases: [0x1a1402, 0x1a9402], def: [0xff, 0xff] },
    { type: SynapseDriverSRAMTimingConfig, coord: SynapseDriverSRAMTimingConfigOnDLS, bases: [0x110602, 0x118602], def: [0xc0, 0xff] },
    // [top-west, top-east, bottom-west, bottom-east]
    { type: CADCOffsetSRAMTimingConfig, coord: CADCOffsetSRAMTimingConfigOnDLS, bases: [0x02400902, 0x02400102, 0x03400902, 0x03400102], def: [0xff, 0xff] },
  ] as const;
  for (const { type, coord, bases, def } of cases) {
    t.test(type.typeName, async (t) => {
      bases.forEach((base, e) => {
        const k = new coord(e);
        const dflt = writes(type.create(), k);
        t.same(hex(dflt.addresses), hex([base, base + 1]), `addresses at ${e}`);
        t.same(hex(dflt.words), hex(def), `default words at ${e}`);
        t.same(hex(type.readAddresses(k)), hex([base, base + 1]));
        const c = type.create().with({ readDelay: 100, addressSetupTime: 5, writeWidth: 7 });
        const w = writes(c, k);
        t.same(w.words, [100, 5 | (7 << 4)]);
        const back = type.decode(k, w.words);
        t.ok(back.equals(c));
        t.notOk(back.equals(type.create()));
      });
      const d = type.create();
      t.throws(() => d.with({ readDelay: 256 }), ValueRangeError);
      t.throws(() => d.with({ addressSetupTime: 16 }), ValueRangeError);
      t.throws(() => d.with({ writeWidth: -1 }), ValueRangeError);
    });
  }
  t.same(NeuronSRAMTimingConfig.unsupportedReadTargets, ['simulation']);
  t.same(NeuronBackendSRAMTimingConfig.unsupportedReadTargets, ['hardware', 'simulation']);
  t.same(SynapseDriverSRAMTimingConfig.unsupportedReadTargets, ['hardware', 'simulation']);
  t.same(CADCOffsetSRAMTimingConfig.unsupportedReadTargets, []);
  t.equal(SynapseDriverSRAMTimingConfig.create().readDelay, 0xc0);
});
