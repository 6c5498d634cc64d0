/**
 * Readout/MADC and PPU containers: reference vectors of haldls.md 6.2, default words of 3.12/3.13, the
 * CurrentDAC naming trap (7.14) and typed errors for out-of-range input.
 */
import { Writable } from 'node:stream';
import t from 'tap';
import winston from 'winston';
import { AccessError, InvalidArgumentError, ValueRangeError, ValueTypeError, rootLogger, setRootLogger } from '@bss2/fisch';
import {
  CollectingSink,
  CurrentDAC,
  CurrentDACOnDLS,
  MADCConfig,
  MADCConfigOnDLS,
  MADCControl,
  MADCControlOnDLS,
  PadMultiplexerConfig,
  PadMultiplexerConfigOnDLS,
  PPUControlRegister,
  PPUControlRegisterOnDLS,
  PPUMemory,
  PPUMemoryBlock,
  PPUMemoryBlockOnDLS,
  PPUMemoryOnDLS,
  PPUMemoryWord,
  PPUMemoryWordOnDLS,
  PPUStatusRegister,
  PPUStatusRegisterOnDLS,
  ReadoutSourceSelection,
  ReadoutSourceSelectionOnDLS,
  madcSampleRate,
  ppuMemoryFromBytes,
  ppuMemoryGetBlock,
  ppuMemorySetBlock,
  readoutSourceSelectionFields,
  sourceMultiplexer,
} from '@bss2/haldls';
import { hex, writes } from './vectors.js';

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

t.test('MADCControl: write-only trigger word at 0xC0000', async (t) => {
  const c = new MADCControl({ enableIconvAmplifier: true, enablePreAmplifier: true, enablePowerDownAfterSampling: true, wakeUp: true });
  const w = writes(c, new MADCControlOnDLS());
  t.same(hex(w.addresses), ['0xc0000']);
  t.same(w.words, [0b1101001]);
  t.same(writes(new MADCControl(), new MADCControlOnDLS()).words, [0]);
  t.same(MADCControl.readAddresses(new MADCControlOnDLS()), []);
  t.equal(MADCControl.readable, false);
  t.throws(() => MADCControl.decode(new MADCControlOnDLS(), [0]), AccessError);
  t.same(writes(new MADCControl({ startRecording: true, stopRecording: true, enableContinuousSampling: true }), new MADCControlOnDLS()).words, [0b10110]);
});

