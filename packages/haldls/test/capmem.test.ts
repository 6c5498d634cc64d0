/**
 * CapMem containers (haldls.md 3.5 CapMem SRAM timing, 3.8) and the named CapMem cells (section 4):
 * reference vectors of 6.2, default words, quirks 7.6-7.8 and typed errors for out-of-range input.
 */
import t from 'tap';
import fc from 'fast-check';
import { ValueRangeError } from '@bss2/fisch';
import {
  BLOCK_CAPMEM_CELLS,
  CAPMEM_DISABLE_REFRESH,
  CAPMEM_MAX_VALUE,
  CapMemBlock,
  CapMemBlockConfig,
  CapMemBlockConfigOnDLS,
  CapMemBlockOnDLS,
  CapMemCell,
  CapMemCellOnDLS,
  CapMemSRAMTimingConfig,
  CapMemSRAMTimingConfigOnDLS,
  NEURON_CAPMEM_ROW_NAMES,
  NEURON_CAPMEM_ROWS,
  ReferenceGeneratorConfig,
  ReferenceGeneratorConfigOnDLS,
  SHARED_CAPMEM_CELLS,
  UnusedCapMemCellOnDLS,
  unusedCapMemCells,
} from '@bss2/haldls';
import { hex, writes } from './vectors.js';

const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);
const cellEnum = (block: number, column: number, row: number): number => block * 3120 + row * 130 + column;

// ------------------------------------------------------------------------------------------------ CapMemCell

t.test('CapMemCell: reference vector (enum 0, random value) and addressing', async (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1023 }), (v) => {
      const w = writes(CapMemCell.create().with({ value: v }), new CapMemCellOnDLS(0));
      return w.addresses.length === 1 && w.addresses[0] === 0x140000 && w.words[0] === v;
    }),
  );
  t.same(writes(CapMemCell.create(), new CapMemCellOnDLS(0)).words, [0], 'default Value(0)');
  // base + column*32 + row, per block
  t.same(hex(CapMemCell.readAddresses(new CapMemCellOnDLS(cellEnum(0, 5, 3)))), hex([0x140000 + 5 * 32 + 3]));
  t.same(hex(CapMemCell.readAddresses(new CapMemCellOnDLS(cellEnum(1, 0, 0)))), hex([0x148000]));
  t.same(hex(CapMemCell.readAddresses(new CapMemCellOnDLS(cellEnum(2, 128, 7)))), hex([0x150000 + 128 * 32 + 7]));
  t.same(hex(CapMemCell.readAddresses(new CapMemCellOnDLS(cellEnum(3, 129, 23)))), hex([0x158000 + 129 * 32 + 23]));
  t.ok(CapMemCell.differentialWrite);
});

t.test('CapMemCell: 1023 disables refresh; decode masks 10 bits', async (t) => {
  t.equal(CAPMEM_DISABLE_REFRESH, 1023);
  t.equal(CAPMEM_MAX_VALUE, 1022);
  const off = CapMemCell.create().with({ value: CAPMEM_DISABLE_REFRESH });
  t.same(writes(off, new CapMemCellOnDLS(7)).words, [1023]);
  t.match(off.toString(), /DisableRefresh/);
  t.match(CapMemCell.create().with({ value: 12 }).toString(), /Value\(12\)/);
  const coord = new CapMemCellOnDLS(0);
  t.equal(CapMemCell.decode(coord, [0xffff_fc05]).value, 5);
  t.equal(CapMemCell.decode(coord, [0x7ff]).value, CAPMEM_DISABLE_REFRESH);
  t.throws(() => CapMemCell.create().with({ value: 1024 }), ValueRangeError);
  t.throws(() => CapMemCell.create().with({ value: -1 }), ValueRangeError);
  t.throws(() => new CapMemCellOnDLS(12480), ValueRangeError);
});

// ------------------------------------------------------------------------------------------------ CapMemBlock

