import t from 'tap';
import {
  BarrierMask,
  ConnectionError,
  decodeFromFpgaBytes,
  encodeToFpgaMessages,
  ExecutionError,
  InvalidArgumentError,
  JtagInstruction,
  OmnibusChipOverJTAG,
  OmnibusChipOverJTAGAddress,
  PlaybackProgramBuilder,
  run,
  TruncatedStreamError,
  UnknownOpcodeError,
  ValueRangeError,
  type FromFpgaMessage,
  type ToFpgaMessage,
} from '@bss2/fisch';
import { FpgaRegister, I2C_BASE, I2C_NACK, SIM_DEVICE_DNA_HIGH, SIM_DEVICE_DNA_LOW, SIM_JTAG_IDCODE, SimConnection } from '@bss2/sim';

const TIMER = 0x8800_000c;

function bytesOf(messages: ToFpgaMessage[]): Uint8Array {
  return encodeToFpgaMessages(messages).toBytes();
}

async function exec(conn: SimConnection, messages: ToFpgaMessage[]): Promise<FromFpgaMessage[]> {
  const r = await conn.execute(bytesOf(messages));
  return decodeFromFpgaBytes(r.responses);
}

const read = (address: number): ToFpgaMessage => ({ type: 'omnibus.Address', address, byteEnables: 0xf, isRead: true });
const writeMsgs = (address: number, value: number, byteEnables = 0xf): ToFpgaMessage[] => [
  { type: 'omnibus.Address', address, byteEnables, isRead: false },
  { type: 'omnibus.Data', value },
];
const HALT: FromFpgaMessage = { type: 'system.Loopback', tick: false };

t.test('halt-only program answers exactly the halt; tick + halt answers both', async (t) => {
  const conn = new SimConnection();
  const r = await conn.execute(new Uint8Array(0));
  t.same(decodeFromFpgaBytes(r.responses), [HALT]);
  t.equal(r.responses.length, 8);
  t.same(await exec(conn, [{ type: 'system.Loopback', tick: true }]), [{ type: 'system.Loopback', tick: true }, HALT]);
  // a halt inside the program ends execution there: later instructions never run
  const out = await exec(conn, [{ type: 'system.Loopback', tick: false }, read(TIMER)]);
  t.same(out, [HALT]);
  t.equal(conn.lastProgramStats?.stopReason, 'halt');
  // idle words (MSB set) are dropped, not executed
  const idle = new Uint8Array(8).fill(0xff);
  t.same(decodeFromFpgaBytes((await conn.execute(idle)).responses), [HALT]);
});

t.test('timer: Setup resets, WaitUntil advances to the target, every instruction costs >= 1 cycle', async (t) => {
  const conn = new SimConnection();
  const b = new PlaybackProgramBuilder();
  b.resetTimer();
  const t0 = b.readOmnibus([TIMER]); // Setup at cycle c, read at c+1
  b.waitUntil(1000);
  const t1 = b.readOmnibus([TIMER, TIMER]);
  b.waitUntil(10); // already past: costs one cycle
  const t2 = b.readOmnibus([TIMER]);
  b.barrier(BarrierMask.omnibus | BarrierMask.jtag);
  const t3 = b.readOmnibus([TIMER]);
  const p = b.done();
  await run(conn, p);
  t.same([...t0.get()], [1]);
  t.same([...t1.get()], [1000, 1001]);
  t.same([...t2.get()], [1003]);
  t.same([...t3.get()], [1005]);
  const before = conn.fpgaCycle;
  const b2 = new PlaybackProgramBuilder();
  b2.resetTimer();
  b2.waitUntil(125_000); // 1 ms
  await run(conn, b2.done());
  t.ok(conn.fpgaCycle - before >= 125_000);
  t.equal(conn.fpgaTimeNs, conn.fpgaCycle * 8);
  // the timer keeps counting across programs (FPGA state persists)
  const b3 = new PlaybackProgramBuilder();
  const t4 = b3.readOmnibus([TIMER]);
  await run(conn, b3.done());
  t.ok(t4.get()[0]! > 125_000);
});