t.test('MADCConfig: default words, every field non-default, round trip', async (t) => {
  const coord = new MADCConfigOnDLS();
  const def = writes(new MADCConfig(), coord);
  t.same(hex(def.addresses), hex(range(0xc0001, 10)));
  t.same(hex(def.words), hex([0x3500, 0xc060, 0, 0, 0x103, 0x1c9, 0x1, 0xf9, 0, 0x51]));

  const c = new MADCConfig({
    activeMuxInitiallySelectedInput: 1,
    activeMuxInputSelectLength: 1,
    sampleDurationAdjust: 7,
    enableSarResetOnFall: true,
    sarResetWait: 1,
    sarResetLength: 2,
    powerupWaitValue: 1023,
    conversionCyclesOffset: 5,
    calibrationWaitValue: 513,
    enableCalibration: true,
    numberOfSamples: 0xbeef,
    preampSamplingWindowStart: 17,
    preampSamplingWindowEnd: 30,
    iconvSamplingWindowStart: 1,
    iconvSamplingWindowEnd: 2,
    sampleOnPositiveEdge: false,
    enableDummyData: true,
    connectPreampToMadc: false,
    connectPadsToMadc: true,
    connectPreampToPads: true,
    preampGainCapacitorSize: 10,
    enableMadcClockScaling: true,
    madcClockScaleValue: 0x800,
    enableActiveMuxAmplifiers: false,
    enablePseudoDifferentialReference: [false, true],
    signalSelectionConnectCurrentMeter: true,
    signalSelectionConnectActiveMux: false,
    signalSelectionConnectDebug: true,
    signalSelectionConnectPreamp: false,
    enableIconvAmplifier: true,
    connectIconvNeuron: [true, false],
    connectIconvSynapse: [true, false],
  });
  const w = writes(c, coord);
  t.same(hex(w.words), hex([0x9f18, 0x53ff, 0x8201, 0xbeef, 0x3d1, 0x41, 0x2, 0x56, 0x1001, 0x9ac]));
  const back = MADCConfig.decode(coord, w.words);
  t.ok(back.equals(c), 'decode reproduces the config');
  t.notOk(back.equals(new MADCConfig()));
  // connect_iconv_synapse is indexed [excitatory, inhibitory]: inhibitory is bit 10, excitatory bit 11
  t.equal(writes(new MADCConfig({ connectIconvSynapse: [false, true] }), coord).words[9]! & 0xc00, 1 << 10);
  t.equal(writes(new MADCConfig({ connectIconvSynapse: [true, false] }), coord).words[9]! & 0xc00, 1 << 11);

  t.throws(() => new MADCConfig({ sampleDurationAdjust: 8 }), ValueRangeError);
  t.throws(() => new MADCConfig({ numberOfSamples: 0x10000 }), ValueRangeError);
  t.throws(() => new MADCConfig({ activeMuxInitiallySelectedInput: 2 }), ValueRangeError);
  t.throws(() => new MADCConfig({ connectIconvNeuron: [true] }), ValueRangeError);
  t.throws(() => new MADCConfig({ enableCalibration: 1 as never }), ValueTypeError);
  t.equal(madcSampleRate(new MADCConfig(), 500e6), 500e6 / 17);

  // an input select length above 1 still encodes, with a warning
  const lines: string[] = [];
  const previous = rootLogger();
  const stream = new Writable({
    write(chunk: unknown, _enc: string, done: () => void) {
      lines.push(String(chunk));
      done();
    },
  });
  setRootLogger(winston.createLogger({ level: 'warn', transports: [new winston.transports.Stream({ stream })] }));
  try {
    t.equal(writes(new MADCConfig({ activeMuxInputSelectLength: 15 }), coord).words[0]! & 0xf0, 0xf0);
    writes(new MADCConfig({ activeMuxInputSelectLength: 1 }), coord);
    // pure word computations (register-table probes) do not warn
    MADCConfig.encodeWords(new MADCConfig({ activeMuxInputSelectLength: 15 }), coord);
  } finally {
    setRootLogger(previous);
  }
  t.equal(lines.length, 1);
  t.match(lines[0], /activeMuxInputSelectLength = 15/);
  t.equal(madcSampleRate(new MADCConfig({ enableMadcClockScaling: true, madcClockScaleValue: 1 }), 500e6), 500e6 / 17 / 4);
});

