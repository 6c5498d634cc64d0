/**
 * Synapse, column-switch, synram and synapse-driver containers: reference vectors of haldls.md 6.2, default
 * words of 3.6/3.7 and the quirks of section 7 (weight permutation, entry 0 in the MSB, inverted and
 * bit-reversed driver fields).
 */
import t from 'tap';
import { AccessError, InvalidArgumentError, ValueRangeError, ValueTypeError } from '@bss2/fisch';
import {
  ColumnCorrelationQuad,
  ColumnCorrelationQuadOnDLS,
  ColumnCurrentQuad,
  ColumnCurrentQuadOnDLS,
  CommonSynramConfig,
  CommonSynramConfigOnDLS,
  CorrelationReset,
  CorrelationResetOnDLS,
  SynapseBiasSelection,
  SynapseBiasSelectionOnDLS,
  SynapseCorrelationCalibQuad,
  SynapseCorrelationCalibQuadOnDLS,
  SynapseDriverConfig,
  SynapseDriverOnDLS,
  SynapseLabelQuad,
  SynapseLabelQuadOnDLS,
  SynapseQuad,
  SynapseQuadOnDLS,
  SynapseWeightQuad,
  SynapseWeightQuadOnDLS,
  permuteWeight,
} from '@bss2/haldls';
import { hex, writes } from './vectors.js';

/** SynapseQuadOnDLS-style enum of (quad column, row, synram). */
const quadEnum = (q: number, row: number, synram: number): number => synram * 16384 + row * 64 + q;

t.test('SynapseQuad reference vector: quad (3, row 1) top, entry 2', async (t) => {
  const coord = new SynapseQuadOnDLS(quadEnum(3, 1, 0));
  const c = SynapseQuad.create().with({ weights: [0, 0, 61, 0], labels: [0, 0, 63, 0], timeCalibs: [0, 0, 2, 0], ampCalibs: [0, 0, 1, 0] });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x02cf0083, 0x02cf00c3]));
  t.same(hex(w.words), hex([0x0000b700, 0x00007f00]));
  t.same(hex(SynapseQuad.readAddresses(coord)), hex(w.addresses));
  const back = SynapseQuad.decode(coord, w.words);
  t.ok(back.equals(c), 'decode reproduces the quad');
  t.notOk(back.equals(SynapseQuad.create()), 'and differs from the default');
});

t.test('SynapseQuad bottom hemisphere, entry 0 in the most significant byte', async (t) => {
  const coord = new SynapseQuadOnDLS(quadEnum(63, 255, 1));
  const c = SynapseQuad.create().with({ weights: [1, 0, 0, 0], labels: [0, 0, 0, 5] });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x03cf0000 + 255 * 128 + 63, 0x03cf0000 + 255 * 128 + 64 + 63]));
  t.same(hex(w.words), hex([permuteWeight(1) << 24, 5]));
});

t.test('synapse weight permutation: bit 5 stays, bits 4..0 reversed, its own inverse', async (t) => {
  t.equal(permuteWeight(61), 55);
  t.equal(permuteWeight(55), 61);
  for (let w = 0; w < 64; w++) t.equal(permuteWeight(permuteWeight(w)), w);
  t.equal(permuteWeight(1), 16);
  t.equal(permuteWeight(32), 32);
});

t.test('SynapseQuad defaults and ranges', async (t) => {
  const coord = new SynapseQuadOnDLS(0);
  t.same(writes(SynapseQuad.create(), coord).words, [0, 0], 'default words are zero');
  t.throws(() => SynapseQuad.create().with({ weights: [64, 0, 0, 0] }), ValueRangeError);
  t.throws(() => SynapseQuad.create().with({ labels: [0, 64, 0, 0] }), ValueRangeError);
  t.throws(() => SynapseQuad.create().with({ timeCalibs: [0, 0, 4, 0] }), ValueRangeError);
  t.throws(() => SynapseQuad.create().with({ ampCalibs: [0, 0, 0, 4] }), ValueRangeError);
  t.throws(() => SynapseQuad.create().with({ weights: [-1, 0, 0, 0] }), ValueRangeError);
  t.throws(() => SynapseQuad.create().with({ weights: [1, 2, 3] }), ValueRangeError, 'wrong length');
  t.throws(() => SynapseQuad.create().with({ weights: 3 as never }), ValueTypeError);
  t.throws(() => SynapseQuad.create().encode(new SynapseWeightQuadOnDLS(0), { omnibusWrite() {}, message() {} }), InvalidArgumentError, 'wrong coordinate type');
  t.ok(SynapseQuad.differentialWrite);
  const full = SynapseQuad.create().with({ weights: [63, 62, 1, 0], labels: [63, 0, 17, 42], timeCalibs: [3, 2, 1, 0], ampCalibs: [0, 1, 2, 3] });
  t.ok(SynapseQuad.decode(coord, writes(full, coord).words).equals(full));
});