t.test('register file: masks, reset values, byte enables, read-only and write-only words', async (t) => {
  const conn = new SimConnection();
  const b = new PlaybackProgramBuilder();
  const resets = b.readOmnibus([0x8800_0009, 0x8800_2000, 0x8803_0000, 0x8802_0005, 0x8803_8000]);
  b.writeOmnibus(0x0013_0019, 0xffff_ffff); // CrossbarNode: bits 0-13, 16-29, 31
  b.writeOmnibus(0x0014_0000, 0xffff_ffff); // CapMem cell: 10 bits
  b.writeOmnibus(0x8000_0010, 0x1234_5678);
  for (let i = 0; i < 4; i++) b.writeOmnibus(0x8000_0010 + 1 + i, 0x1234_5678);
  b.writeOmnibus(0x8000_0011, 0x8765_4321, 0b0001);
  b.writeOmnibus(0x8000_0012, 0x8765_4321, 0b0010);
  b.writeOmnibus(0x8000_0013, 0x8765_4321, 0b0100);
  b.writeOmnibus(0x8000_0014, 0x8765_4321, 0b1000);
  b.writeOmnibus(0x0013_0065, 0x1234); // read-only drop counter: write acknowledged and ignored
  b.writeOmnibus(0x0012_2000, 0xffff_ffff); // NeuronReset: write-only, reads 0
  b.writeOmnibus(0x0000_0001, 0xffff_ffff); // SystimeSyncBase high word: 11 bits
  const words = b.readOmnibus([0x0013_0019, 0x0014_0000, 0x8000_0010, 0x8000_0011, 0x8000_0012, 0x8000_0013, 0x8000_0014, 0x0013_0065, 0x0012_2000, 0x0000_0001]);
  await run(conn, b.done());
  t.same([...resets.get()], [1_250_000, 3, 0xffff, 0xff, 1]);
  t.same([...words.get()], [0xbfff_3fff, 0x3ff, 0x1234_5678, 0x1234_5621, 0x1234_4378, 0x1265_5678, 0x8734_5678, 0, 0, 0x7ff]);
  t.equal(conn.registerView.read(0x0014_0000), 0x3ff);
});

t.test('clearing the write-response filter makes every Omnibus write answer with a data word', async (t) => {
  const conn = new SimConnection();
  const out = await exec(conn, [...writeMsgs(0x8800_0000, 0), ...writeMsgs(0x8000_0005, 3), ...writeMsgs(0x8800_0000, 1), ...writeMsgs(0x8000_0005, 4)]);
  t.same(out, [{ type: 'omnibus.Data', value: 0 }, { type: 'omnibus.Data', value: 0 }, HALT]);
});

t.test('system::Reset returns chip registers to reset, FPGA registers survive', async (t) => {
  const conn = new SimConnection();
  const b = new PlaybackProgramBuilder();
  b.writeOmnibus(0x0014_0001, 0x155);
  b.writeOmnibus(0x8000_0001, 0xabcd);
  b.message({ type: 'system.Reset', value: true });
  b.message({ type: 'system.Reset', value: true }); // already asserted: no second reset
  b.message({ type: 'system.Reset', value: false });
  const r = b.readOmnibus([0x0014_0001, 0x8000_0001]);
  await run(conn, b.done());
  t.same([...r.get()], [0, 0xabcd]);
});

