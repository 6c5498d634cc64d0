/**
 * Crossbar, background sources, PADI and CADC/correlation containers: reference vectors of haldls.md 6.2,
 * default words of 3.9-3.11 and the quirks of section 7 (background enable word last, CADC offset bias,
 * CADC sample quads read-only with entry 0 in the MSB).
 */
import t from 'tap';
import { AccessError, ValueRangeError, ValueTypeError } from '@bss2/fisch';
import {
  BackgroundSpikeSource,
  BackgroundSpikeSourceOnDLS,
  CADCChannelConfig,
  CADCChannelConfigOnDLS,
  CADCConfig,
  CADCConfigOnDLS,
  CADCSampleQuad,
  CADCSampleQuadOnDLS,
  CROSSBAR_NODE_DROP_ALL,
  CommonCorrelationConfig,
  CommonCorrelationConfigOnDLS,
  CommonPADIBusConfig,
  CommonPADIBusConfigOnDLS,
  CommonSTPConfig,
  CommonSTPConfigOnDLS,
  CrossbarInputDropCounter,
  CrossbarInputOnDLS,
  CrossbarNode,
  CrossbarNodeOnDLS,
  CrossbarOutputConfig,
  CrossbarOutputConfigOnDLS,
  CrossbarOutputEventCounter,
  CrossbarOutputOnDLS,
  PADIEvent,
  PADIEventOnDLS,
  crossbarNodeEnum,
  crossbarNodePasses,
  padiEventAddressFromHagen,
  padiHagenView,
} from '@bss2/haldls';
import { hex, writes } from './vectors.js';

const flags = (n: number, ...set: number[]): boolean[] => Array.from({ length: n }, (_, i) => set.includes(i));

// ------------------------------------------------------------------------------------------- crossbar

t.test('CrossbarOutputConfig reference vector', async (t) => {
  const coord = new CrossbarOutputConfigOnDLS(0);
  const c = CrossbarOutputConfig.create().with({ enableEventCounter: flags(12, 7), enableSlow: flags(4, 2) });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x130000]));
  t.same(hex(w.words), hex([(1 << 2) | (1 << 11)]));
  t.ok(CrossbarOutputConfig.decode(coord, w.words).equals(c));
  t.same(writes(CrossbarOutputConfig.create(), coord).words, [0], 'default word');
  t.same(CrossbarOutputConfig.unsupportedReadTargets, ['hardware']);
});

t.test('CrossbarNode reference vector, defaults and drop_all', async (t) => {
  t.equal(crossbarNodeEnum(4, 4), 13, 'node (output 4, input 4) has enum 13');
  const coord = new CrossbarNodeOnDLS(13);
  const c = CrossbarNode.create().with({ mask: 8, target: 9, enableDropCounter: true });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x130019 + 13]));
  t.same(hex(w.words), hex([(8 | (9 << 16) | (1 << 31)) >>> 0]));
  t.ok(CrossbarNode.decode(coord, w.words).equals(c));
  t.same(hex(writes(CrossbarNode.create(), new CrossbarNodeOnDLS(75)).addresses), hex([0x130019 + 75]));
  t.same(writes(CrossbarNode.create(), coord).words, [0], 'default passes every label');
  t.same(hex(writes(CROSSBAR_NODE_DROP_ALL, coord).words), hex([0x00010000]), 'drop_all: mask 0, target 1');
  t.same(CrossbarNode.unsupportedReadTargets, ['hardware']);

  t.ok(crossbarNodePasses(CrossbarNode.create(), 0x3fff));
  t.notOk(crossbarNodePasses(CROSSBAR_NODE_DROP_ALL, 0x0001));
  t.notOk(crossbarNodePasses(CROSSBAR_NODE_DROP_ALL, 0x3fff));
  t.notOk(crossbarNodePasses(c, 0b1001), 'target bits outside the mask never match');
  t.ok(crossbarNodePasses(CrossbarNode.create().with({ mask: 0x3f00, target: 0x0100 }), 0x01ff));
  t.throws(() => CrossbarNode.create().with({ mask: 0x4000 }), ValueRangeError);
  t.throws(() => CrossbarNode.create().with({ target: 0x4000 }), ValueRangeError);
});

