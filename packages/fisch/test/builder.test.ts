import t from 'tap';
import {
  AccessError,
  Barrier,
  BarrierMask,
  BarrierOnFPGA,
  ConnectionError,
  decodeFromFpgaBytes,
  decodeToFpgaBytes,
  describeTimeouts,
  encodeFromFpgaMessages,
  ExecutionError,
  formatTimeInfo,
  I2CTempRegisterOnBoard,
  InvalidArgumentError,
  JTAGIdCode,
  JTAGIdCodeOnDLS,
  JTAGPLLRegisterOnDLS,
  MADCSampleFromChip,
  NullPayloadReadableOnFPGA,
  Omnibus,
  OmnibusAddress,
  PlaybackProgram,
  PlaybackProgramBuilder,
  reconstructChipTime,
  run,
  setRootLogger,
  SpikeFromChip,
  HighspeedLinkNotification,
  MultiConnection,
  subTimeInfo,
  TicketNotReadyError,
  Timer,
  TimerOnDLS,
  ValueRangeError,
  WaitUntil,
  WaitUntilOnFPGA,
  withHalt,
  ZeroMockConnection,
  ZERO_TIME_INFO,
  type Connection,
  type ExecuteResult,
  type FromFpgaMessage,
  type Omnibus as OmnibusT,
} from '@bss2/fisch';
import winston from 'winston';

/** A connection answering every execute with a fixed response stream (plus the halt). */
class ScriptedConnection implements Connection {
  readonly name = 'scripted';
  readonly supportedTargets = ['simulation'] as const;
  readonly closed = false;
  lastProgram: Uint8Array = new Uint8Array(0);
  constructor(private readonly responses: FromFpgaMessage[]) {}
  uniqueIdentifier(): string {
    return 'scripted';
  }
  bitfileInfo(): string {
    return 'scripted';
  }
  timeInfo() {
    return ZERO_TIME_INFO;
  }
  async close(): Promise<void> {}
  async execute(program: Uint8Array): Promise<ExecuteResult> {
    this.lastProgram = program;
    return {
      responses: encodeFromFpgaMessages([...this.responses, { type: 'system.Loopback', tick: false }]),
      timeInfo: { encodeNs: 1, decodeNs: 2, commitNs: 3, executionNs: 4 },
    };
  }
}

const od = (value: number): FromFpgaMessage => ({ type: 'omnibus.Data', value });

t.test('7.2 ZeroMock: halt-only, barriers, responses, time info', async (t) => {
  const c = new ZeroMockConnection();
  const r = await c.execute(new Uint8Array(0));
  t.same(decodeFromFpgaBytes(r.responses), [{ type: 'system.Loopback', tick: false }], 'halt-only -> exactly the halt');
  for (const mask of [0, BarrierMask.omnibus, BarrierMask.jtag, BarrierMask.omnibus | BarrierMask.jtag, BarrierMask.multiFpga, BarrierMask.systimeCorrection]) {
    const b = new PlaybackProgramBuilder();
    b.barrier(mask);
    const res = await c.execute(b.done().toBytes());
    const msgs = decodeFromFpgaBytes(res.responses);
    t.same(msgs.at(-1), { type: 'system.Loopback', tick: false }, `barrier ${mask} ends at the halt`);
    t.equal(msgs.length, 1);
  }
  const b = new PlaybackProgramBuilder();
  b.message({ type: 'system.Loopback', tick: true });
  b.message({ type: 'jtag.Data', keepResponse: true, numBits: 32, payload: 0 });
  b.readOmnibus([1]);
  const p = b.done();
  const res = await c.execute(p.toBytes());
  t.same(decodeFromFpgaBytes(res.responses), [
    { type: 'system.Loopback', tick: true },
    { type: 'jtag.Data', value: 0 },
    od(0),
    { type: 'system.Loopback', tick: false },
  ]);
  t.equal(res.timeInfo.executionNs, 4 * 8, '8 ns per message incl. the halt');
  t.ok(c.timeInfo().executionNs >= res.timeInfo.executionNs);
  t.match(formatTimeInfo(c.timeInfo()), /^ConnectionTimeInfo\(\n {2}encode_duration: 0ns/);
  t.same(subTimeInfo(c.timeInfo(), c.timeInfo()), ZERO_TIME_INFO);
  t.equal(withHalt(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)).length, 16);
  const paced = new ZeroMockConnection({ nsPerMessage: 1000, pace: true });
  await paced.execute(p.toBytes());
  const ac = new AbortController();
  ac.abort();
  await t.rejects(paced.execute(p.toBytes(), { signal: ac.signal }), ConnectionError);
  await paced.close();
  t.ok(paced.closed);
  await t.rejects(paced.execute(p.toBytes()), { code: 'E_CLOSED' });
  t.equal(c.uniqueIdentifier(), 'zeromock');
  t.equal(c.bitfileInfo(), 'zeromock');
});