t.test('unmapped addresses answer with a TimeoutNotification and stop at that instruction', async (t) => {
  const conn = new SimConnection();
  // read of an unmapped chip address (instruction index 2: Setup, write Address, write Data, then read)
  const out = await exec(conn, [{ type: 'timing.Setup' }, ...writeMsgs(0x8000_0000, 7), read(0x00f0_0000), read(TIMER)]);
  t.equal(out.length, 2);
  t.same(out[0], { type: 'system.TimeoutNotification', instructionIndex: 3, traceStallCount: 0, omnibusReadsInFlight: 1 });
  t.same(out[1], HALT);
  t.equal(conn.lastProgramStats?.stopReason, 'timeout');
  t.equal(conn.lastProgramStats?.timeout?.address, 0x00f0_0000);
  t.equal(conn.lastProgramStats?.timeout?.reason, 'unmapped');
  // unmapped write (FPGA side): no read in flight; time advanced by the instruction timeout (10 ms)
  const before = conn.fpgaCycle;
  const w = await exec(conn, [...writeMsgs(0x8900_0000, 1), read(TIMER)]);
  t.same(w, [{ type: 'system.TimeoutNotification', instructionIndex: 1, traceStallCount: 0, omnibusReadsInFlight: 0 }, HALT]);
  t.ok(conn.fpgaCycle - before >= 1_250_000);
  // unused word inside a mapped block (4th word of a synapse driver) is unmapped too
  const gap = await exec(conn, [read(0x0011_0403)]);
  t.equal(gap[0]!.type, 'system.TimeoutNotification');
  // fisch's run() turns the notification into an ExecutionError
  const b = new PlaybackProgramBuilder();
  b.readOmnibus([0x7000_0000]);
  await t.rejects(run(conn, b.done()), ExecutionError);
  // the connection keeps working afterwards
  t.same(await exec(conn, [read(0x8000_0000)]), [{ type: 'omnibus.Data', value: 7 }, HALT]);
});

t.test('PollingOmnibusBlock blocks until (value & mask) == target, or times out', async (t) => {
  const conn = new SimConnection();
  const setup = (address: number, target: number, mask: number): ToFpgaMessage[] => [
    ...writeMsgs(FpgaRegister.pollingAddress, address),
    ...writeMsgs(FpgaRegister.pollingTarget, target),
    ...writeMsgs(FpgaRegister.pollingMask, mask),
  ];
  // stored value already matches: passes in one cycle
  let out = await exec(conn, [...writeMsgs(0x8000_0002, 0x5), ...setup(0x8000_0002, 0x4, 0x4), { type: 'timing.PollingOmnibusBlock', value: true }, read(0x8000_0002)]);
  t.same(out, [{ type: 'omnibus.Data', value: 5 }, HALT]);
  // inequality expected but the value matches and cannot change: timeout at the block instruction (index 8)
  out = await exec(conn, [...setup(0x8000_0002, 0x4, 0x4), { type: 'timing.PollingOmnibusBlock', value: false }]);
  t.same(out[0], { type: 'system.TimeoutNotification', instructionIndex: 6, traceStallCount: 0, omnibusReadsInFlight: 0 });
  t.equal(conn.lastProgramStats?.timeout?.reason, 'polling');
  // polling the timer: waits until bit 12 is set (a value that changes with time)
  out = await exec(conn, [{ type: 'timing.Setup' }, ...setup(TIMER, 0x1000, 0x1000), { type: 'timing.PollingOmnibusBlock', value: true }, read(TIMER)]);
  t.equal(out.length, 2);
  const v = (out[0] as { value: number }).value;
  t.ok(v >= 0x1000 && v < 0x1000 + 16, `timer ${v} just past 0x1000`);
  // polling an unmapped address
  out = await exec(conn, [...setup(0x7000_0000, 0, 0), { type: 'timing.PollingOmnibusBlock', value: true }]);
  t.same(out[0], { type: 'system.TimeoutNotification', instructionIndex: 6, traceStallCount: 0, omnibusReadsInFlight: 1 });
  // shorter instruction timeout
  const before = conn.fpgaCycle;
  out = await exec(conn, [...writeMsgs(FpgaRegister.instructionTimeout, 100), ...setup(0x8000_0002, 0, 0xffff), { type: 'timing.PollingOmnibusBlock', value: true }]);
  t.equal(out[0]!.type, 'system.TimeoutNotification');
  t.ok(conn.fpgaCycle - before < 200);
});