t.test('crossbar counters are read-only', async (t) => {
  const input = new CrossbarInputOnDLS(5);
  t.same(hex(CrossbarInputDropCounter.readAddresses(input)), hex([0x130065 + 5]));
  t.equal(CrossbarInputDropCounter.decode(input, [1234]).value, 1234);
  t.equal(CrossbarInputDropCounter.decode(input, [0x12345]).value, 0x2345, 'masked to 16 bits');
  t.notOk(CrossbarInputDropCounter.writable);
  t.throws(() => writes(CrossbarInputDropCounter.create(), input), AccessError);

  const output = new CrossbarOutputOnDLS(5);
  t.same(hex(CrossbarOutputEventCounter.readAddresses(output)), hex([0x130079 + 5]));
  t.equal(CrossbarOutputEventCounter.decode(output, [0xabcdef]).value, 0xabcdef, '24-bit value');
  t.equal(CrossbarOutputEventCounter.decode(output, [0xff123456]).value, 0x123456);
  t.notOk(CrossbarOutputEventCounter.writable);
  t.same(CrossbarOutputEventCounter.writeAddresses(output), []);
  t.equal(CrossbarOutputEventCounter.create().value, 0);
});

t.test('BackgroundSpikeSource reference vector: enable word written last', async (t) => {
  const coord = new BackgroundSpikeSourceOnDLS(3);
  const c = BackgroundSpikeSource.create().with({ enable: true, period: 12, rate: 13, seed: 14, mask: 15, neuronLabel: 16 });
  const w = writes(c, coord);
  const base = 0x130001 + 9;
  t.same(hex(w.addresses), hex([base + 1, base + 2, base]));
  t.same(hex(w.words), hex([14, 15 | (13 << 8) | (16 << 16), 1 | (12 << 16)]));
  t.same(hex(BackgroundSpikeSource.readAddresses(coord)), hex(w.addresses), 'reads use the same order');
  t.ok(BackgroundSpikeSource.decode(coord, w.words).equals(c));
  t.same(writes(BackgroundSpikeSource.create(), coord).words, [0, 0, 0], 'default words');
  t.same(BackgroundSpikeSource.unsupportedReadTargets, ['hardware', 'simulation']);
  const max = BackgroundSpikeSource.create().with({ enable: true, enableRandom: true, period: 0xffff, rate: 255, seed: 0xffffffff, mask: 255, neuronLabel: 0x3fff });
  const mw = writes(max, coord).words;
  t.same(hex(mw), hex([0xffffffff, 0x3fffffff, 0xffff0003]));
  t.ok(BackgroundSpikeSource.decode(coord, mw).equals(max));
  t.throws(() => BackgroundSpikeSource.create().with({ neuronLabel: 0x4000 }), ValueRangeError);
  t.throws(() => BackgroundSpikeSource.create().with({ seed: 2 ** 32 }), ValueRangeError);
  t.throws(() => BackgroundSpikeSource.create().with({ period: 0x10000 }), ValueRangeError);
});

// ------------------------------------------------------------------------------------------------ PADI

t.test('PADIEvent reference vector (write-only)', async (t) => {
  const coord = new PADIEventOnDLS(0);
  const c = PADIEvent.create().with({ fireBus: flags(4, 0, 2), eventAddress: 13, rowSelectAddress: 7 });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x110000]));
  t.same(hex(w.words), hex([0b0101 | (13 << 16) | (7 << 22)]));
  t.same(hex(writes(PADIEvent.create(), new PADIEventOnDLS(1)).addresses), hex([0x118000]));
  t.same(writes(PADIEvent.create(), coord).words, [0], 'default word');
  t.notOk(PADIEvent.readable);
  t.same(PADIEvent.readAddresses(coord), []);
  t.throws(() => PADIEvent.create().with({ eventAddress: 64 }), ValueRangeError);
  t.throws(() => PADIEvent.create().with({ rowSelectAddress: 32 }), ValueRangeError);
  t.same(padiHagenView(13 | 32), { hagenAddress: 1, hagenActivation: 13 });
  t.equal(padiEventAddressFromHagen(1, 31), 63);
  t.throws(() => padiEventAddressFromHagen(2, 0), ValueRangeError);
});

t.test('CommonPADIBusConfig reference vector', async (t) => {
  const coord = new CommonPADIBusConfigOnDLS(1);
  const c = CommonPADIBusConfig.create().with({ enableSpl1: flags(4, 1, 3), enableExtendedTiming: flags(4, 0), dacenPulseExtension: [0, 0, 3, 0] });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x118001]));
  t.same(hex(w.words), hex([0b1010 | (1 << 4) | (3 << 24)]));
  t.ok(CommonPADIBusConfig.decode(coord, w.words).equals(c));
  t.same(writes(CommonPADIBusConfig.create(), coord).words, [0], 'default word');
  const full = CommonPADIBusConfig.create().with({ dacenPulseExtension: [15, 15, 15, 15] });
  t.same(hex(writes(full, coord).words), hex([0xffff0000]));
  t.same(CommonPADIBusConfig.unsupportedReadTargets, ['hardware']);
  t.ok(CommonPADIBusConfig.differentialWrite);
  t.throws(() => CommonPADIBusConfig.create().with({ dacenPulseExtension: [16, 0, 0, 0] }), ValueRangeError);
});