t.test('ReadoutSourceSelection: flat per-buffer arrays, reference vector', async (t) => {
  const coord = new ReadoutSourceSelectionOnDLS();
  const c = new ReadoutSourceSelection({
    syninDebugInhibitory: [true, false],
    cadcDebugCausal: [true, false],
    // [buffer0 top, buffer0 bottom, buffer1 top, buffer1 bottom]
    neuronOdd: [true, false, false, false],
    currentDac: [false, true],
    debugPlus: [false, true],
    enableBufferToPad: [false, true],
  });
  const w = writes(c, coord);
  t.same(hex(w.addresses), ['0xc000c', '0xc000d']);
  t.same(hex(w.words), ['0x228', '0x2005']);
  t.same(writes(new ReadoutSourceSelection(), coord).words, [0, 0]);
  t.ok(ReadoutSourceSelection.decode(coord, w.words).equals(c));
  // decode masks with 0x1FFF / 0x7FFF
  t.ok(ReadoutSourceSelection.decode(coord, [0xffff_e228, 0xffff_a005]).equals(c));
  // per-hemisphere inputs: neuron_odd/even of [top, bottom] at bits 9, 10 (top) and 11, 12 (bottom)
  const hemi = writes(new ReadoutSourceSelection({ neuronEven: [false, false, false, true], synapseDriverDebug: [true, true, false, false], enableBufferToPad: [true, false] }), coord);
  t.same(hex(hemi.words), hex([0x180, 0x1000 | 0x4000]));

  // per-buffer view helpers (the shape lola's ReadoutChain works with)
  const b0 = sourceMultiplexer(c, 0);
  t.same(b0.neuronOdd, [true, false]);
  t.equal(b0.syninDebugInhibitory, true);
  t.equal(sourceMultiplexer(c, 1).debugPlus, true);
  const rebuilt = new ReadoutSourceSelection(readoutSourceSelectionFields([sourceMultiplexer(c, 0), sourceMultiplexer(c, 1)], c.enableBufferToPad));
  t.ok(rebuilt.equals(c));
  t.throws(() => new ReadoutSourceSelection({ neuronOdd: [true, false] }), ValueRangeError);
  t.throws(() => new ReadoutSourceSelection({ buffers: [] } as never), InvalidArgumentError);
});

t.test('PadMultiplexerConfig: reference vector, reversed block order', async (t) => {
  const c = new PadMultiplexerConfig({
    cadcVRampMux: [false, false, false, true],
    cadcVRampMuxToPad: true,
    capmemVRefMux: [false, true, false, false],
    capmemVRefMuxToCapmemIntermediateMux: true,
    capmemIntermediateMuxToPad: true,
  });
  const w = writes(c, new PadMultiplexerConfigOnDLS(0));
  t.same(hex(w.addresses), ['0xc000e', '0xc000f']);
  t.same(hex(w.words), ['0x411', '0x14']);
  t.same(hex(writes(c, new PadMultiplexerConfigOnDLS(1)).addresses), ['0xc0010', '0xc0011']);
  t.same(writes(new PadMultiplexerConfig(), new PadMultiplexerConfigOnDLS(0)).words, [0, 0]);
  t.ok(PadMultiplexerConfig.decode(new PadMultiplexerConfigOnDLS(1), w.words).equals(c));
  const w1 = writes(new PadMultiplexerConfig({ bufferToPad: [true, false], neuronIStimMux: [false, true], neuronIStimMuxToPad: true }), new PadMultiplexerConfigOnDLS(0));
  t.same(hex(w1.words), hex([0, (1 << 13) | (1 << 6) | (1 << 15)]));
});

t.test('CurrentDAC: thermometer MSBs, sign, naming trap (7.14)', async (t) => {
  const coord = new CurrentDACOnDLS();
  const c = new CurrentDAC({ sign: 'sink', current: 0xa7, connectNeuron: [true, false], connectSynapse: [false, true] });
  const w = writes(c, coord);
  t.same(hex(w.addresses), ['0xc000b']);
  t.same(hex(w.words), ['0x4b67']);
  t.same(writes(new CurrentDAC(), coord).words, [0]);
  t.ok(CurrentDAC.decode(coord, w.words).equals(c));
  // 2 MSBs as thermometer code in bits 8-10: 1 -> 0b001, 2 -> 0b011, 3 -> 0b111
  t.equal(writes(new CurrentDAC({ current: 0x40 }), coord).words[0], 0x100);
  t.equal(writes(new CurrentDAC({ current: 0x80 }), coord).words[0], 0x300);
  t.equal(writes(new CurrentDAC({ current: 0xff }), coord).words[0], 0x73f);
  t.equal(CurrentDAC.decode(coord, [0x400]).current, 0xc0, 'highest thermometer cell decides');
  // SynapticInputOnNeuron(0) (halco: excitatory) drives bit 13, the bit upstream names "inhibitory"
  t.equal(writes(new CurrentDAC({ connectSynapse: [true, false] }), coord).words[0], 1 << 13);
  t.equal(writes(new CurrentDAC({ enableCurrent: true, sign: 1 as never }), coord).words[0], 0xc0, 'numeric enum code accepted');
  t.throws(() => new CurrentDAC({ current: 256 }), ValueRangeError);
  t.throws(() => new CurrentDAC({ sign: 'both' as never }), ValueTypeError);
});