t.test('CapMemBlock: reference vector (block 0, random cells) in cell enum order', async (t) => {
  const cells = Array.from({ length: 3120 }, (_, i) => (i * 7919) % 1024);
  const c = CapMemBlock.create().with({ cells });
  const coord = new CapMemBlockOnDLS(0);
  const w = writes(c, coord);
  const expected: number[] = [];
  for (let row = 0; row < 24; row++) for (let col = 0; col < 130; col++) expected.push(0x140000 + row + 32 * col);
  t.equal(w.addresses.length, 3120);
  t.same(hex(w.addresses), hex(expected));
  t.same(w.words, cells);
  t.same(hex(CapMemBlock.readAddresses(coord)), hex(expected));
  const back = CapMemBlock.decode(coord, w.words);
  t.ok(back.equals(c));
  t.notOk(back.equals(CapMemBlock.create()));
  // the block writes exactly what its cells write, one by one
  for (const i of [0, 1, 129, 130, 3119]) {
    const cell = writes(CapMemCell.create().with({ value: cells[i]! }), new CapMemCellOnDLS(i));
    t.same([w.addresses[i], w.words[i]], [cell.addresses[0], cell.words[0]], `cell ${i}`);
  }
  t.same(CapMemBlock.readAddresses(new CapMemBlockOnDLS(3))[0], 0x158000);
  t.ok(CapMemBlock.differentialWrite);
});

t.test('CapMemBlock: defaults, printing and typed errors', async (t) => {
  const def = CapMemBlock.create();
  t.equal(def.cells.length, 3120);
  t.ok(def.cells.every((v) => v === 0));
  t.equal(def.toString(), 'CapMemBlock(all cells 0)');
  const cells = new Array<number>(3120).fill(0);
  cells[131] = 1023;
  t.match(CapMemBlock.create().with({ cells }).toString(), /\(1, 1\): 1023/);
  t.throws(() => def.with({ cells: new Array(3119).fill(0) }), ValueRangeError);
  cells[5] = 1024;
  t.throws(() => def.with({ cells }), ValueRangeError);
  t.equal(CapMemBlock.decode(new CapMemBlockOnDLS(0), new Array(3120).fill(0xfc00 | 17)).cells[3119], 17);
});

// ------------------------------------------------------------------------------------------------ CapMemBlockConfig

t.test('CapMemBlockConfig: default words', async (t) => {
  const w = writes(CapMemBlockConfig.create(), new CapMemBlockConfigOnDLS(0));
  t.same(hex(w.addresses), hex(range(0x144000, 10)));
  t.same(hex(w.words), hex([0, 0, 0, 0x7337, 0x8, 0, 0x03310010, 0x00040007, 0, 0x1fa0]));
  t.same(hex(CapMemBlockConfig.readAddresses(new CapMemBlockConfigOnDLS(1))), hex(range(0x14c000, 10)));
  t.same(hex(CapMemBlockConfig.readAddresses(new CapMemBlockConfigOnDLS(2))), hex(range(0x154000, 10)));
  t.same(hex(CapMemBlockConfig.readAddresses(new CapMemBlockConfigOnDLS(3))), hex(range(0x15c000, 10)));
  t.same(CapMemBlockConfig.unsupportedReadTargets, ['hardware'], 'not readable on hardware (simulation only)');
  t.ok(CapMemBlockConfig.differentialWrite);
});

const VECTOR = {
  debugReadoutEnable: true,
  debugCapmemCoord: 10,
  debugVRefSelect: 'v_ref_i',
  debugIOutSelect: 'i_out_ramp',
  debugOutAmpBias: 8,
  debugSourceFollowerBias: 9,
  debugLevelShifterBias: 10,
  vGlobalBias: 9,
  currentCellRes: 23,
  boostFactor: 6,
  enableBoost: true,
  enableAutoboost: true,
  prescalePause: 6,
  prescaleRamp: 2,
  subCounter: 16,
  pauseCounter: 18,
  pulseA: 15,
  pulseB: 123,
  boostA: 13,
  boostB: 134,
} as const;

t.test('CapMemBlockConfig: reference vector (block 0)', async (t) => {
  const c = CapMemBlockConfig.create().with(VECTOR);
  const coord = new CapMemBlockConfigOnDLS(0);
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex(range(0x144000, 10)));
  t.same(hex(w.words), hex([0x800000, 0xa, 0x2, 0x89a9, 0x17, 0x2, 0x66270010, 0x000f007b, 0x000d0086, 0x12]));
  const back = CapMemBlockConfig.decode(coord, w.words);
  t.ok(back.equals(c));
  t.notOk(back.equals(CapMemBlockConfig.create()));
});