t.test('SynapseWeightQuad / SynapseLabelQuad views', async (t) => {
  const e = quadEnum(3, 1, 1);
  const wq = SynapseWeightQuad.create().with({ values: [61, 0, 0, 1] });
  const w = writes(wq, new SynapseWeightQuadOnDLS(e));
  t.same(hex(w.addresses), hex([0x03c00000 + 64 + 3]));
  t.same(hex(w.words), hex([0x37000010]), 'permuted weights, bits 6-7 zero');
  t.ok(SynapseWeightQuad.decode(new SynapseWeightQuadOnDLS(e), w.words).equals(wq));
  t.same(SynapseWeightQuad.decode(new SynapseWeightQuadOnDLS(e), [0xffffffff]).values, [63, 63, 63, 63], 'bits 6-7 ignored on decode');

  const lq = SynapseLabelQuad.create().with({ values: [1, 2, 3, 63] });
  const l = writes(lq, new SynapseLabelQuadOnDLS(e));
  t.same(hex(l.addresses), hex([0x03c40000 + 64 + 3]));
  t.same(hex(l.words), hex([0x0102033f]));
  t.ok(SynapseLabelQuad.decode(new SynapseLabelQuadOnDLS(e), l.words).equals(lq));
  t.same(writes(SynapseWeightQuad.create(), new SynapseWeightQuadOnDLS(0)).words, [0]);
  t.same(writes(SynapseLabelQuad.create(), new SynapseLabelQuadOnDLS(0)).words, [0]);
  t.throws(() => SynapseWeightQuad.create().with({ values: [64, 0, 0, 0] }), ValueRangeError);
  t.throws(() => SynapseLabelQuad.create().with({ values: [0, 0, 0, 64] }), ValueRangeError);
});

t.test('SynapseCorrelationCalibQuad: even / odd 2-MSB views', async (t) => {
  const coord = new SynapseCorrelationCalibQuadOnDLS(quadEnum(3, 1, 0));
  const c = SynapseCorrelationCalibQuad.create().with({ timeCalibs: [0, 0, 2, 0], ampCalibs: [3, 0, 0, 1] });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x02c10043, 0x02c20043]));
  t.same(hex(w.words), hex([0x200, 0x03000001]));
  t.ok(SynapseCorrelationCalibQuad.decode(coord, w.words).equals(c));
  t.same(writes(SynapseCorrelationCalibQuad.create(), coord).words, [0, 0]);
  t.throws(() => SynapseCorrelationCalibQuad.create().with({ ampCalibs: [4, 0, 0, 0] }), ValueRangeError);
});

t.test('ColumnCorrelationQuad reference vector: quad 3 top, entry 2', async (t) => {
  const coord = new ColumnCorrelationQuadOnDLS(3);
  const c = ColumnCorrelationQuad.create().with({
    enableInternalCausal: [false, false, true, false],
    enableDebugAcausal: [false, false, true, false],
    enableCadcNeuronReadoutAcausal: [false, false, true, false],
  });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x02cf8083, 0x02cf80c3, 0x02c04003, 0x02c44003]));
  t.same(hex(w.words), hex([0x4000, 0x8000, 0, 0x2000]));
  t.ok(ColumnCorrelationQuad.decode(coord, w.words).equals(c));
  t.same(writes(ColumnCorrelationQuad.create(), coord).words, [0, 0, 0, 0], 'default words are zero');
  const bottom = writes(ColumnCorrelationQuad.create(), new ColumnCorrelationQuadOnDLS(64 + 63));
  t.same(hex(bottom.addresses), hex([0x03cf80bf, 0x03cf80ff, 0x03c0403f, 0x03c4403f]));
});