t.test('PPUMemoryWord: address, printing', async (t) => {
  const w = writes(new PPUMemoryWord({ value: 555 }), new PPUMemoryWordOnDLS(0x123));
  t.same(hex(w.addresses), ['0x2800123']);
  t.same(w.words, [555]);
  t.same(hex(PPUMemoryWord.readAddresses(new PPUMemoryWordOnDLS(4097))), ['0x3800001']);
  t.equal(new PPUMemoryWord({ value: 0x23 }).toString(), 'PPUMemoryWord(0x00000023)');
  t.equal(PPUMemoryWord.decode(new PPUMemoryWordOnDLS(0), [0xdeadbeef]).value, 0xdeadbeef);
  t.throws(() => new PPUMemoryWord({ value: 2 ** 32 }), ValueRangeError);
  t.throws(() => new PPUMemoryWordOnDLS(8192), ValueRangeError);
});

t.test('PPUMemory: 4096 consecutive words, image loading, blocks', async (t) => {
  const words = range(50, 4096);
  const m = new PPUMemory({ words });
  const w = writes(m, new PPUMemoryOnDLS(0));
  t.equal(w.addresses.length, 4096);
  t.same(hex(w.addresses.slice(0, 3)), ['0x2800000', '0x2800001', '0x2800002']);
  t.equal(w.addresses[4095], 0x02800fff);
  t.same(w.words, words);
  t.equal(writes(m, new PPUMemoryOnDLS(1)).addresses[0], 0x03800000);
  t.ok(PPUMemory.decode(new PPUMemoryOnDLS(1), w.words).equals(m));
  t.throws(() => new PPUMemory({ words: [1, 2, 3] }), ValueRangeError);
  t.throws(() => new PPUMemory({ words: new Array(4096).fill(-1) }), ValueRangeError);

  const img = ppuMemoryFromBytes([0x12, 0x34, 0x56, 0x78, 0x9a]);
  t.same(hex(img.words.slice(0, 3)), ['0x12345678', '0x9a000000', '0x0'], 'big-endian words, zero padded');
  t.throws(() => ppuMemoryFromBytes(new Uint8Array(4 * 4096 + 1)), ValueRangeError);
  t.throws(() => ppuMemoryFromBytes([256]), ValueRangeError);

  const block = ppuMemoryGetBlock(m, 10, 3);
  t.same(block.words, [60, 61, 62]);
  const m2 = ppuMemorySetBlock(new PPUMemory(), 4094, new PPUMemoryBlock([7, 8]));
  t.same(m2.words.slice(4093), [0, 7, 8]);
  t.throws(() => ppuMemorySetBlock(new PPUMemory(), 4095, new PPUMemoryBlock([7, 8])), ValueRangeError);
  t.throws(() => ppuMemoryGetBlock(m, 4096, 1), ValueRangeError);
});