t.test('CapMemBlockConfig: one-hot debug row counted from row 23 downward (quirk 7.7)', async (t) => {
  const coord = new CapMemBlockConfigOnDLS(2);
  const at = (cell: number) => CapMemBlockConfig.encodeWords(CapMemBlockConfig.create().with({ debugReadoutEnable: true, debugCapmemCoord: cell }).values(), coord);
  t.same(at(0).slice(0, 2), [1 << 23, 0], 'row 0, column 0');
  t.same(at(23 * 130 + 129).slice(0, 2), [1, 129], 'row 23, column 129');
  t.same(at(5 * 130 + 77).slice(0, 2), [1 << 18, 77], 'row 5, column 77');
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 3119 }), (cell) => {
      const c = CapMemBlockConfig.create().with({ debugReadoutEnable: true, debugCapmemCoord: cell });
      return CapMemBlockConfig.decode(coord, CapMemBlockConfig.encodeWords(c.values(), coord)).equals(c);
    }),
  );
  // disabled: row and column words are 0 and the coordinate is lost (decode yields cell 0)
  const off = CapMemBlockConfig.create().with({ debugCapmemCoord: 1234 });
  const words = CapMemBlockConfig.encodeWords(off.values(), coord);
  t.same(words.slice(0, 2), [0, 0]);
  const back = CapMemBlockConfig.decode(coord, words);
  t.equal(back.debugReadoutEnable, false);
  t.equal(back.debugCapmemCoord, 0);
  // several bits set: the highest wins
  const multi = [...CapMemBlockConfig.encodeWords(CapMemBlockConfig.create().values(), coord)];
  multi[0] = (1 << 20) | (1 << 3);
  multi[1] = 4;
  t.equal(CapMemBlockConfig.decode(coord, multi).debugCapmemCoord, 3 * 130 + 4);
});

t.test('CapMemBlockConfig: random round trip with the debug readout enabled', async (t) => {
  const coord = new CapMemBlockConfigOnDLS(1);
  fc.assert(
    fc.property(
      fc.record({
        debugCapmemCoord: fc.integer({ min: 0, max: 3119 }),
        debugVRefSelect: fc.constantFrom('disabled', 'v_ref_v', 'v_ref_i' as const),
        debugIOutSelect: fc.constantFrom('disabled', 'i_out_mux', 'i_out_ramp' as const),
        vGlobalBias: fc.integer({ min: 0, max: 15 }),
        currentCellRes: fc.integer({ min: 0, max: 63 }),
        enableCapmem: fc.boolean(),
        prescalePause: fc.integer({ min: 0, max: 6 }),
        prescaleRamp: fc.integer({ min: 0, max: 6 }),
        pauseCounter: fc.integer({ min: 0, max: 0xffff_ffff }),
        pulseA: fc.integer({ min: 0, max: 0xffff }),
        boostB: fc.integer({ min: 0, max: 0xffff }),
      }),
      (v) => {
        const c = CapMemBlockConfig.create().with({ ...v, debugReadoutEnable: true });
        return CapMemBlockConfig.decode(coord, CapMemBlockConfig.encodeWords(c.values(), coord)).equals(c);
      },
    ),
  );
  t.pass('decode(encode(x)) equals x');
});

t.test('CapMemBlockConfig: typed errors for out-of-range input and invalid words', async (t) => {
  const def = CapMemBlockConfig.create();
  t.throws(() => def.with({ prescalePause: 7 }), ValueRangeError);
  t.throws(() => def.with({ prescaleRamp: 7 }), ValueRangeError);
  t.throws(() => def.with({ debugCapmemCoord: 3120 }), ValueRangeError);
  t.throws(() => def.with({ currentCellRes: 64 }), ValueRangeError);
  t.throws(() => def.with({ pauseCounter: 2 ** 32 }), ValueRangeError);
  t.throws(() => def.with({ debugVRefSelect: 3 as never }), ValueRangeError);
  const coord = new CapMemBlockConfigOnDLS(0);
  const good = CapMemBlockConfig.encodeWords(def.values(), coord);
  const bad = (i: number, w: number) => {
    const words = [...good];
    words[i] = w;
    return () => CapMemBlockConfig.decode(coord, words);
  };
  t.throws(bad(6, good[6]! | (0xf << 24)), ValueRangeError, 'prescale_pause 15 in the word');
  t.throws(bad(2, 3), ValueRangeError, 'debug_v_ref_select code 3');
  t.throws(bad(5, 3), ValueRangeError, 'debug_i_out_select code 3');
  t.throws(bad(0, 1 << 24), ValueRangeError, 'debug row bit above 23');
  const words = [...good];
  words[0] = 1;
  words[1] = 130;
  t.throws(() => CapMemBlockConfig.decode(coord, words), ValueRangeError, 'debug column 130');
});

