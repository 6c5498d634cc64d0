/**
 * Timing/control, FPGA, PLL and board (SPI) containers: reference vectors of haldls.md 6.2, default words,
 * quirks 7.10 (Timer writes zero) and 7.11 (high word first on FPGA reads, low word first for the chip
 * systime base), and typed errors for out-of-range input.
 */
import t from 'tap';
import { AccessError, JtagInstruction, ValueRangeError, type ToFpgaMessage } from '@bss2/fisch';
import {
  ADPLL,
  ADPLLOnDLS,
  adpllOutputFrequency,
  Barrier,
  BARRIERS,
  BarrierOnFPGA,
  CollectingSink,
  CommonPhyConfigChip,
  CommonPhyConfigChipOnDLS,
  CommonPhyConfigFPGA,
  CommonPhyConfigFPGAOnDLS,
  DACChannel,
  DACChannelOnBoard,
  DACControl,
  DACOnBoard,
  EventRecordingConfig,
  EventRecordingConfigOnFPGA,
  ExternalPPUMemoryByte,
  ExternalPPUMemoryByteOnFPGA,
  ExternalPPUMemoryQuad,
  ExternalPPUMemoryQuadOnFPGA,
  FPGADeviceDNA,
  FPGADeviceDNAOnFPGA,
  FPGASystimeSyncActiveState,
  FPGASystimeSyncActiveStateOnFPGA,
  FPGASystimeSyncLastAsicSystime,
  FPGASystimeSyncLastAsicSystimeOnFPGA,
  FPGASystimeSyncLastRTT,
  FPGASystimeSyncLastRTTOnFPGA,
  FPGASystimeSyncNumRetries,
  FPGASystimeSyncNumRetriesOnFPGA,
  HicannARQStatus,
  HicannARQStatusOnFPGA,
  InputRoutingTableEntry,
  InputRoutingTableEntryOnFPGA,
  InstructionTimeoutConfig,
  InstructionTimeoutConfigOnFPGA,
  OutputRoutingTableEntry,
  OutputRoutingTableEntryOnFPGA,
  PerfTest,
  PerfTestOnFPGA,
  PerfTestStatus,
  PerfTestStatusOnFPGA,
  PhyConfigChip,
  PhyConfigChipOnDLS,
  PhyConfigFPGA,
  PhyConfigFPGAOnDLS,
  PhyStatus,
  PhyStatusOnFPGA,
  PLLClockOutputBlock,
  PLLClockOutputBlockOnDLS,
  PLLSelfTest,
  PLLSelfTestOnDLS,
  PLLSelfTestStatus,
  PLLSelfTestStatusOnDLS,
  PollingOmnibusBlock,
  PollingOmnibusBlockConfig,
  PollingOmnibusBlockConfigOnFPGA,
  PollingOmnibusBlockOnFPGA,
  ResetChip,
  ResetChipOnDLS,
  ShiftRegister,
  ShiftRegisterOnBoard,
  SpikeIOConfig,
  SpikeIOConfigOnFPGA,
  SpikeIOInputRoute,
  SpikeIOInputRouteOnFPGA,
  SpikeIOOutputRoute,
  SpikeIOOutputRouteOnFPGA,
  SystimeCorrectionBarrierConfig,
  SystimeCorrectionBarrierConfigOnFPGA,
  SystimeSync,
  SystimeSyncBase,
  SystimeSyncBaseOnDLS,
  SystimeSyncOnFPGA,
  Timer,
  TimerOnDLS,
  type Container,
  type Coordinate,
} from '@bss2/haldls';
import { hex, writes } from './vectors.js';

function messages(c: Container, coord: Coordinate): ToFpgaMessage[] {
  const sink = new CollectingSink();
  c.encode(coord, sink);
  if (sink.addresses.length !== 0) throw new Error(`${c.containerType.typeName} wrote plain Omnibus words`);
  return sink.messages;
}