t.test('PPUMemoryBlock: interval coordinate, consecutive words, size checks', async (t) => {
  const coord = PPUMemoryBlockOnDLS.range(0, 0, 16);
  const words = range(50, 16);
  const b = new PPUMemoryBlock(words);
  const w = writes(b, coord);
  t.same(w.addresses, range(0x02800000, 16));
  t.same(w.words, words);
  t.same(PPUMemoryBlock.readAddresses(coord), range(0x02800000, 16));
  t.ok(PPUMemoryBlock.decode(coord, w.words).equals(b));
  const bottom = PPUMemoryBlockOnDLS.range(1, 3071, 2);
  t.same(hex(writes(new PPUMemoryBlock([1, 2]), bottom).addresses), ['0x3800bff', '0x3800c00']);
  t.same(
    bottom.words().map((x) => x.toEnum()),
    [4096 + 3071, 4096 + 3072],
  );
  t.ok(PPUMemoryBlockOnDLS.fromEnum(bottom.toEnum()).equals(bottom));
  t.equal(PPUMemoryBlock.create().length, 4096);
  t.equal(PPUMemoryBlock.coordinateTypeName, 'PPUMemoryBlockOnDLS');

  // wrong sizes, out-of-range access and mismatched placement throw typed errors
  t.throws(() => b.withWords([1, 2]), ValueRangeError);
  t.throws(() => b.at(16), ValueRangeError);
  t.throws(() => b.subblock(10, 7), ValueRangeError);
  t.throws(() => b.encode(PPUMemoryBlockOnDLS.range(0, 0, 15), new CollectingSink()), InvalidArgumentError);
  t.throws(() => b.encode(new PPUMemoryWordOnDLS(0), new CollectingSink()), InvalidArgumentError);
  t.throws(() => new PPUMemoryBlockOnDLS(0, 5, 4), ValueRangeError);
  t.throws(() => PPUMemoryBlockOnDLS.range(0, 4000, 100), ValueRangeError);
  t.throws(() => new PPUMemoryBlockOnDLS(2, 0, 0), ValueRangeError);
  t.throws(() => new PPUMemoryBlock([2 ** 32]), ValueRangeError);

  t.same(b.subblock(2, 3).words, [52, 53, 54]);
  t.same(b.withSubblock(14, new PPUMemoryBlock([0, 1])).words.slice(13), [63, 0, 1]);
  t.same(b.withWord(0, 9).words[0], 9);
  t.equal(b.at(15), 65);
  // to_string: big-endian ASCII up to the first NUL
  t.equal(PPUMemoryBlock.fromBytes([...'hello, PPU'].map((c) => c.charCodeAt(0))).toAsciiString(), 'hello, PPU');
  t.equal(new PPUMemoryBlock([0x41424300, 0x44000000]).toAsciiString(), 'ABC');
  t.ok(PPUMemoryBlock.fromJSON(JSON.parse(JSON.stringify(b.toJSON())) as { words: number[] }).equals(b));
  t.match(b.toString(), /^PPUMemoryBlock\(0x00000032, /);
});

t.test('PPUControlRegister and PPUStatusRegister', async (t) => {
  const c = new PPUControlRegister({ cacheControllerEnable: true, inhibitReset: true, forceClockOff: true });
  const w = writes(c, new PPUControlRegisterOnDLS(0));
  t.same(hex(w.addresses), ['0x2a00000']);
  t.same(w.words, [0b1101]);
  t.same(hex(writes(c, new PPUControlRegisterOnDLS(1)).addresses), ['0x3a00000']);
  t.same(writes(new PPUControlRegister(), new PPUControlRegisterOnDLS(0)).words, [0]);
  t.ok(PPUControlRegister.decode(new PPUControlRegisterOnDLS(0), [0xfffffff0 | 0b1101]).equals(c), 'decode masks with 0xF');
  t.equal(PPUControlRegister.differentialWrite, true);

  const s = new PPUStatusRegisterOnDLS(0);
  t.same(hex(PPUStatusRegister.readAddresses(s)), ['0x2a00001']);
  t.same(hex(PPUStatusRegister.readAddresses(new PPUStatusRegisterOnDLS(1))), ['0x3a00001']);
  t.equal(PPUStatusRegister.decode(s, [0]).sleep, false);
  t.equal(PPUStatusRegister.decode(s, [1]).sleep, true);
  t.equal(PPUStatusRegister.decode(s, [0x100]).sleep, true, 'sleep = word != 0');
  t.equal(PPUStatusRegister.writable, false);
  t.same(PPUStatusRegister.writeAddresses(s), []);
  t.throws(() => new PPUStatusRegister().encode(s, new CollectingSink()), AccessError);
});