// ------------------------------------------------------------------------------------------------ ReferenceGeneratorConfig

t.test('ReferenceGeneratorConfig: default words and reference vector', async (t) => {
  const coord = new ReferenceGeneratorConfigOnDLS(0);
  const def = writes(ReferenceGeneratorConfig.create(), coord);
  t.same(hex(def.addresses), hex(range(0xc0012, 9)));
  t.same(hex(def.words), hex([0x1000, 0x280, 0x28, 0xa28, 0xa28, 0x41, 0x41, 0x2cb, 0x2cb]));
  const c = ReferenceGeneratorConfig.create().with({ enableReferenceOutput: true, capmemOffset: [1, 43, 1, 1] });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex(range(0xc0012, 9)));
  t.equal(w.words[0], 0x3000);
  t.equal(w.words[1], 0x280);
  t.equal(w.words[2], 0x28);
  t.equal((w.words[5]! >>> 6) & 0x3f, 43, 'w5 bits 6-11 = capmem_offset[1]');
  t.same(hex(w.words), hex([0x3000, 0x280, 0x28, 0xa28, 0xa28, 1 | (43 << 6), 0x41, 0x2cb, 0x2cb]));
  const back = ReferenceGeneratorConfig.decode(coord, w.words);
  t.ok(back.equals(c));
  t.notOk(back.equals(ReferenceGeneratorConfig.create()));
  t.same(hex(ReferenceGeneratorConfig.readAddresses(coord)), hex(range(0xc0012, 9)));
});

t.test('ReferenceGeneratorConfig: per-block arrays and enable bits', async (t) => {
  const coord = new ReferenceGeneratorConfigOnDLS(0);
  const c = ReferenceGeneratorConfig.create().with({
    enableInternalReference: false,
    enableReferenceInput: true,
    enableReset: true,
    referenceControl: 63,
    resistorControl: 0,
    capmemAmplifier: [1, 2, 3, 4],
    capmemOffset: [5, 6, 7, 8],
    capmemSlope: [9, 10, 11, 63],
  });
  const w = ReferenceGeneratorConfig.encodeWords(c.values(), coord);
  t.same(hex(w), hex([0xc000, 63 << 6, 0, 1 | (2 << 6), 3 | (4 << 6), 5 | (6 << 6), 7 | (8 << 6), 9 | (10 << 6), 11 | (63 << 6)]));
  t.ok(ReferenceGeneratorConfig.decode(coord, w).equals(c));
  t.throws(() => c.with({ capmemSlope: [0, 0, 0, 64] }), ValueRangeError);
  t.throws(() => c.with({ capmemAmplifier: [0, 0, 0] }), ValueRangeError);
  t.throws(() => c.with({ referenceControl: 64 }), ValueRangeError);
});

// ------------------------------------------------------------------------------------------------ CapMemSRAMTimingConfig

t.test('CapMemSRAMTimingConfig: Gray-coded words (quirk 7.6)', async (t) => {
  const def = CapMemSRAMTimingConfig.create();
  t.same([def.readDelay, def.addressSetupTime, def.writeWidth], [8, 1, 1]);
  const d = writes(def, new CapMemSRAMTimingConfigOnDLS(0));
  t.same(hex(d.addresses), hex([0x142800, 0x142801]));
  t.same(hex(d.words), hex([0x0f, 0x1e]));
  const coord = new CapMemSRAMTimingConfigOnDLS(1);
  const c = def.with({ readDelay: 100, addressSetupTime: 5, writeWidth: 7 });
  const w = writes(c, coord);
  t.same(hex(w.addresses), hex([0x14a800, 0x14a801]));
  t.same(w.words, [71, 89]);
  t.ok(CapMemSRAMTimingConfig.decode(coord, w.words).equals(c));
  t.ok(CapMemSRAMTimingConfig.decode(new CapMemSRAMTimingConfigOnDLS(0), [0x0f, 0x1e]).equals(def));
  t.same(hex(CapMemSRAMTimingConfig.readAddresses(new CapMemSRAMTimingConfigOnDLS(2))), hex([0x152800, 0x152801]));
  t.same(hex(CapMemSRAMTimingConfig.readAddresses(new CapMemSRAMTimingConfigOnDLS(3))), hex([0x15a800, 0x15a801]));
  t.same(CapMemSRAMTimingConfig.unsupportedReadTargets, ['simulation']);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 }), (r, s, wd) => {
      const x = def.with({ readDelay: r, addressSetupTime: s, writeWidth: wd });
      return CapMemSRAMTimingConfig.decode(coord, CapMemSRAMTimingConfig.encodeWords(x.values(), coord)).equals(x);
    }),
  );
  t.throws(() => def.with({ readDelay: 256 }), ValueRangeError);
});