t.test('malformed streams reject with typed errors and leave the state untouched', async (t) => {
  const conn = new SimConnection();
  await t.rejects(conn.execute(new Uint8Array(5)), TruncatedStreamError);
  const unknown = new Uint8Array(8);
  unknown[0] = 0x10;
  await t.rejects(conn.execute(unknown), UnknownOpcodeError);
  const writeThenStop = bytesOf([...writeMsgs(0x8000_0003, 9)]).subarray(0, 8);
  await t.rejects(conn.execute(writeThenStop), InvalidArgumentError);
  await t.rejects(conn.execute(bytesOf([{ type: 'omnibus.Data', value: 1 }])), InvalidArgumentError);
  await t.rejects(conn.execute(bytesOf([{ type: 'omnibus.Address', address: 0x8000_0003, byteEnables: 0xf, isRead: false }, { type: 'timing.Setup' }])), InvalidArgumentError);
  const badJtag = new Uint8Array(8);
  badJtag[0] = 3;
  badJtag[2] = 40; // numBits 40
  await t.rejects(conn.execute(badJtag), ValueRangeError);
  // a program whose unknown opcode comes after a write: the write is not applied
  const mixed = new Uint8Array(24);
  mixed.set(bytesOf(writeMsgs(0x8000_0003, 9)), 0);
  mixed[16] = 0x7f;
  await t.rejects(conn.execute(mixed), UnknownOpcodeError);
  t.same(await exec(conn, [read(0x8000_0003)]), [{ type: 'omnibus.Data', value: 0 }, HALT]);
  // bad argument type
  await t.rejects(conn.execute('abc' as unknown as Uint8Array), ConnectionError);
});

t.test('JTAG: IDCODE, BYPASS, Omnibus-over-JTAG, PLL and PHY registers', async (t) => {
  const conn = new SimConnection();
  const jd = (payload: number, numBits: number, keepResponse = false): ToFpgaMessage => ({ type: 'jtag.Data', payload, numBits, keepResponse });
  const ins = (value: number): ToFpgaMessage => ({ type: 'jtag.Ins', value });
  let out = await exec(conn, [{ type: 'jtag.Scaler', value: 3 }, { type: 'jtag.Init' }, ins(JtagInstruction.IDCODE), jd(0, 32, true)]);
  t.same(out, [{ type: 'jtag.Data', value: SIM_JTAG_IDCODE }, HALT]);
  t.ok([0x048580af, 0x248580af, 0x348580af, 0x448590af].includes(SIM_JTAG_IDCODE));
  // TAP reset selects IDCODE
  out = await exec(conn, [ins(JtagInstruction.BYPASS), { type: 'jtag.Init' }, jd(0, 32, true)]);
  t.same(out[0], { type: 'jtag.Data', value: SIM_JTAG_IDCODE });
  // BYPASS: response >> 1 equals the payload with its top bit cleared
  const payloads = [0x1_2345_6789, 0x1_ffff_ffff, 0, 1, 0xdead_beef];
  out = await exec(conn, [ins(JtagInstruction.BYPASS), ...payloads.map((p) => jd(p, 33, true))]);
  payloads.forEach((p, i) => t.equal(Math.floor((out[i] as { value: number }).value / 2), p % 2 ** 32));
  // Omnibus-over-JTAG write then read of a chip register (fisch OmnibusChipOverJTAG sequences)
  const addr = 0x0014_0005;
  out = await exec(conn, [
    ins(JtagInstruction.OMNIBUS_ADDRESS), jd(addr, 33), ins(JtagInstruction.OMNIBUS_DATA), jd(0x2aa, 32),
    ins(JtagInstruction.OMNIBUS_REQUEST), jd(0, 3),
    ins(JtagInstruction.OMNIBUS_ADDRESS), jd(2 ** 32 + addr, 33), ins(JtagInstruction.OMNIBUS_REQUEST), jd(0, 3),
    ins(JtagInstruction.OMNIBUS_DATA), jd(0, 32, true),
    read(addr),
  ]);
  t.same(out, [{ type: 'jtag.Data', value: 0x2aa }, { type: 'omnibus.Data', value: 0x2aa }, HALT]);
  // Omnibus-over-JTAG to an unmapped chip address times out at the request instruction
  out = await exec(conn, [ins(JtagInstruction.OMNIBUS_ADDRESS), jd(2 ** 32 + 0x00f0_0000, 33), ins(JtagInstruction.OMNIBUS_REQUEST), jd(0, 3)]);
  t.same(out[0], { type: 'system.TimeoutNotification', instructionIndex: 3, traceStallCount: 0, omnibusReadsInFlight: 0 });
  t.equal(conn.lastProgramStats?.timeout?.address, 0x00f0_0000);
  // shifting the address register returns its previous content
  out = await exec(conn, [ins(JtagInstruction.OMNIBUS_ADDRESS), jd(5, 33, true)]);
  t.same(out[0], { type: 'jtag.Data', value: 2 ** 32 + 0x00f0_0000 });
  // PLL and PHY writes are accepted without responses; EXTEST shifts zeros
  out = await exec(conn, [
    ins(JtagInstruction.PLL_TARGET_REG), jd(4, 4), ins(JtagInstruction.SHIFT_PLL), jd(0x118d_8181, 32),
    ins(64 + 8 * 3 + 4), jd(0x0020_4000, 22), ins(JtagInstruction.EXTEST), jd(0x7, 8, true),
  ]);
  t.same(out, [{ type: 'jtag.Data', value: 0 }, HALT]);
});