t.test('ColumnCurrentQuad reference vector: quad 3 top, entry 2', async (t) => {
  const coord = new ColumnCurrentQuadOnDLS(3);
  const c = ColumnCurrentQuad.create().with({ enableDebugExcitatory: [false, false, true, false], enableSynapticCurrentInhibitory: [false, false, true, false] });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x02c14003, 0x02c24003]));
  t.same(hex(w.words), hex([0x200, 0x100]));
  t.ok(ColumnCurrentQuad.decode(coord, w.words).equals(c));
  t.same(writes(ColumnCurrentQuad.create(), coord).words, [0, 0]);
});

t.test('column switch quads take one array per switch, unknown fields are rejected', async (t) => {
  t.throws(() => ColumnCurrentQuad.create().with({ switches: [{}, {}, {}, {}] } as never), InvalidArgumentError);
  t.throws(() => ColumnCurrentQuad.create().with({ enableDebugExcitatory: [1, 0, 0, 0] } as never), ValueTypeError);
  t.throws(() => ColumnCurrentQuad.create().with({ enableDebugExcitatory: [true] } as never), ValueRangeError);
});

t.test('CorrelationReset: write-only trigger', async (t) => {
  const coord = new CorrelationResetOnDLS(quadEnum(3, 31, 1));
  const w = writes(CorrelationReset.create(), coord);
  t.same(hex(w.addresses), hex([0x03c907c3]));
  t.same(w.words, [0]);
  t.notOk(CorrelationReset.readable);
  t.same(CorrelationReset.readAddresses(coord), []);
  t.throws(() => CorrelationReset.decode(coord, [0]), AccessError);
  t.equal(CorrelationReset.create().toString(), 'CorrelationReset()');
  t.ok(CorrelationReset.create().equals(new CorrelationReset()));
});

t.test('CommonSynramConfig reference vector and defaults', async (t) => {
  const top = new CommonSynramConfigOnDLS(0);
  const def = writes(CommonSynramConfig.create(), top);
  t.same(hex(def.addresses), hex([0x02000000, 0x02000001, 0x02000002]));
  t.same(hex(def.words), hex([0x88, 0x303, 0x4]), 'default words');
  const c = CommonSynramConfig.create().with({ wConfEast: 4 });
  const w = writes(c, top);
  t.same(hex(w.words), hex([8 | (8 << 4), 3 | (4 << 8), 4]));
  t.ok(CommonSynramConfig.decode(top, w.words).equals(c));
  t.same(hex(writes(c, new CommonSynramConfigOnDLS(1)).addresses), hex([0x03000000, 0x03000001, 0x03000002]));
  t.throws(() => CommonSynramConfig.create().with({ pcConfWest: 16 }), ValueRangeError);
  t.throws(() => CommonSynramConfig.create().with({ waitCtrClear: 8 }), ValueRangeError);
});

t.test('SynapseBiasSelection: default word and the odd nibble order', async (t) => {
  const coord = new SynapseBiasSelectionOnDLS(0);
  const def = writes(SynapseBiasSelection.create(), coord);
  t.same(hex(def.addresses), hex([0x100000]));
  t.same(hex(def.words), hex([0xffff]));
  t.same(SynapseBiasSelection.unsupportedReadTargets, ['hardware', 'simulation']);
  const none = { enableInternalDacBias: [false, false, false, false], enableInternalRampBias: [false, false, false, false], enableInternalStoreBias: [false, false, false, false], enableInternalOutputBias: [false, false, false, false] };
  const only = (field: keyof typeof none, block: number) => writes(SynapseBiasSelection.create().with({ ...none, [field]: [0, 1, 2, 3].map((b) => b === block) }), coord).words[0];
  t.equal(only('enableInternalOutputBias', 1), 1 << 0, 'block 1 output: bit 0');
  t.equal(only('enableInternalStoreBias', 1), 1 << 1);
  t.equal(only('enableInternalRampBias', 1), 1 << 2);
  t.equal(only('enableInternalDacBias', 1), 1 << 3);
  t.equal(only('enableInternalOutputBias', 0), 1 << 4, 'block 0: bits 4-7');
  t.equal(only('enableInternalDacBias', 0), 1 << 7);
  t.equal(only('enableInternalOutputBias', 3), 1 << 8, 'block 3: bits 8-11');
  t.equal(only('enableInternalDacBias', 2), 1 << 15, 'block 2: bits 12-15');
  const c = SynapseBiasSelection.create().with({ ...none, enableInternalRampBias: [true, false, false, true], enableInternalStoreBias: [false, true, true, false] });
  t.ok(SynapseBiasSelection.decode(coord, writes(c, coord).words).equals(c));
});