// ------------------------------------------------------------------------------------------------ named cells

t.test('per-neuron CapMem rows (section 4.1)', async (t) => {
  t.equal(NEURON_CAPMEM_ROW_NAMES.length, 24);
  t.equal(NEURON_CAPMEM_ROWS.v_leak, 0);
  t.equal(NEURON_CAPMEM_ROWS.v_threshold, 2);
  t.equal(NEURON_CAPMEM_ROWS.e_synin_inh_rev, 4);
  t.equal(NEURON_CAPMEM_ROWS.v_adapt_ref, 7);
  t.equal(NEURON_CAPMEM_ROWS.i_bias_synin_exc_tau, 10);
  t.equal(NEURON_CAPMEM_ROWS.i_bias_synin_inh_gm, 17);
  t.equal(NEURON_CAPMEM_ROWS.i_bias_exp, 21);
  t.equal(NEURON_CAPMEM_ROWS.i_mem_offset, 22);
  t.equal(NEURON_CAPMEM_ROWS.i_bias_nmda, 23);
  NEURON_CAPMEM_ROW_NAMES.forEach((name, row) => t.equal(NEURON_CAPMEM_ROWS[name], row, name));
});

t.test('shared, block-specific and unused cells partition the shared columns (section 4.2, 4.3)', async (t) => {
  t.same(SHARED_CAPMEM_CELLS.neuron_v_bias_casc_n, [128, 7]);
  t.same(SHARED_CAPMEM_CELLS.neuron_i_bias_synin_drop, [129, 23]);
  t.same(SHARED_CAPMEM_CELLS.syn_i_bias_dac, [128, 8]);
  t.equal(Object.keys(SHARED_CAPMEM_CELLS).length, 21);
  t.same(BLOCK_CAPMEM_CELLS.readout_iconv_test_voltage, [2, 128, 6]);
  t.same(BLOCK_CAPMEM_CELLS.hagen_ibias_dac_bottom, [3, 128, 22]);
  t.same(BLOCK_CAPMEM_CELLS.readout_sc_amp_i_bias, [0, 129, 14]);
  t.equal(Object.keys(BLOCK_CAPMEM_CELLS).length, 18);

  const unused = unusedCapMemCells();
  t.equal(unused.length, 90);
  t.equal(unused.length, UnusedCapMemCellOnDLS.size);
  t.same(unused.slice(0, 5), [
    { block: 1, column: 128, row: 23 },
    { block: 3, column: 128, row: 23 },
    { block: 2, column: 128, row: 21 },
    { block: 2, column: 128, row: 22 },
    { block: 2, column: 128, row: 23 },
  ]);
  t.same(unused.slice(5, 21).map((c) => [c.block, c.column, c.row]), [...range(0, 8), ...range(15, 8)].map((r) => [0, 129, r]));
  t.same(unused[21], { block: 1, column: 129, row: 0 });
  t.same(unused[89], { block: 3, column: 129, row: 22 });
  unused.forEach((c, i) => t.equal(new UnusedCapMemCellOnDLS(i).toCapMemCellOnDLS().toEnum(), cellEnum(c.block, c.column, c.row), `unused ${i} = coordinate ${i}`));
  unused.pop(); // a copy: the next call is unaffected
  t.equal(unusedCapMemCells().length, 90);

  // Columns 128 and 129 of all 4 blocks (192 cells) are each exactly one of shared / block-specific / unused.
  const owner = new Map<number, string>();
  const claim = (e: number, name: string) => {
    t.notOk(owner.has(e), `${name} does not overlap ${owner.get(e) ?? ''}`);
    owner.set(e, name);
  };
  for (const [name, [column, row]] of Object.entries(SHARED_CAPMEM_CELLS)) for (let b = 0; b < 4; b++) claim(cellEnum(b, column, row), name);
  for (const [name, [b, column, row]] of Object.entries(BLOCK_CAPMEM_CELLS)) claim(cellEnum(b, column, row), name);
  unusedCapMemCells().forEach((c, i) => claim(cellEnum(c.block, c.column, c.row), `unused ${i}`));
  t.equal(owner.size, 4 * 2 * 24);
  for (const e of owner.keys()) t.ok(e % 130 >= 128, 'only shared columns');
});
