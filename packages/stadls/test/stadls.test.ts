import t from 'tap';
import { AccessError, ExecutionError, InvalidArgumentError, TicketNotReadyError, ValueRangeError, ValueTypeError, ZeroMockConnection } from '@bss2/fisch';
import {
  AbsoluteTimePlaybackProgramBuilder,
  Barrier,
  PlaybackProgram,
  PlaybackProgramBuilder,
  registerContainerType,
  run,
  runPrograms,
  containerTypeFor,
  containerTypeByName,
  isContainerType,
} from '@bss2/stadls';
import type { ContainerType } from '@bss2/haldls';
import { encodeFromFpgaMessages, WordBuffer } from '@bss2/fisch';
import { FakeCoord, makeFakeType } from './fake-containers.js';
import { MemoryConnection } from './memory-connection.js';

const Reg = makeFakeType('Reg', 3, 0x1000);
const RegNoDiff = makeFakeType('RegNoDiff', 2, 0x2000, { differentialWrite: false });
const WriteOnly = makeFakeType('WriteOnly', 1, 0x3000, { readable: false });
const ReadOnly = makeFakeType('ReadOnly', 1, 0x4000, { writable: false });
const SimUnreadable = makeFakeType('SimUnreadable', 1, 0x5000, { unsupportedReadTargets: ['simulation'] });
for (const T of [Reg, RegNoDiff, WriteOnly, ReadOnly, SimUnreadable]) registerContainerType(T as unknown as ContainerType);
const c = (name: string, i = 0) => new FakeCoord(`${name}OnDLS`, i);