t.test('7.3.4 playback decoder: halt dropped, queues separated, time annotation', async (t) => {
  const p = new PlaybackProgram();
  p.pushMessage({ type: 'system.Loopback', tick: false });
  t.equal(p.queueLength(0) + p.queueLength(1) + p.queueLength(2), 0, 'halt enters no queue');
  p.pushMessage({ type: 'jtag.Data', value: 2 ** 32 + 5 });
  p.pushMessage(od(7));
  p.pushMessage({ type: 'system.Loopback', tick: true });
  t.same([p.queueLength(0), p.queueLength(1), p.queueLength(2)], [1, 1, 1]);
  t.equal(p.queueValues(0)[0], 2 ** 32 + 5);
  t.equal(p.fpgaTime, 4, 'FPGATime +1 per message before any systime');
  p.pushMessage({ type: 'timing.Systime', value: 1000 });
  t.equal(p.fpgaTime, 1000, 'Systime absolute');
  p.pushMessage({ type: 'timing.Sysdelta', value: 10 });
  t.equal(p.fpgaTime, 1011, 'Sysdelta relative, on top of the +1');
  // spike at FPGA time 1012: 1012 = 7*128 + 116; ts 2*100 -> chip 7*128+100 = 996
  p.pushMessage({ type: 'event.SpikePack', spikes: [{ timestamp: 200, value: 12 }, { timestamp: 250, value: 13 }] });
  t.same(p.spikes.map(String), [
    'SpikeFromChip(SpikeLabel(12), ChipTime(996), FPGATime(1012))',
    // 125 > 116: previous 128-cycle window
    'SpikeFromChip(SpikeLabel(13), ChipTime(893), FPGATime(1012))',
  ]);
  p.pushMessage({ type: 'event.MADCSamplePack', samples: [{ timestamp: 6, value: 0x405 }, { timestamp: 6, value: 3 }, { timestamp: 6, value: 0xffff }] });
  t.same(p.madcSamples.map(String), [
    'MADCSampleFromChip(Value(5), Channel(1), ChipTime(899), FPGATime(1013))',
    'MADCSampleFromChip(Value(3), Channel(0), ChipTime(899), FPGATime(1013))',
    'MADCSampleFromChip(Value(1023), Channel(1), ChipTime(899), FPGATime(1013))',
  ]);
  p.pushMessage({ type: 'system.HighspeedLinkNotification', value: 12 });
  t.equal(String(p.highspeedLinkNotifications[0]), 'HighspeedLinkNotification(Value(12), FPGATime(1014))');
  p.pushMessage({ type: 'system.TimeoutNotification', instructionIndex: 3, traceStallCount: 96, omnibusReadsInFlight: 52 });
  t.match(p.timeoutNotifications[0], { instructionIndex: 3, traceStallCount: 96, omnibusReadsInFlight: 52, fpgaTime: 1015 });
  t.match(String(p.timeoutNotifications[0]), /TimeoutNotification\(InstructionIndex\(3\)/);
  t.notOk(p.runOk());
  t.same(p.spikePackCounts, [0, 0, 1, 0]);
  t.same(p.madcSamplePackCounts, [0, 0, 0, 1]);
  t.same(p.spikeColumns().labels, Uint16Array.of(12, 13));
  // JSON round trip of a program with queues
  const back = PlaybackProgram.fromJSON(JSON.parse(JSON.stringify(p)));
  t.ok(back.equals(p));
  t.same(back.timeoutNotifications.map(String), p.timeoutNotifications.map(String));
  t.throws(() => PlaybackProgram.fromJSON(null), { name: 'ValueTypeError' });
  t.throws(() => PlaybackProgram.fromJSON({ instructions: ['xyz'] }), { name: 'ValueTypeError' });
  t.throws(() => PlaybackProgram.fromJSON({ instructions: 1 }), { name: 'ValueTypeError' });
  p.clearResponses();
  t.equal(p.fpgaTime, 0);
  t.equal(p.spikes.length + p.madcSamples.length + p.timeoutNotifications.length, 0);
  t.ok(p.runOk());
  // wrap: 43-bit time, reconstruction below 0 wraps
  t.equal(reconstructChipTime(254, 5), 2 ** 43 - 128 + 127);
  t.equal(reconstructChipTime(8, 5), 4);
  t.ok(new SpikeFromChip(12, 3, 6).equals(SpikeFromChip.fromJSON({ label: 12, chipTime: 3, fpgaTime: 6 })));
  t.equal(String(new MADCSampleFromChip(5, 1, 3, 7)), 'MADCSampleFromChip(Value(5), Channel(1), ChipTime(3), FPGATime(7))');
  t.ok(new MADCSampleFromChip(5, 1, 3, 7).equals(MADCSampleFromChip.fromJSON({ value: 5, channel: 1, chipTime: 3, fpgaTime: 7 })));
  t.equal(String(new HighspeedLinkNotification(12, 6)), 'HighspeedLinkNotification(Value(12), FPGATime(6))');
  t.throws(() => SpikeFromChip.fromJSON({ label: 70000, chipTime: 0, fpgaTime: 0 }), ValueRangeError);
});

t.test('7.3.5 builder: read/write permission, emptiness, done, print', async (t) => {
  const b = new PlaybackProgramBuilder();
  t.ok(b.empty());
  t.ok(b.done().empty(), 'a new program is empty');
  t.throws(() => b.write(new JTAGIdCodeOnDLS(), new JTAGIdCode()), AccessError);
  t.throws(() => b.read(new JTAGPLLRegisterOnDLS()), AccessError);
  t.throws(() => b.read([new JTAGPLLRegisterOnDLS()]), AccessError);
  t.throws(() => b.read([]), InvalidArgumentError);
  t.throws(() => b.write({ typeName: 'X' } as never, 5 as never), InvalidArgumentError);
  t.throws(() => b.write([new WaitUntilOnFPGA()], [new WaitUntil(1), new WaitUntil(2)]), {
    message: /Coordinate count does not match configuration count/,
  });
  t.throws(() => b.write([new WaitUntilOnFPGA()], new WaitUntil(1) as never), InvalidArgumentError);
  t.throws(() => b.read([new OmnibusAddress(1), new TimerOnDLS()]), InvalidArgumentError);
  b.write(new TimerOnDLS(), new Timer());
  b.write(new WaitUntilOnFPGA(), new WaitUntil(0x123));
  t.notOk(b.empty());
  t.match(b.toString(), /timing::Setup\(\)/);
  t.match(b.toString(), /timing::WaitUntil\(291\)/);
  const p1 = b.done();
  t.notOk(p1.empty());
  t.ok(b.empty());
  t.same(decodeToFpgaBytes(p1.toBytes()), [{ type: 'timing.Setup' }, { type: 'timing.WaitUntil', value: 0x123 }]);
  t.match(String(p1), /UTMessage\(raw: 0x0400000000000000, timing::Setup\(\)\)/);
  const p2 = b.done();
  t.not(p1, p2, 'done gives a new program each time');
  t.notOk(p1.equals(p2));
  b.write([new WaitUntilOnFPGA(), new WaitUntilOnFPGA()], [new WaitUntil(1), new WaitUntil(2)]);
  t.equal(b.sizeToFpga(), 2);
  t.throws(() => b.waitUntil(2 ** 32), ValueRangeError);
  t.throws(() => b.writeOmnibus(-1, 0), ValueRangeError);
  t.throws(() => b.writeOmnibus(0, 0, 16), { message: /byteEnables = 16 is out of range: allowed 0\.\.15/ });
  t.throws(() => b.readOmnibus([2 ** 32]), ValueRangeError);
  t.throws(() => b.barrier(32), ValueRangeError);
  t.throws(() => b.spikes([1, 70000]), ValueRangeError);
  const sizeBefore = b.sizeToFpga();
  t.throws(() => b.spikes([1, 2, 3, 4, 70000]), ValueRangeError);
  t.throws(() => b.readOmnibus([1, 2, -3]), ValueRangeError);
  b.spikes([]);
  t.equal(b.sizeToFpga(), sizeBefore, 'failed appends roll back');
  t.throws(() => b.message({ type: 'timing.WaitUntil', value: -1 }), ValueRangeError);
  const printed = b.done().formatInstruction(0);
  t.match(printed, /timing::WaitUntil\(1\)/);
  // idle and invalid words print without throwing
  const raw = PlaybackProgram.fromJSON({ instructions: ['ffffffffffffffff', '7f00000000000000'] });
  t.match(raw.formatInstruction(0), /^idle/);
  t.match(raw.formatInstruction(1), /^invalid/);
});

t.test('7.3.5 tickets: lifecycle, partial responses, vector positions, rerun', async (t) => {
  const b = new PlaybackProgramBuilder();
  const t1 = b.read(new OmnibusAddress(1));
  const tv = b.read<OmnibusT>([new OmnibusAddress(2), new OmnibusAddress(3)]);
  const tr = b.readOmnibus([4, 5]);
  const tj = b.read(new JTAGIdCodeOnDLS());
  const tn = b.read(new NullPayloadReadableOnFPGA());
  t.throws(() => b.readAs(Omnibus, new TimerOnDLS()), InvalidArgumentError);
  const tt = b.tick();
  t.equal(b.sizeFromFpga(), 8);
  t.notOk(b.isWriteOnly());
  const p = b.done();
  t.same(p.expectedResponseCounts(), [1, 5, 2]);
  t.notOk(t1.valid());
  t.throws(() => t1.get(), TicketNotReadyError);
  t.throws(() => t1.fpgaTime(), { message: /Data not available/ });
  // partial responses: only complete tickets are valid
  p.pushResponses(encodeFromFpgaMessages([od(11), od(22)]));
  t.ok(t1.valid());
  t.notOk(tv.valid());
  t.equal((t1.get() as OmnibusT).value, 11);
  t.equal(t1.fpgaTime(), 1);
  p.clearResponses();
  t.notOk(t1.valid(), 'invalid again after clear');
  const conn = new ScriptedConnection([od(11), { type: 'jtag.Data', value: 0x48580af }, od(22), od(33), { type: 'system.Loopback', tick: true }, od(44), od(55), { type: 'system.Loopback', tick: true }]);
  const info = await run(conn, p);
  t.same(info.timeInfo, { encodeNs: 1, decodeNs: 2, commitNs: 3, executionNs: 4 });
  t.equal(info.connections.length, 1);
  t.ok(info.playbackDecodeNs >= 0);
  t.same(tv.get().map((o) => o.value), [22, 33], 'vector reads in order');
  t.same(Array.from(tr.get()), [44, 55]);
  t.equal((tj.get() as JTAGIdCode).value, 0x48580af);
  t.ok(tn.valid());
  t.equal(tt.get(), 1);
  t.ok(p.ticketsValid());
  // rerun through the same tickets
  await run(new ScriptedConnection([od(1), { type: 'jtag.Data', value: 1 }, od(2), od(3), { type: 'system.Loopback', tick: true }, od(4), od(5), { type: 'system.Loopback', tick: true }]), p);
  t.equal((t1.get() as OmnibusT).value, 1);
});

t.test('run errors: timeouts, missing data, argument checks; multi-FPGA', async (t) => {
  const b = new PlaybackProgramBuilder();
  for (let i = 0; i < 12; i++) b.writeOmnibus(i, i);
  const ticket = b.readOmnibus([0]);
  const p = b.done();
  const timeout: FromFpgaMessage = { type: 'system.TimeoutNotification', instructionIndex: 20, traceStallCount: 3, omnibusReadsInFlight: 1 };
  const errors: string[] = [];
  setRootLogger(winston.createLogger({ level: 'debug', transports: [new winston.transports.Console({ silent: true })] }));
  try {
    await run(new ScriptedConnection([od(1), timeout]), p);
    t.fail('run must throw');
  } catch (e) {
    t.ok(e instanceof ExecutionError);
    errors.push(String((e as Error).message));
  }
  t.match(errors[0], /1 FPGA\(s\) sent error notification\(s\)/);
  t.match(errors[0], /instruction 20 of 25, trace stalls 3 of 96, Omnibus reads in flight 1 of 52/);
  t.match(errors[0], /\[10\] UTMessage/);
  t.match(errors[0], />>\[20\]/);
  t.match(errors[0], /no unanswered Omnibus read before instruction 20/);
  // reads in flight: 2 reads, first answered, second missing -> marker at the second read
  const rb = new PlaybackProgramBuilder();
  rb.readOmnibus([1]);
  rb.writeOmnibus(5, 5);
  rb.readOmnibus([2]);
  rb.waitUntil(100);
  const rp = rb.done();
  rp.pushMessage(od(1));
  rp.pushMessage({ type: 'system.TimeoutNotification', instructionIndex: 4, traceStallCount: 0, omnibusReadsInFlight: 1 });
  const text = describeTimeouts(rp);
  t.match(text, /Omnibus reads in flight: 1 of 2 answered; instructions 0\.\.4/);
  t.match(text, /!!\[3\] UTMessage\(raw: 0x0b00001f00000002/);
  const rp2 = PlaybackProgram.fromJSON(JSON.parse(JSON.stringify(rp)));
  rp2.clearResponses();
  rp2.pushMessage({ type: 'system.TimeoutNotification', instructionIndex: 4, traceStallCount: 0, omnibusReadsInFlight: 2 });
  t.match(describeTimeouts(rp2), /!!\[0\]/);
  p.clearResponses();
  p.pushMessage({ ...timeout, instructionIndex: 99 } as FromFpgaMessage);
  p.pushMessage(timeout);
  t.match(describeTimeouts(p), /illegally triggered multiple error conditions \(2\)/);
  t.match(describeTimeouts(p), /invalid index 99/);
  await t.rejects(run(new ScriptedConnection([]), p), { message: /Not all response data to PlaybackPrograms valid \(FPGA 0: jtag 0\/0, omnibus 0\/1/ });
  t.notOk(ticket.valid());
  await t.rejects(run([new ZeroMockConnection(), new ZeroMockConnection()], p), { message: /For each fpga exactly one program is required/ });
  await t.rejects(run(new ZeroMockConnection(), null as unknown as PlaybackProgram), InvalidArgumentError);
  // multi: one program per connection, in parallel
  const b2 = new PlaybackProgramBuilder();
  const tk2 = b2.read(new I2CTempRegisterOnBoard());
  const p2 = b2.done();
  const info = await run([new ZeroMockConnection(), new ZeroMockConnection()], [p, p2]);
  t.equal(info.connections.length, 2);
  const multi = new MultiConnection([new ZeroMockConnection(), new ZeroMockConnection()]);
  t.equal(multi.name, 'Multizeromock');
  t.equal(multi.size(), 2);
  t.equal(multi.at(1).name, 'zeromock');
  t.throws(() => multi.at(2), InvalidArgumentError);
  t.throws(() => new MultiConnection([]), InvalidArgumentError);
  t.same(multi.uniqueIdentifier(), ['zeromock', 'zeromock']);
  t.same(multi.bitfileInfo(), ['zeromock', 'zeromock']);
  await run(multi, [p, p2]);
  t.equal(multi.timeInfo().length, 2);
  await t.rejects(multi.execute([p.toBytes()]), { message: /doesn't match multi-connection size/ });
  t.equal((await multi.execute([p.toBytes(), p2.toBytes()])).length, 2);
  await multi.close();
  t.ok(multi.at(0).closed);
  t.equal(Array.from(ticket.get())[0], 0);
  const b3 = new PlaybackProgramBuilder();
  const typed = b3.readAs(Omnibus, new OmnibusAddress(9));
  await run(new ZeroMockConnection(), b3.done());
  t.equal(typed.get().byteEnableMask, 0xf);
  t.equal(tk2.get().toString(), 'I2CTempRegister(0d0 0x0 0b0000000000000000)');
  setRootLogger(winston.createLogger({ silent: true }));
});

t.test('merge_back, merge_front (intended ticket shift), copy_back', async (t) => {
  const mk = (start: number) => {
    const b = new PlaybackProgramBuilder();
    b.write(new OmnibusAddress(start), new Omnibus(start));
    const tk = b.readOmnibus([start]);
    return { b, tk };
  };
  // reference order: A then B
  const ref = new PlaybackProgramBuilder();
  ref.write(new OmnibusAddress(1), new Omnibus(1));
  ref.readOmnibus([1]);
  ref.write(new OmnibusAddress(2), new Omnibus(2));
  ref.readOmnibus([2]);
  const refProgram = ref.done();

  const a = mk(1);
  const bb = mk(2);
  a.b.mergeBack(bb.b);
  t.ok(bb.b.empty(), 'other is empty afterwards');
  t.ok(bb.b.isWriteOnly());
  const pBack = a.b.done();
  t.ok(pBack.equals(refProgram));
  pBack.pushResponses(encodeFromFpgaMessages([od(100), od(200)]));
  t.equal(a.tk.get()[0], 100);
  t.equal(bb.tk.get()[0], 200, 'merged ticket re-pointed and shifted');

  const a2 = mk(1);
  const b2 = mk(2);
  b2.b.mergeFront(a2.b); // A before B
  const pFront = b2.b.done();
  t.ok(pFront.equals(refProgram));
  pFront.pushResponses(encodeFromFpgaMessages([od(100), od(200)]));
  t.equal(a2.tk.get()[0], 100, 'front ticket keeps its position');
  t.equal(b2.tk.get()[0], 200, 'this builder shifted by OTHER counts');

  // empty merges
  const e1 = new PlaybackProgramBuilder();
  const x = mk(1);
  e1.mergeBack(new PlaybackProgramBuilder());
  e1.mergeFront(x.b);
  e1.mergeBack(mk(2).b);
  t.ok(e1.done().equals(refProgram));
  const self = new PlaybackProgramBuilder();
  t.throws(() => self.mergeBack(self), InvalidArgumentError);
  t.throws(() => self.mergeFront(self), InvalidArgumentError);

  // copy_back
  const w = new PlaybackProgramBuilder();
  w.write(new BarrierOnFPGA(), new Barrier(BarrierMask.omnibus));
  const c = new PlaybackProgramBuilder();
  c.copyBack(w);
  t.notOk(w.empty(), 'other unchanged');
  const wp = w.done();
  t.ok(c.done().equals(wp));
  t.throws(() => c.copyBack(mk(1).b), { message: /not write only/ });
});

t.test('fast paths: spikes packing, message counting, size warning', async (t) => {
  const b = new PlaybackProgramBuilder();
  b.spikes([1, 2, 3, 4, 5]);
  b.resetTimer();
  b.message({ type: 'omnibus.Address', address: 5, byteEnables: 0xf, isRead: true });
  b.message({ type: 'jtag.Data', keepResponse: true, numBits: 3, payload: 1 });
  b.message({ type: 'system.Loopback', tick: true });
  b.message({ type: 'system.Loopback', tick: false });
  t.equal(b.sizeFromFpga(), 3);
  const p = b.done();
  t.same(p.expectedResponseCounts(), [1, 1, 1]);
  t.same(decodeToFpgaBytes(p.toBytes()).slice(0, 3), [
    { type: 'event.SpikePack', labels: [1, 2, 3] },
    { type: 'event.SpikePack', labels: [4, 5] },
    { type: 'timing.Setup' },
  ]);
  const warnings: string[] = [];
  const logger = winston.createLogger({ level: 'warn', transports: [new winston.transports.Console({ silent: true })] });
  logger.on('data', (info: { message: string }) => warnings.push(info.message));
  setRootLogger(logger);
  const big = new PlaybackProgramBuilder();
  const addrs = new Uint32Array(4_194_305);
  big.readOmnibus(addrs);
  big.done();
  setRootLogger(winston.createLogger({ silent: true }));
  t.equal(warnings.length, 1);
  t.match(warnings[0], /more than the FPGA playback memory \(4194304\)/);
});

t.test('response storage grows and compares element-wise', async (t) => {
  const { isUint32, encodeFromFpgaMessages: enc } = await import('@bss2/fisch');
  t.ok(isUint32(2 ** 32 - 1));
  t.notOk(isUint32(2 ** 32));
  t.notOk(isUint32('1'));
  const b = new PlaybackProgramBuilder();
  const tk = b.readOmnibus(Array.from({ length: 100 }, (_, i) => i));
  const p = b.done();
  const msgs: FromFpgaMessage[] = [];
  for (let i = 0; i < 100; i++) {
    msgs.push(od(i));
    msgs.push({ type: 'event.SpikePack', spikes: [{ timestamp: 0, value: i }] });
  }
  p.pushResponses(enc(msgs));
  t.same(Array.from(tk.get()), Array.from({ length: 100 }, (_, i) => i));
  t.equal(p.spikes.length, 100);
  const q = PlaybackProgram.fromJSON(JSON.parse(JSON.stringify(p)));
  t.ok(q.equals(p));
  const r = PlaybackProgram.fromJSON({ ...JSON.parse(JSON.stringify(p)), spikes: p.spikes.map((s) => ({ ...s.toJSON(), label: s.label + 1 })) });
  t.notOk(r.equals(p), 'spike label differs');
  const r2 = PlaybackProgram.fromJSON({ ...JSON.parse(JSON.stringify(p)), spikes: [] });
  t.notOk(r2.equals(p), 'spike count differs');
  const j = JSON.parse(JSON.stringify(p));
  j.queues[1].values[5] = 7;
  t.notOk(PlaybackProgram.fromJSON(j).equals(p), 'queue value differs');
  j.queues[1].values.pop();
  t.notOk(PlaybackProgram.fromJSON(j).equals(p), 'queue length differs');
});