t.test('FPGA registers: device DNA, systime-sync status, event-switch words', async (t) => {
  const conn = new SimConnection();
  const b = new PlaybackProgramBuilder();
  const before = b.readOmnibus([0x8800_0003, 0x8800_0004, 0x8800_2005, 0x8800_2002]);
  b.message({ type: 'timing.SystimeInit', value: true });
  const after = b.readOmnibus([0x8800_2005, 0x8800_2002, 0x8800_2003, 0x8800_2004, 0x8800_2001]);
  b.writeOmnibus(0x8800_7c03, 0x55);
  const sw = b.readOmnibus([0x8800_7c03, 0x8800_7000]);
  const p = b.done();
  await run(conn, p);
  t.same([...before.get()], [SIM_DEVICE_DNA_HIGH, SIM_DEVICE_DNA_LOW, 0, 0]);
  const a = after.get();
  t.equal(a[0], 1);
  t.equal(a[1], 42);
  t.equal(a[2], 0);
  t.ok(a[3]! > 0);
  t.equal(a[4], 0);
  t.same([...sw.get()], [0x55, 0]);
  // after a sync, responses carry FPGA time (> 1)
  t.ok(after.fpgaTime() > 1);
});

t.test('I2C and SPI board devices answer plausibly', async (t) => {
  const conn = new SimConnection();
  const b = new PlaybackProgramBuilder();
  const i2cRead = (dev: number, reg: number, n: number): ReturnType<typeof b.readOmnibus> => {
    b.writeOmnibus(I2C_BASE + dev, reg);
    const addrs: number[] = [];
    for (let i = 0; i < n - 1; i++) addrs.push(I2C_BASE + dev);
    addrs.push(I2C_BASE + dev + 0x80);
    return b.readOmnibus(addrs);
  };
  const id = i2cRead(0x50, 0xfc, 4);
  const temp = i2cRead(0x48, 0x00, 2);
  const bus = i2cRead(0x42, 0x02, 2);
  // INA219 calibration register write then read
  b.writeOmnibus(I2C_BASE + 0x41, 0x05);
  b.writeOmnibus(I2C_BASE + 0x41, 0x12);
  b.writeOmnibus(I2C_BASE + 0x41 + 0x80, 0x34);
  const cal = i2cRead(0x41, 0x05, 2);
  // DAC6573 channel 2: value 0x3FA sent as 0xFE, 0x80
  b.writeOmnibus(I2C_BASE + 0x4c, 0x14);
  b.writeOmnibus(I2C_BASE + 0x4c, 0xfe);
  b.writeOmnibus(I2C_BASE + 0x4c + 0x80, 0x80);
  const dac = i2cRead(0x4c, 0x14, 2);
  // TCA9546 mux: a single control byte; read path writes a 0x00 byte first
  b.writeOmnibus(I2C_BASE + 0x70 + 0x80, 0x05);
  const mux = i2cRead(0x70, 0x00, 1);
  // read-only TCA9554 input register ignores writes
  b.writeOmnibus(I2C_BASE + 0x38, 0x00);
  b.writeOmnibus(I2C_BASE + 0x38 + 0x80, 0x12);
  const gpio = i2cRead(0x38, 0x00, 1);
  const absent = i2cRead(0x11, 0x00, 1);
  const ad = i2cRead(0x2d, 0x03, 1);
  b.writeOmnibus(I2C_BASE + 0x200, 0x40); // prescaler
  const pre = b.readOmnibus([I2C_BASE + 0x200]);
  // SPI: shift register and DAC writes are accepted silently
  b.writeOmnibus(0x8800_7001, 0x12);
  b.writeOmnibus(0x8800_7001, 0x34);
  b.writeOmnibus(0x8800_7001, 0x8000_0056);
  b.writeOmnibus(0x8800_7002, 0x80 | (1 << 5));
  b.writeOmnibus(0x8800_7002, 0x8000_0002);
  await run(conn, b.done());
  t.same([...id.get()], [0x42, 0x53, 0x53, 0x32]);
  t.same([...temp.get()], [0x19, 0x00]);
  t.same([...bus.get()], [0x09, 0x62]);
  t.same([...cal.get()], [0x12, 0x34]);
  t.same([...dac.get()], [0xfe, 0x80]);
  t.same([...mux.get()], [0x05]);
  t.same([...gpio.get()], [0xff]);
  t.same([...absent.get()], [I2C_NACK]);
  t.same([...ad.get()], [0x80]);
  t.same([...pre.get()], [0x40]);
});