t.test('SynapseDriverConfig reference vector: driver 42 of block 1', async (t) => {
  const coord = new SynapseDriverOnDLS(128 + 42);
  const c = SynapseDriverConfig.create().with({ recovery: 7, enableReceiver: true, rowModeTop: 'excitatory', enableReadout: true, hagenDacOffset: 21 });
  const w = writes(c, coord);
  const base = 0x118400 + 42 * 4;
  t.same(hex(w.addresses), hex([base, base + 1, base + 2]));
  const [w0 = 0, w1 = 0, w2 = 0] = w.words;
  t.equal(w1 & 0xf, 14, 'recovery 7 is stored bit-reversed as 14');
  t.equal((w1 >> 8) & 0x3f, 42, 'hagen_dac_offset 21 is stored inverted as 42');
  t.equal((w0 >> 15) & 1, 1, 'enable_receiver');
  t.equal((w1 >> 5) & 1, 1, 'row_mode_top excitatory: exc_top');
  t.equal((w2 >> 1) & 1, 1, 'enable_readout');
  t.same(hex(w.words), hex([0xbe00, 0x2a2e, 0x42]));
  t.ok(SynapseDriverConfig.decode(coord, w.words).equals(c));
  t.same(SynapseDriverConfig.unsupportedReadTargets, ['simulation']);
  t.ok(SynapseDriverConfig.differentialWrite);
});

t.test('SynapseDriverConfig defaults, row modes, inverted fields and decode masks', async (t) => {
  const coord = new SynapseDriverOnDLS(0);
  const def = writes(SynapseDriverConfig.create(), coord);
  t.same(hex(def.addresses), hex([0x110400, 0x110401, 0x110402]));
  t.same(hex(def.words), hex([0x3e00, 0x3f00, 0x40]), 'default words');
  const d = SynapseDriverConfig.create();
  t.equal(d.enableAddressOut, true);
  t.equal(d.rowAddressCompareMask, 31);
  t.equal(d.rowModeTop, 'disabled');

  const rowBits = (top: string, bottom: string) => (writes(SynapseDriverConfig.create().with({ rowModeTop: top, rowModeBottom: bottom } as never), coord).words[1]! >> 4) & 0xf;
  t.equal(rowBits('excitatory', 'disabled'), 0b0010, 'exc_top bit 5');
  t.equal(rowBits('disabled', 'excitatory'), 0b0001, 'exc_bottom bit 4');
  t.equal(rowBits('inhibitory', 'disabled'), 0b1000, 'inh_top bit 7');
  t.equal(rowBits('disabled', 'inhibitory'), 0b0100, 'inh_bottom bit 6');
  t.equal(rowBits('excitatory_and_inhibitory', 'excitatory_and_inhibitory'), 0b1111);
  t.equal(SynapseDriverConfig.create().with({ rowModeTop: 2 as never }).rowModeTop, 'inhibitory', 'numeric enum codes are accepted');

  const off = writes(SynapseDriverConfig.create().with({ enableAddressOut: false, enableChargeSharing: true }), coord).words;
  t.equal((off[0]! >> 14) & 1, 1, 'NOT enable_address_out');
  t.equal((off[2]! >> 6) & 1, 0, 'NOT enable_charge_sharing');

  const masked = SynapseDriverConfig.decode(coord, [0xffff_ffff, 0xffff_ffff, 0xffff_ffff]);
  t.ok(masked.equals(SynapseDriverConfig.decode(coord, [0xffff, 0x3fff, 0xdf])), 'bits outside 0xFFFF / 0x3FFF / 0xDF are ignored');
  t.equal(masked.hagenDacOffset, 0);
  t.equal(masked.recovery, 15);

  t.throws(() => SynapseDriverConfig.create().with({ recovery: 16 }), ValueRangeError);
  t.throws(() => SynapseDriverConfig.create().with({ hagenDacOffset: 64 }), ValueRangeError);
  t.throws(() => SynapseDriverConfig.create().with({ rowAddressCompareMask: 32 }), ValueRangeError);
  t.throws(() => SynapseDriverConfig.create().with({ selectTargetVoltages: 2 }), ValueRangeError);
  t.throws(() => SynapseDriverConfig.create().with({ rowModeTop: 'both' as never }), ValueTypeError);
  t.throws(() => SynapseDriverConfig.create().with({ rowModeBottom: 4 as never }), ValueRangeError);
});