t.test('CommonSTPConfig reference vector', async (t) => {
  for (const h of [0, 1]) {
    const coord = new CommonSTPConfigOnDLS(h);
    const c = CommonSTPConfig.create().with({ recoveryClockSpeed: 9, enableRecoveryClock: true });
    const w = writes(c, coord);
    t.same(hex(w.addresses), hex([[0x110000, 0x118000][h]! + 2]));
    t.same(hex(w.words), hex([9 | (1 << 4)]));
    t.ok(CommonSTPConfig.decode(coord, w.words).equals(c));
  }
  t.same(writes(CommonSTPConfig.create(), new CommonSTPConfigOnDLS(0)).words, [0], 'default word');
  t.same(CommonSTPConfig.unsupportedReadTargets, ['hardware', 'simulation']);
  t.throws(() => CommonSTPConfig.create().with({ recoveryClockSpeed: 16 }), ValueRangeError);
});

// ------------------------------------------------------------------------------------------------ CADC

t.test('CADCConfig reference vector and default word', async (t) => {
  const top = new CADCConfigOnDLS(0);
  const c = CADCConfig.create().with({ enable: true, resetWait: 12, deadTime: 0 });
  const w = writes(c, top);
  t.same(hex(w.addresses), hex([0x02401000]));
  t.same(hex(w.words), hex([1 | (12 << 4)]));
  t.ok(CADCConfig.decode(top, w.words).equals(c));
  const def = writes(CADCConfig.create(), new CADCConfigOnDLS(1));
  t.same(hex(def.addresses), hex([0x03401000]));
  t.same(hex(def.words), hex([0x14640]), 'default word');
  t.throws(() => CADCConfig.create().with({ resetWait: 256 }), ValueRangeError);
});

/** CADCChannelConfigOnDLS enum of (synram, channel type 0 causal / 1 acausal, column). */
const channelEnum = (synram: number, type: number, column: number): number => synram * 512 + type * 256 + column;

t.test('CADCChannelConfig reference vector: signed offset stored + 128', async (t) => {
  const coord = new CADCChannelConfigOnDLS(channelEnum(0, 1, 3));
  const c = CADCChannelConfig.create().with({ offset: 12 });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x02400807]));
  t.same(w.words, [140]);
  t.ok(CADCChannelConfig.decode(coord, w.words).equals(c));
  t.same(hex(writes(CADCChannelConfig.create(), coord).words), hex([0x80]), 'default offset 0 encodes as 0x80');
  t.same(writes(CADCChannelConfig.create().with({ offset: -128 }), coord).words, [0]);
  t.same(writes(CADCChannelConfig.create().with({ offset: 127 }), coord).words, [255]);
  t.equal(CADCChannelConfig.decode(coord, [0]).offset, -128);
  t.same(hex(writes(c, new CADCChannelConfigOnDLS(channelEnum(0, 0, 200))).addresses), hex([0x02400000 + 2 * 72]), 'east half: columns 128..255');
  t.same(hex(writes(c, new CADCChannelConfigOnDLS(channelEnum(1, 1, 255))).addresses), hex([0x03400000 + 2 * 127 + 1]));
  t.same(hex(writes(c, new CADCChannelConfigOnDLS(channelEnum(1, 0, 127))).addresses), hex([0x03400800 + 2 * 127]));
  t.same(CADCChannelConfig.unsupportedReadTargets, ['hardware']);
  t.throws(() => CADCChannelConfig.create().with({ offset: 128 }), ValueRangeError);
  t.throws(() => CADCChannelConfig.create().with({ offset: -129 }), ValueRangeError);
  t.throws(() => CADCChannelConfig.create().with({ offset: 1.5 }), ValueRangeError);
});

/** CADCSampleQuadOnDLS enum of (synram, readout 0 trigger / 1 buffered, type 0 causal / 1 acausal, row, quad). */
const sampleEnum = (synram: number, buffered: number, acausal: number, row: number, q: number): number => synram * 65536 + buffered * 32768 + acausal * 16384 + row * 64 + q;