/** The message sequence of one Omnibus write through the JTAG Omnibus bridge. */
function overJtag(address: number, value: number): ToFpgaMessage[] {
  return [
    { type: 'jtag.Ins', value: JtagInstruction.OMNIBUS_ADDRESS },
    { type: 'jtag.Data', keepResponse: false, numBits: 33, payload: address },
    { type: 'jtag.Ins', value: JtagInstruction.OMNIBUS_DATA },
    { type: 'jtag.Data', keepResponse: false, numBits: 32, payload: value },
    { type: 'jtag.Ins', value: JtagInstruction.OMNIBUS_REQUEST },
    { type: 'jtag.Data', keepResponse: false, numBits: 3, payload: 0 },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// timing / control flow

t.test('Timer: a write always resets to 0 (7.10); read at the FPGA timer register', async (t) => {
  const coord = new TimerOnDLS();
  t.same(messages(new Timer({ value: 1234 }), coord), [{ type: 'timing.Setup' }]);
  t.same(messages(new Timer(), coord), [{ type: 'timing.Setup' }]);
  t.same(hex(Timer.readAddresses(coord)), ['0x8800000c']);
  t.equal(Timer.decode(coord, [0xfedcba98]).value, 0xfedcba98);
  t.ok(Timer.definition.noRoundTrip);
  t.throws(() => new Timer({ value: 2 ** 32 }), ValueRangeError);
});

t.test('SystimeSyncBase: 43 bit, low word first at 0x0/0x1', async (t) => {
  const coord = new SystimeSyncBaseOnDLS();
  const c = new SystimeSyncBase({ value: 0x1000000022b });
  const w = writes(c, coord);
  t.same(hex(w.addresses), ['0x0', '0x1']);
  t.same(hex(w.words), ['0x22b', '0x100']);
  t.ok(SystimeSyncBase.decode(coord, w.words).equals(c));
  t.same(writes(new SystimeSyncBase({ value: 0x7ff_ffff_ffff }), coord).words, [0xffffffff, 0x7ff]);
  t.throws(() => new SystimeSyncBase({ value: 0x80000000000 }), ValueRangeError);
  t.same(writes(new SystimeSyncBase(), coord).words, [0, 0]);
});

t.test('SystimeSync, Barrier, PollingOmnibusBlock, ResetChip: executor messages', async (t) => {
  t.same(messages(new SystimeSync(), new SystimeSyncOnFPGA()), [{ type: 'timing.SystimeInit', value: true }], 'default do_sync = true');
  t.same(messages(new SystimeSync({ doSync: false }), new SystimeSyncOnFPGA()), [{ type: 'timing.SystimeInit', value: false }]);
  t.equal(SystimeSync.readable, false);

  t.same(messages(new Barrier({ jtag: true, systime: true, multiFpga: true }), new BarrierOnFPGA()), [{ type: 'timing.Barrier', mask: 0xe }]);
  t.same(messages(BARRIERS.omnibus, new BarrierOnFPGA()), [{ type: 'timing.Barrier', mask: 1 }]);
  t.same(messages(BARRIERS.systimeCorrection, new BarrierOnFPGA()), [{ type: 'timing.Barrier', mask: 0x10 }]);

  t.same(messages(new PollingOmnibusBlock(), new PollingOmnibusBlockOnFPGA()), [{ type: 'timing.PollingOmnibusBlock', value: true }], 'default expects equality');
  t.same(messages(new PollingOmnibusBlock({ enableExpectsEquality: false }), new PollingOmnibusBlockOnFPGA()), [{ type: 'timing.PollingOmnibusBlock', value: false }]);

  t.same(messages(new ResetChip({ value: true }), new ResetChipOnDLS()), [{ type: 'system.Reset', value: true }]);
  t.same(messages(new ResetChip(), new ResetChipOnDLS()), [{ type: 'system.Reset', value: false }]);
  t.throws(() => ResetChip.decode(new ResetChipOnDLS(), [0]), AccessError);
});

t.test('PollingOmnibusBlockConfig: address, target, mask at 0x88000006..8', async (t) => {
  const coord = new PollingOmnibusBlockConfigOnFPGA();
  const c = new PollingOmnibusBlockConfig({ address: 0x12345678, mask: 0x87654321, target: 0x12121212 });
  const w = writes(c, coord);
  t.same(hex(w.addresses), ['0x88000006', '0x88000007', '0x88000008']);
  t.same(hex(w.words), ['0x12345678', '0x12121212', '0x87654321']);
  t.ok(PollingOmnibusBlockConfig.decode(coord, w.words).equals(c));
  t.same(PollingOmnibusBlockConfig.unsupportedReadTargets, ['hardware', 'simulation']);
  t.throws(() => new PollingOmnibusBlockConfig({ mask: -1 }), ValueRangeError);
});

// ---------------------------------------------------------------------------------------------------------
// FPGA registers

t.test('FPGADeviceDNA: 57 bit, read high 25 bits first', async (t) => {
  const coord = new FPGADeviceDNAOnFPGA();
  t.same(hex(FPGADeviceDNA.readAddresses(coord)), ['0x88000003', '0x88000004']);
  t.same(FPGADeviceDNA.writeAddresses(coord), []);
  t.equal(FPGADeviceDNA.writable, false);
  // upstream test value 0x100'0000'022b (the spec table's "0x10000000022B" has one zero too many)
  t.equal(FPGADeviceDNA.decode(coord, [0x100, 0x22b]).value, 0x1000000022bn);
  t.equal(FPGADeviceDNA.decode(coord, [0x1000, 0x22b]).value, 0x10000000022bn);
  t.equal(FPGADeviceDNA.decode(coord, [0x1ffffff, 0xffffffff]).value, (1n << 57n) - 1n);
  t.throws(() => new FPGADeviceDNA({ value: 1n << 57n }), ValueRangeError);
  t.doesNotThrow(() => new FPGADeviceDNA({ value: (1n << 57n) - 1n }));
  t.throws(() => new FPGADeviceDNA().encode(coord, new CollectingSink()), AccessError);
});

t.test('EventRecordingConfig, InstructionTimeoutConfig, SystimeCorrectionBarrierConfig', async (t) => {
  const er = writes(new EventRecordingConfig({ enableEventRecording: true }), new EventRecordingConfigOnFPGA());
  t.same(hex(er.addresses), ['0x88000005']);
  t.same(er.words, [1]);
  t.same(writes(new EventRecordingConfig(), new EventRecordingConfigOnFPGA()).words, [0]);

  const it = writes(new InstructionTimeoutConfig(), new InstructionTimeoutConfigOnFPGA());
  t.same(hex(it.addresses), ['0x88000009']);
  t.same(hex(it.words), ['0x1312d0'], 'default 10 ms = 125 * 10000 cycles');
  t.throws(() => new InstructionTimeoutConfig({ value: 2 ** 32 }), ValueRangeError);

  const sc = writes(new SystimeCorrectionBarrierConfig({ enableInterrupt: true }), new SystimeCorrectionBarrierConfigOnFPGA());
  t.same(hex(sc.addresses), ['0x8800000b']);
  t.same(sc.words, [1]);
});

t.test('FPGASystimeSync*: retries, last RTT / ASIC systime (high word first), active state', async (t) => {
  const nr = writes(new FPGASystimeSyncNumRetries({ value: 0xa }), new FPGASystimeSyncNumRetriesOnFPGA());
  t.same(hex(nr.addresses), ['0x88002000']);
  t.same(nr.words, [0xa]);
  t.same(writes(new FPGASystimeSyncNumRetries(), new FPGASystimeSyncNumRetriesOnFPGA()).words, [3]);
  t.throws(() => new FPGASystimeSyncNumRetries({ value: 16 }), ValueRangeError);

  t.same(hex(FPGASystimeSyncLastRTT.readAddresses(new FPGASystimeSyncLastRTTOnFPGA())), ['0x88002001', '0x88002002']);
  t.equal(FPGASystimeSyncLastRTT.decode(new FPGASystimeSyncLastRTTOnFPGA(), [0x700, 0x22b]).value, 0x7000000022b);
  t.same(hex(FPGASystimeSyncLastAsicSystime.readAddresses(new FPGASystimeSyncLastAsicSystimeOnFPGA())), ['0x88002003', '0x88002004']);
  t.equal(FPGASystimeSyncLastAsicSystime.decode(new FPGASystimeSyncLastAsicSystimeOnFPGA(), [0x700, 0x22b]).value, 0x7000000022b);
  t.equal(FPGASystimeSyncLastAsicSystime.writable, false);
  t.throws(() => new FPGASystimeSyncLastRTT({ value: 2 ** 43 }), ValueRangeError);

  t.same(hex(FPGASystimeSyncActiveState.readAddresses(new FPGASystimeSyncActiveStateOnFPGA())), ['0x88002005']);
  t.equal(FPGASystimeSyncActiveState.decode(new FPGASystimeSyncActiveStateOnFPGA(), [1]).activeState, true);
  t.equal(FPGASystimeSyncActiveState.decode(new FPGASystimeSyncActiveStateOnFPGA(), [2]).activeState, false);
});

t.test('ExternalPPUMemoryByte: byte lane with byte enables', async (t) => {
  const coord = new ExternalPPUMemoryByteOnFPGA(22);
  const c = new ExternalPPUMemoryByte({ value: 0x12 });
  const sink = new CollectingSink();
  c.encode(coord, sink);
  // address 0x80000005, word 0x1200, byte enables [F, T, F, F] (bit i covers bits 8i..8i+7)
  t.same(sink.messages, [
    { type: 'omnibus.Address', address: 0x80000005, byteEnables: 0b0010, isRead: false },
    { type: 'omnibus.Data', value: 0x1200 },
  ]);
  t.same(hex(ExternalPPUMemoryByte.readAddresses(coord)), ['0x80000005']);
  t.same(hex(ExternalPPUMemoryByte.encodeWords(c, coord)), ['0x1200']);
  t.equal(ExternalPPUMemoryByte.decode(coord, [0xaabbccdd]).value, 0xcc, 'decodes its lane of the quad word');
  t.equal(ExternalPPUMemoryByte.decode(new ExternalPPUMemoryByteOnFPGA(20), [0xaabbccdd]).value, 0xaa, 'byte 0 of a quad is the MSB');
  t.equal(ExternalPPUMemoryByte.decode(new ExternalPPUMemoryByteOnFPGA(23), [0xaabbccdd]).value, 0xdd);
  t.equal(new ExternalPPUMemoryByte({ value: 12 }).toString(), 'ExternalPPUMemoryByte(0x0c)');
  t.throws(() => new ExternalPPUMemoryByte({ value: 256 }), ValueRangeError);
  t.throws(() => new ExternalPPUMemoryByteOnFPGA(0x20000), ValueRangeError);
});

t.test('ExternalPPUMemoryQuad: entry 0 in the MSB, enables map to lanes 3 - e', async (t) => {
  const coord = new ExternalPPUMemoryQuadOnFPGA(22);
  const c = new ExternalPPUMemoryQuad({ quad: [145, 0, 0, 0] });
  const w = writes(c, coord);
  t.same(hex(w.addresses), ['0x80000016']);
  t.same(hex(w.words), ['0x91000000'], 'all enables: one plain write');
  t.ok(ExternalPPUMemoryQuad.decode(coord, w.words).equals(c));
  t.same(new ExternalPPUMemoryQuad().enables, [true, true, true, true]);
  const partial = new CollectingSink();
  new ExternalPPUMemoryQuad({ quad: [1, 2, 3, 4], enables: [true, false, false, true] }).encode(coord, partial);
  t.same(partial.messages, [
    { type: 'omnibus.Address', address: 0x80000016, byteEnables: 0b1001, isRead: false },
    { type: 'omnibus.Data', value: 0x01020304 },
  ]);
  const second = new CollectingSink();
  new ExternalPPUMemoryQuad({ quad: [1, 2, 3, 4], enables: [false, true, false, false] }).encode(coord, second);
  t.equal((second.messages[0] as { byteEnables: number }).byteEnables, 0b0100);
  t.throws(() => new ExternalPPUMemoryQuad({ quad: [0, 0, 0, 256] }), ValueRangeError);
  t.throws(() => new ExternalPPUMemoryQuad({ quad: [0, 0, 0] }), ValueRangeError);
});

t.test('SpikeIO config and routes', async (t) => {
  const cfg = writes(new SpikeIOConfig({ dataRateScaler: 0x1234, enableTx: true, enableInternalLoopback: true }), new SpikeIOConfigOnFPGA());
  t.same(hex(cfg.addresses), ['0x88038000']);
  t.same(hex(cfg.words), [hex([0x1234 | (1 << 16) | (1 << 18)])[0]]);
  t.same(writes(new SpikeIOConfig(), new SpikeIOConfigOnFPGA()).words, [1]);
  t.throws(() => new SpikeIOConfig({ dataRateScaler: 0 }), ValueRangeError);
  t.throws(() => new SpikeIOConfig({ dataRateScaler: 0x10000 }), ValueRangeError);

  const inp = writes(new SpikeIOInputRoute(), new SpikeIOInputRouteOnFPGA(7));
  t.same(hex(inp.addresses), ['0x88030007']);
  t.same(hex(inp.words), ['0xffff'], 'default SILENT');
  const out = writes(new SpikeIOOutputRoute({ target: 3 }), new SpikeIOOutputRouteOnFPGA(0x1234));
  t.same(hex(out.addresses), ['0x88021234']);
  t.same(out.words, [3]);
  t.equal(new SpikeIOOutputRoute().target, 0xff, 'default SILENT');
  t.throws(() => new SpikeIOOutputRoute({ target: 256 }), ValueRangeError);
});

t.test('Routing table entries: label + enable', async (t) => {
  const out = writes(new OutputRoutingTableEntry({ label: 7, enable: true }), new OutputRoutingTableEntryOnFPGA(0));
  t.same(hex(out.addresses), ['0x880d0000']);
  t.same(out.words, [(1 << 15) | 7]);
  const inp = writes(new InputRoutingTableEntry({ label: 7, enable: true }), new InputRoutingTableEntryOnFPGA(5));
  t.same(hex(inp.addresses), ['0x880c0005']);
  t.same(inp.words, [(1 << 16) | 7]);
  t.ok(InputRoutingTableEntry.decode(new InputRoutingTableEntryOnFPGA(5), inp.words).equals(new InputRoutingTableEntry({ label: 7, enable: true })));
  t.throws(() => new OutputRoutingTableEntry({ label: 1 << 15 }), ValueRangeError);
  t.throws(() => new InputRoutingTableEntry({ label: 1 << 16 }), ValueRangeError);
});

t.test('Link statistics: HicannARQStatus, PhyStatus, PerfTest, PerfTestStatus', async (t) => {
  const arq = new HicannARQStatusOnFPGA();
  t.same(hex(HicannARQStatus.readAddresses(arq)), ['0x8800c010', '0x8800c011', '0x8800c012', '0x8800c013']);
  t.ok(HicannARQStatus.decode(arq, [1, 4, 3, 2]).equals(new HicannARQStatus({ readCount: 2, writeCount: 1, rxCount: 3, txCount: 4 })), 'read order write, tx, rx, read');

  const phy = new PhyStatusOnFPGA(3);
  t.same(hex(PhyStatus.readAddresses(phy)), ['0x88004007', '0x8800400f', '0x88004017', '0x8800c006', '0x8800c007']);
  t.ok(PhyStatus.decode(phy, [1, 2, 3, 4, 5]).equals(new PhyStatus({ crcErrorCount: 1, onlineTime: 2, rxDroppedCount: 3, txCount: 4, rxCount: 5 })));
  t.equal(PhyStatus.writable, false);

  const pt = writes(new PerfTest({ enable: true }), new PerfTestOnFPGA());
  t.same(hex(pt.addresses), ['0x88008000']);
  t.same(pt.words, [1]);
  t.same(hex(PerfTestStatus.readAddresses(new PerfTestStatusOnFPGA())), ['0x88008001', '0x88008002', '0x88008003', '0x88008004']);
  t.ok(PerfTestStatus.decode(new PerfTestStatusOnFPGA(), [10, 9, 8, 7]).equals(new PerfTestStatus({ sent: 10, received: 9, inOrder: 8, errorWord: 7 })));
});

t.test('PHY configuration: FPGA side over Omnibus, chip side over JTAG', async (t) => {
  const fpga = writes(new PhyConfigFPGA(), new PhyConfigFPGAOnDLS(5));
  t.same(hex(fpga.addresses), ['0x88006005']);
  t.same(hex(fpga.words), ['0x204040'], 'default: master mode, vbias 4, auto init');
  const custom = new PhyConfigFPGA({ enableBitSlip: true, manualDelay: 15, vbias: 7, debugOutputs: 1, enableLoopbackEn: true });
  t.same(hex(writes(custom, new PhyConfigFPGAOnDLS(0)).words), [hex([0x204040 | 1 | (15 << 1) | (7 << 12) | (1 << 15) | (1 << 20)])[0]]);
  t.ok(PhyConfigFPGA.decode(new PhyConfigFPGAOnDLS(0), writes(custom, new PhyConfigFPGAOnDLS(0)).words).equals(custom));
  t.throws(() => new PhyConfigFPGA({ manualDelay: 16 }), ValueRangeError);

  // chip PHY i is JTAG PHY register 7 - i (instruction 64 + 8r + 4), a 22-bit shift
  t.same(messages(new PhyConfigChip(), new PhyConfigChipOnDLS(3)), [
    { type: 'jtag.Ins', value: 64 + 8 * 4 + 4 },
    { type: 'jtag.Data', keepResponse: false, numBits: 22, payload: 0x204000 },
  ]);
  t.same(PhyConfigChip.encodeWords(new PhyConfigChip(), new PhyConfigChipOnDLS(0)), [0x204000]);
  t.equal(PhyConfigChip.readable, false);

  const common = writes(new CommonPhyConfigFPGA({ enablePhy: [true, false, true, true, true, true, true, true] }), new CommonPhyConfigFPGAOnDLS());
  t.same(hex(common.addresses), ['0x88004000']);
  t.same(hex(common.words), ['0xfd']);
  t.same(writes(new CommonPhyConfigFPGA(), new CommonPhyConfigFPGAOnDLS()).words, [0xff]);

  // chip enables are bit-reversed (PHY i at bit 7 - i) and written through the JTAG Omnibus bridge
  const chip = new CommonPhyConfigChip({ enablePhy: [true, false, false, false, false, false, false, false] });
  t.same(messages(chip, new CommonPhyConfigChipOnDLS()), overJtag(0x40000, 0x80));
  t.same(hex(CommonPhyConfigChip.readAddresses(new CommonPhyConfigChipOnDLS())), ['0x40000']);
  t.ok(CommonPhyConfigChip.decode(new CommonPhyConfigChipOnDLS(), [0x80]).equals(chip));
});

// ---------------------------------------------------------------------------------------------------------
// PLL

t.test('ADPLL: default words, Omnibus-over-JTAG vector 0x2a20a902/0x80cbf200', async (t) => {
  const c0 = new ADPLLOnDLS(0);
  t.same(hex(ADPLL.writeAddresses(c0)), ['0x80000', '0x80001']);
  t.same(hex(ADPLL.readAddresses(new ADPLLOnDLS(1))), ['0x80002', '0x80003']);
  t.same(hex(ADPLL.encodeWords(new ADPLL(), c0)), ['0x2a20a902', '0xc0cbf200']);
  // the spec's Omnibus vector is the default with enable = false (upstream test flips it)
  const disabled = new ADPLL({ enable: false });
  t.same(messages(disabled, c0), [...overJtag(0x80000, 0x2a20a902), ...overJtag(0x80001, 0x80cbf200)]);
  t.ok(ADPLL.decode(c0, [0x2a20a902, 0x80cbf200]).equals(disabled));
  const custom = new ADPLL({ preDivP0: 4, preDivP1: 3, preDivP2: 2, tune: 4095, enableOutputClock: false, filterShift: 0, loopFilterInt: 31 });
  t.ok(ADPLL.decode(c0, ADPLL.encodeWords(custom, c0)).equals(custom));
  t.equal(ADPLL.encodeWords(custom, c0)[1]! & (1 << 24), 1 << 24, 'enable_output_clock is stored inverted');
  t.throws(() => new ADPLL({ preDivP0: 1 }), ValueRangeError);
  t.throws(() => new ADPLL({ loopDivN: 0 }), ValueRangeError);
  t.throws(() => new ADPLL({ tune: 4096 }), ValueRangeError);
  t.equal(adpllOutputFrequency(new ADPLL(), 'dco'), 500e6, 'default MADC clock');
  t.equal(adpllOutputFrequency(new ADPLL(), 'core_0'), 500e6);
  t.equal(adpllOutputFrequency(new ADPLL(), 'core_1'), 250e6, 'default PPU clock');
  t.equal(adpllOutputFrequency(new ADPLL({ loopDivN: 20, preDivP2: 4 }), 'dco', 25e6), 250e6);
});

t.test('PLLClockOutputBlock, PLLSelfTest, PLLSelfTestStatus', async (t) => {
  const coord = new PLLClockOutputBlockOnDLS();
  t.same(hex(PLLClockOutputBlock.encodeWords(new PLLClockOutputBlock(), coord)), ['0x110d0101']);
  const bypass = new PLLClockOutputBlock({ enableBypass: [true, false, false, false] });
  t.same(messages(bypass, coord), overJtag(0x80004, 0x110d0103));
  t.ok(PLLClockOutputBlock.decode(coord, [0x110d0103]).equals(bypass));
  const spl1 = new PLLClockOutputBlock({ switchSpl1ToMadc: true, selectAdpllOutput: ['dco', 'core_1', 'core_0', 'dco'] });
  t.ok(PLLClockOutputBlock.decode(coord, PLLClockOutputBlock.encodeWords(spl1, coord)).equals(spl1));
  t.throws(() => PLLClockOutputBlock.decode(coord, [0x18]), 'output select code 3 is invalid');
  t.throws(() => new PLLClockOutputBlock({ selectAdpll: [2, 0, 0, 0] }), ValueRangeError);

  const st = new PLLSelfTestOnDLS();
  t.same(messages(new PLLSelfTest({ clockEnable: true }), st), overJtag(0x80005, 0x1));
  t.same(PLLSelfTest.encodeWords(new PLLSelfTest(), st), [0]);
  const full = new PLLSelfTest({ clockEnable: true, preScalerP: 15, selectSource: 3, checkRange: 9, checkValue: 0xfffff });
  t.same(hex(PLLSelfTest.encodeWords(full, st)), ['0xfffff97f']);
  t.ok(PLLSelfTest.decode(st, [0xfffff97f]).equals(full));

  const ss = new PLLSelfTestStatusOnDLS();
  t.same(hex(PLLSelfTestStatus.readAddresses(ss)), ['0x80007']);
  t.ok(PLLSelfTestStatus.decode(ss, [(1 << 21) | (1 << 20) | 12345]).equals(new PLLSelfTestStatus({ success: true, finished: true, counterValue: 12345 })));
  t.equal(PLLSelfTestStatus.writable, false);
});

// ---------------------------------------------------------------------------------------------------------
// Board (SPI)

t.test('ShiftRegister: 24-bit value as three SPI bytes to 0x88007001', async (t) => {
  const coord = new ShiftRegisterOnBoard();
  const def = writes(new ShiftRegister(), coord);
  t.same(hex(def.addresses), ['0x88007001', '0x88007001', '0x88007001']);
  t.same(hex(def.words), ['0xff', '0x9c', '0x80000040'], 'default 0xFF9C40: i_ref on, LEDs off, all VDDs on');
  const c = new ShiftRegister({
    selectAnalogReadoutMux1Input: 'readout_chain_1',
    selectAnalogReadoutMux2Input: 'mux_dac_25',
    selectAnalogReadoutMux3Input: 'i_ref',
    enableIRefBoard: false,
    enableLed: [true, true, true, true, true, true],
    enableVdd: [false, false, false, false, false, true],
    enableAdcReset: true,
  });
  // mux 2 | 3<<2 | 1<<4, adc reset bit 14, vdd12_pll bit 21, no LED disable bits
  t.same(hex(ShiftRegister.encodeWords(c, coord)), [hex([2 | (3 << 2) | (1 << 4) | (1 << 14) | (1 << 21)])[0]]);
  t.equal(ShiftRegister.readable, false);
  t.equal(ShiftRegister.differentialWrite, true);
  t.throws(() => new ShiftRegister({ selectAnalogReadoutMux1Input: 'v_reset' as never }), Error);
  t.throws(() => new ShiftRegister({ enableVdd: [true] }), ValueRangeError);
});

t.test('DACChannel and DACControl: SPI DAC sequences', async (t) => {
  // DAC 1 channel 2: frame = 2 << 12 | 0x123, high byte first, then LDAC (register 1) = 2
  const ch = writes(new DACChannel({ value: 0x123 }), new DACChannelOnBoard(10));
  t.same(hex(ch.addresses), ['0x88007004', '0x88007004', '0x88007004', '0x88007004']);
  t.same(hex(ch.words), ['0x21', '0x80000023', '0xa0', '0x80000002']);
  t.same(hex(writes(new DACChannel({ value: 4095 }), new DACChannelOnBoard(0)).words), ['0xf', '0x800000ff', '0xa0', '0x80000002']);
  t.throws(() => new DACChannel({ value: 4096 }), ValueRangeError);
  t.equal(DACChannel.readable, false);

  // gain/reference (register 0) = 0b001100, then power down (register 2) = disabled channels
  const ctl = writes(new DACControl(), new DACOnBoard(0));
  t.same(hex(ctl.addresses), ['0x88007002', '0x88007002', '0x88007002', '0x88007002']);
  t.same(hex(ctl.words), ['0x80', '0x8000000c', '0xc0', '0x80000000']);
  const off = writes(new DACControl({ enableChannel: [true, false, true, true, true, true, true, false] }), new DACOnBoard(1));
  t.same(hex(off.words), ['0x80', '0x8000000c', '0xc0', '0x80000082']);
  t.throws(() => new DACControl({ enableChannel: [true] }), ValueRangeError);
});