t.test('hxcomm/fisch hardware-test programs: barriers, rerun of one program through a ticket', async (t) => {
  const conn = new SimConnection();
  for (const mask of [0, BarrierMask.omnibus, BarrierMask.jtag, BarrierMask.omnibus | BarrierMask.jtag, BarrierMask.multiFpga, BarrierMask.systimeCorrection]) {
    t.same(await exec(conn, [{ type: 'timing.Barrier', mask }]), [HALT], `barrier 0b${mask.toString(2)} ends at the halt`);
  }
  // fisch "Rerun": write 1 over JTAG, read; write 2; rerun the same read program: the ticket shows 1, then 2
  const write = (v: number): Promise<unknown> => {
    const b = new PlaybackProgramBuilder();
    b.write(new OmnibusChipOverJTAGAddress(0), new OmnibusChipOverJTAG(v));
    return run(conn, b.done());
  };
  const rb = new PlaybackProgramBuilder();
  const ticket = rb.read(new OmnibusChipOverJTAGAddress(0));
  const readProgram = rb.done();
  await write(1);
  await run(conn, readProgram);
  t.equal(ticket.get().toString(), new OmnibusChipOverJTAG(1).toString());
  await write(2);
  await run(conn, readProgram);
  t.equal(ticket.get().toString(), new OmnibusChipOverJTAG(2).toString());
});