t.test('CADCSampleQuad reference vector (read-only)', async (t) => {
  const coord = new CADCSampleQuadOnDLS(sampleEnum(0, 1, 1, 5, 3));
  t.same(hex(CADCSampleQuad.readAddresses(coord)), hex([0x02ec0143]));
  const c = CADCSampleQuad.decode(coord, [0x12 << 16]);
  t.same(c.samples, [0, 0x12, 0, 0], 'entry 1 sits in bits 23..16');
  t.same(CADCSampleQuad.decode(coord, [0x01020304]).samples, [1, 2, 3, 4]);
  t.same(hex(CADCSampleQuad.readAddresses(new CADCSampleQuadOnDLS(sampleEnum(1, 0, 0, 5, 3)))), hex([0x03c80143]), 'bottom, causal, trigger read');
  t.same(hex(CADCSampleQuad.readAddresses(new CADCSampleQuadOnDLS(sampleEnum(0, 0, 1, 255, 63)))), hex([0x02cc0000 + 255 * 64 + 63]));
  t.same(hex(CADCSampleQuad.readAddresses(new CADCSampleQuadOnDLS(sampleEnum(1, 1, 0, 0, 0)))), hex([0x03e80000]));
  t.notOk(CADCSampleQuad.writable);
  t.same(CADCSampleQuad.writeAddresses(coord), []);
  t.throws(() => writes(CADCSampleQuad.create(), coord), AccessError);
  t.same(CADCSampleQuad.create().samples, [0, 0, 0, 0]);
  t.throws(() => CADCSampleQuad.create().with({ samples: [256, 0, 0, 0] }), ValueRangeError);
});

t.test('CommonCorrelationConfig reference vector and v_offset assignment bits', async (t) => {
  const bottom = new CommonCorrelationConfigOnDLS(1);
  const c = CommonCorrelationConfig.create().with({ senseDelay: 100, resetDuration: 500, resetFallTime: 30, resetMode: 'auto_calibrating', cadcVOffsetAssignment: [1, 1] });
  const w = writes(c, bottom);
  t.same(hex(w.addresses), hex([0x03200000, 0x03200001, 0x03200002, 0x03200003]));
  t.same(w.words, [100, 500, 30, 0b101]);
  t.ok(CommonCorrelationConfig.decode(bottom, w.words).equals(c));

  const top = new CommonCorrelationConfigOnDLS(0);
  const def = writes(CommonCorrelationConfig.create(), top);
  t.same(hex(def.addresses), hex([0x02200000, 0x02200001, 0x02200002, 0x02200003]));
  t.same(def.words, [1, 200, 5, 0], 'default words (identity assignment)');
  t.same(CommonCorrelationConfig.create().cadcVOffsetAssignment, [0, 1]);
  t.equal(CommonCorrelationConfig.create().resetMode, 'normal');

  const bits = (a: [number, number]) => writes(CommonCorrelationConfig.create().with({ cadcVOffsetAssignment: a }), top).words[3];
  t.equal(bits([0, 1]), 0b000, 'identity');
  t.equal(bits([1, 0]), 0b110, 'swapped: right takes left (bit 1), left takes right (bit 2)');
  t.equal(bits([0, 0]), 0b010, 'both from the left block');
  t.equal(bits([1, 1]), 0b100, 'both from the right block');
  for (const a of [[0, 0], [0, 1], [1, 0], [1, 1]] as [number, number][]) {
    const x = CommonCorrelationConfig.create().with({ cadcVOffsetAssignment: a });
    t.ok(CommonCorrelationConfig.decode(top, writes(x, top).words).equals(x), `assignment ${a.join(',')} round-trips`);
  }

  const masked = CommonCorrelationConfig.decode(top, [0xfffff064, 0xf1f4, 0xf01e, 0xfffffff9]);
  t.same([masked.senseDelay, masked.resetDuration, masked.resetFallTime, masked.resetMode], [100, 500, 30, 'auto_calibrating'], 'decode masks 0xFFF / 0x7');
  t.same(masked.cadcVOffsetAssignment, [0, 1]);

  t.equal(CommonCorrelationConfig.create().with({ resetMode: 1 as never }).resetMode, 'auto_calibrating', 'numeric enum code accepted');
  t.throws(() => CommonCorrelationConfig.create().with({ resetMode: 'fast' as never }), ValueTypeError);
  t.throws(() => CommonCorrelationConfig.create().with({ senseDelay: 4096 }), ValueRangeError);
  t.throws(() => CommonCorrelationConfig.create().with({ cadcVOffsetAssignment: [2, 0] }), ValueRangeError);
  t.throws(() => CommonCorrelationConfig.create().with({ cadcVOffsetAssignment: [0] }), ValueRangeError);
});