t.test('write, read, run and ticket lifecycle', async (t) => {
  const conn = new MemoryConnection();
  const b = new PlaybackProgramBuilder();
  t.ok(b.empty());
  b.write(c('Reg', 1), new Reg([1, 2, 3]));
  t.equal(b.sizeToFpga(), 6, 'omnibus write = 2 messages per word');
  t.ok(b.isWriteOnly());
  const ticket = b.read(c('Reg', 1));
  t.equal(b.sizeFromFpga(), 3);
  t.notOk(b.isWriteOnly());
  b.blockUntilBarrier(Barrier.omnibus);
  t.throws(() => ticket.get(), TicketNotReadyError, 'not done yet');
  const p = b.done();
  t.ok(b.empty(), 'builder reusable after done');
  t.notOk(ticket.valid());
  t.throws(() => ticket.get(), TicketNotReadyError, 'not run yet');
  t.throws(() => ticket.fpgaTime(), TicketNotReadyError);
  await run(conn, p);
  t.ok(ticket.valid());
  t.ok(ticket.get().equals(new Reg([1, 2, 3])));
  t.same(Array.from(ticket.words()), [1, 2, 3]);
  t.ok(ticket.fpgaTime() > 0);
  t.ok(p.ticketsValid());
  t.ok(p.runOk());
  t.match(p.toString(), /omnibus.Address/);
  t.match(b.toString(), /PlaybackProgramBuilder\(0/);
  // re-run replaces results
  conn.memory.set(0x1010, 9);
  await run(conn, p);
  t.same((ticket.get() as InstanceType<typeof Reg>).words, [1, 2, 3], 'program rewrites before reading');
});

t.test('read/write access errors and registry', async (t) => {
  const b = new PlaybackProgramBuilder();
  t.throws(() => b.read(c('WriteOnly')), AccessError);
  t.throws(() => b.write(c('ReadOnly'), new ReadOnly()), AccessError);
  t.throws(() => b.read(new FakeCoord('Nope', 0)), AccessError);
  t.equal(containerTypeFor(c('Reg')), Reg as unknown);
  t.equal(containerTypeByName('Reg'), Reg as unknown);
  t.notOk(isContainerType(null));
  t.notOk(isContainerType({ typeName: 'x' }));
  const Empty = makeFakeType('Empty', 0, 0);
  t.throws(() => b.write(c('Empty'), new Empty()), AccessError, 'zero words');
  t.throws(() => b.read(c('Empty'), Empty as unknown as ContainerType), AccessError);
});

t.test('differential write', async (t) => {
  const b = new PlaybackProgramBuilder();
  b.write(c('Reg'), new Reg([1, 2, 3]), new Reg([1, 2, 3]));
  t.ok(b.empty(), 'identical reference adds nothing');
  b.write(c('Reg'), new Reg([1, 5, 3]), new Reg([1, 2, 3]));
  t.equal(b.sizeToFpga(), 2, 'only the changed word');
  t.throws(() => b.write(c('Reg'), new Reg(), new RegNoDiff() as never), InvalidArgumentError);
  t.throws(() => b.write(c('RegNoDiff'), new RegNoDiff(), new RegNoDiff()), AccessError);
  t.throws(() => b.write(c('Reg'), new Reg([1, 2, 3]), new Reg([1, 2])), InvalidArgumentError, 'size mismatch');
});

t.test('merge and copy', async (t) => {
  const conn = new MemoryConnection();
  const a = new PlaybackProgramBuilder();
  a.write(c('Reg', 0), new Reg([1, 1, 1]));
  a.write(c('Reg', 1), new Reg([2, 2, 2]));
  a.write(c('Reg', 2), new Reg([3, 3, 3]));
  const t0 = a.read(c('Reg', 0));
  const other = new PlaybackProgramBuilder();
  const t1 = other.read(c('Reg', 1));
  a.mergeBack(other);
  t.ok(other.empty());
  const front = new PlaybackProgramBuilder();
  front.write(c('Reg', 2), new Reg([7, 7, 7]));
  const t2 = front.read(c('Reg', 2));
  a.mergeFront(front);
  t.throws(() => a.mergeBack(a), InvalidArgumentError);
  t.throws(() => a.mergeFront(a), InvalidArgumentError);
  t.throws(() => new PlaybackProgramBuilder().copyBack(a), AccessError);
  const w = new PlaybackProgramBuilder().write(c('Reg', 3), new Reg([4, 4, 4]));
  const copy = w.copy();
  t.equal(copy.sizeToFpga(), w.sizeToFpga());
  a.copyBack(w);
  const p = a.done();
  await run(conn, p);
  t.same((t0.get() as InstanceType<typeof Reg>).words, [1, 1, 1]);
  t.same((t1.get() as InstanceType<typeof Reg>).words, [2, 2, 2]);
  t.same((t2.get() as InstanceType<typeof Reg>).words, [7, 7, 7], 'front tickets resolve (front ran before the later write)');
  t.equal(conn.memory.get(0x1000 + 48), 4);
});

t.test('blocks, waits, spikes, messages', async (t) => {
  const b = new PlaybackProgramBuilder();
  b.resetTimer().blockUntilTimer(100).wait(10).waitUs(2).blockUntil({ kind: 'polling', expectEquality: true });
  b.spikes([1, 2, 3, 4]);
  b.message({ type: 'system.Loopback', tick: true });
  t.equal(b.sizeFromFpga(), 1);
  t.throws(() => b.blockUntilTimer(-1), ValueRangeError);
  t.throws(() => b.blockUntilTimer(2 ** 32), ValueRangeError);
  t.throws(() => b.waitUs(Number.NaN), ValueTypeError);
  t.throws(() => b.blockUntilBarrier(64), ValueRangeError);
  const p = b.done();
  t.equal(p.sizeToFpga, 1 + 1 + 2 + 2 + 1 + 2 + 1);
  t.equal(p.sizeFromFpga, 1);
  await run(new MemoryConnection(), p);
  t.equal(p.loopback.length, 1);
  t.ok(p.equals(p));
  t.notOk(p.equals(new PlaybackProgram(new WordBuffer(), { omnibus: 0, jtag: 0, loopback: 0 })));
});

t.test('run errors: timeouts, missing responses, targets, events', async (t) => {
  const conn = new MemoryConnection();
  const b = new PlaybackProgramBuilder();
  b.write(c('Reg'), new Reg([1, 2, 3]));
  const p = b.done();
  conn.inject = [{ type: 'system.TimeoutNotification', instructionIndex: 3, traceStallCount: 1, omnibusReadsInFlight: 0 }];
  await t.rejects(run(conn, p), ExecutionError);
  t.notOk(p.runOk());
  t.match(p.describeTimeout(p.timeoutNotifications[0]!), /instruction 3 of 6/);
  t.match(p.describeTimeout({ instructionIndex: 99, traceStallCount: 0, omnibusReadsInFlight: 0, fpgaTime: 0 }), /invalid instruction index/);
  await run(conn, p);
  t.ok(p.runOk(), 're-run clears old timeouts');

  const r = new PlaybackProgramBuilder();
  r.read(c('Reg'));
  const pr = r.done();
  conn.dropReads = 1;
  await t.rejects(run(conn, pr), { name: 'ExecutionError', message: /Not all response data/ });
  conn.dropReads = 0;

  const s = new PlaybackProgramBuilder();
  s.read(c('SimUnreadable'));
  const ps = s.done();
  t.ok(ps.unsupportedTargets.has('simulation'));
  await t.rejects(run(new MemoryConnection(['simulation']), ps), /unsupported target/);
  await runPrograms(new MemoryConnection(['hardware', 'simulation']), [ps], {});
  await t.rejects(runPrograms(conn, []), ExecutionError);

  const e = new PlaybackProgramBuilder().done();
  conn.inject = [
    { type: 'timing.Systime', value: 1000 },
    { type: 'event.SpikePack', spikes: [{ timestamp: 10, value: 0x1234 }, { timestamp: 20, value: 5 }] },
    { type: 'timing.Sysdelta', value: 3 },
    { type: 'event.MADCSamplePack', samples: [{ timestamp: 254, value: 0x7ff }] },
    { type: 'system.HighspeedLinkNotification', value: 1 },
  ];
  const info = await run(conn, e);
  t.ok(info.playbackDecodeNs >= 0);
  t.ok(e.runTimeInfo !== null && e.runTimeInfo.playbackDecodeNs >= 0);
  t.equal(e.spikes.length, 2);
  t.equal(e.spikes[0]!.label, 0x1234);
  t.equal(e.spikes[0]!.fpgaTime, 1001);
  t.equal(e.spikes[0]!.chipTime, 1001 - (1001 % 128) + 5);
  t.same(e.spikesPackCounts, [0, 0, 1, 0]);
  t.equal(e.madcSamples[0]!.value, 0x3ff);
  t.equal(e.madcSamples[0]!.channel, 1);
  t.ok(e.madcSamples[0]!.chipTime <= e.madcSamples[0]!.fpgaTime, 'future timestamps wrap to the previous window');
  t.equal(e.highspeedLinkNotifications.length, 1);
  t.ok(e.empty());
});

t.test('zero mock', async (t) => {
  const b = new PlaybackProgramBuilder();
  const tk = b.read(c('Reg', 4));
  const p = b.done();
  await run(new ZeroMockConnection(), p);
  t.same((tk.get() as InstanceType<typeof Reg>).words, [0, 0, 0]);
});

t.test('ATPPB', async (t) => {
  const a = new AbsoluteTimePlaybackProgramBuilder();
  a.write(100, c('Reg'), new Reg([2, 2, 2]), new Reg([1, 2, 2]));
  a.write(50, c('Reg'), new Reg([1, 2, 2]));
  t.equal(a.size, 2);
  const direct = new PlaybackProgramBuilder()
    .resetTimer()
    .blockUntilTimer(49)
    .write(c('Reg'), new Reg([1, 2, 2]))
    .blockUntilTimer(99)
    .write(c('Reg'), new Reg([2, 2, 2]), new Reg([1, 2, 2]));
  const copy = a.shifted(0);
  t.ok(a.done().done().equals(direct.done()), 'stable sort + timer schedule');
  t.ok(a.empty());

  const shifted = new AbsoluteTimePlaybackProgramBuilder().write(10, c('Reg'), new Reg()).shifted(10);
  const scaled = new AbsoluteTimePlaybackProgramBuilder().write(2, c('Reg'), new Reg()).scaled(10);
  const at20 = () => new AbsoluteTimePlaybackProgramBuilder().write(20, c('Reg'), new Reg()).done().done();
  t.ok(shifted.done().done().equals(at20()));
  t.ok(scaled.done().done().equals(at20()));
  t.equal(copy.size, 2);

  t.throws(() => a.write(-1, c('Reg'), new Reg()), ValueRangeError);
  t.throws(() => a.write(Number.POSITIVE_INFINITY, c('Reg'), new Reg()), ValueRangeError);
  t.throws(() => a.write(Number.NaN, c('Reg'), new Reg()), ValueTypeError);
  t.throws(() => a.write(1.5, c('Reg'), new Reg()), ValueRangeError);
  t.throws(() => a.write(0, new FakeCoord('TimerOnDLS', 0), new Reg()), AccessError);
  t.throws(() => a.message(0, { type: 'timing.Setup' }), AccessError);
  t.throws(() => a.write(0, c('ReadOnly'), new ReadOnly()), AccessError);
  t.throws(() => a.read(0, c('WriteOnly')), AccessError);
  t.throws(() => a.merge(a), InvalidArgumentError);

  // reads, merge, late commands, spikes
  const conn = new MemoryConnection();
  const x = new AbsoluteTimePlaybackProgramBuilder();
  x.write(0, c('Reg'), new Reg([5, 6, 7]));
  const y = new AbsoluteTimePlaybackProgramBuilder();
  const tk = y.read(2000, c('Reg'));
  y.spikes(1, [1, 2, 3, 4]);
  t.notOk(y.isWriteOnly());
  t.throws(() => new AbsoluteTimePlaybackProgramBuilder().copy(y), AccessError);
  t.throws(() => y.shifted(1), AccessError);
  t.match(y.toString(), /read \| t: 2000/);
  x.merge(y);
  t.ok(y.empty());
  for (let i = 0; i < 1300; i++) x.message(2, { type: 'system.Loopback', tick: false });
  x.write(3, c('Reg'), new Reg([5, 6, 7])); // runs > 1250 cycles late: warning only
  t.match(x.toString(), /write \| t: 0/);
  t.throws(() => tk.get(), AccessError, 'before done');
  t.notOk(tk.valid());
  const b = x.done();
  t.throws(() => tk.get(), AccessError, 'before run');
  t.throws(() => tk.fpgaTime(), AccessError);
  await run(conn, b.done());
  t.ok(tk.valid());
  t.same((tk.get() as InstanceType<typeof Reg>).words, [5, 6, 7]);
  t.ok(tk.fpgaTime() > 0);
  t.throws(() => new AbsoluteTimePlaybackProgramBuilder().write(5, c('Reg'), new Reg()).shift(-10), ValueRangeError);
});

t.test('reinit stack entries', async (t) => {
  const { ReinitStackEntry } = await import('@bss2/stadls');
  const conn = new MemoryConnection();
  const a = new ReinitStackEntry(conn);
  const b = new ReinitStackEntry(conn);
  t.equal(ReinitStackEntry.stack(conn).length, 2);
  await a.set(new PlaybackProgramBuilder().write(c('Reg', 7), new Reg([1, 2, 3])).done());
  t.equal(conn.executed, 1, 'enforced set runs immediately');
  await b.set(new PlaybackProgramBuilder().write(c('Reg', 8), new Reg([1, 2, 3])).done(), false);
  t.equal(conn.executed, 1, 'non-enforced set only stores');
  await b.enforce();
  t.equal(conn.executed, 2);
  const r = new PlaybackProgramBuilder();
  r.read(c('Reg'));
  await t.rejects(b.set(r.done()), AccessError);
  t.throws(() => a.pop(), AccessError, 'not the top');
  b.pop();
  t.throws(() => b.pop(), AccessError);
  await t.rejects(b.enforce(), AccessError);
  a.pop();
  t.equal(ReinitStackEntry.stack(conn).length, 0);
  t.equal(ReinitStackEntry.stack(new MemoryConnection()).length, 0);
  await new ReinitStackEntry(conn).enforce();
});

t.test('responses: decoded by fisch (33-bit JTAG data, 43-bit time wrap, spike columns)', async (t) => {
  const p = new PlaybackProgram(new WordBuffer(), { omnibus: 1, jtag: 1, loopback: 0 });
  p.pushResponses(
    encodeFromFpgaMessages([
      { type: 'jtag.Data', value: 2 ** 32 + 5 },
      { type: 'omnibus.Data', value: 0xdead_beef },
      { type: 'timing.Systime', value: 2 ** 43 - 2 },
      { type: 'event.SpikePack', spikes: [{ timestamp: 0, value: 7 }] },
    ]),
  );
  t.ok(p.ticketsValid());
  t.equal(p.jtag.slice(0, 1)[0], 2 ** 32 + 5, 'bit 32 of the JTAG data is kept');
  t.throws(() => p.jtag.words(0, 1), InvalidArgumentError, 'JTAG data is not read as 32-bit words');
  t.same([...p.omnibus.words(0, 1)], [0xdead_beef]);
  t.equal(p.spikes[0]!.fpgaTime, 2 ** 43 - 1, 'the spike pack advances the time to the last 43-bit value');
  const columns = p.spikeColumns();
  t.same([...columns.labels], [7]);
  t.same(p.spikesPackCounts, [0, 1, 0, 0]);
  t.same(p.madcSamplesPackCounts, [0, 0, 0, 0]);
  p.pushResponses(encodeFromFpgaMessages([{ type: 'timing.Sysdelta', value: 3 }, { type: 'event.SpikePack', spikes: [{ timestamp: 0, value: 8 }] }]));
  t.equal(p.spikes[1]!.fpgaTime, 4, 'FPGA time wraps within 43 bits');
  p.clearResponses();
  t.equal(p.spikes.length, 0);
  t.equal(p.jtag.length, 0);
});
