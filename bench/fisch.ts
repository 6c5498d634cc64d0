/**
 * fisch throughput benchmark: to-FPGA encode, from-FPGA decode, builder fast paths and ticket decode,
 * compared against a plain memcpy (Uint8Array.set) of the same bytes measured in the same run.
 *
 *   npx tsx bench/fisch.ts [messages=1000000] [--wall]
 *
 * A run's duration is by default the smaller of its wall-clock time and the CPU time of the process (user +
 * system). Both bound the main thread's own time from above: wall-clock time also counts preemption, which on
 * a shared machine hits almost every run of a few ms and measures the load rather than the code; process CPU
 * time also counts the background threads (GC, JIT), which matters for the allocating builder runs.
 * `--wall` uses wall-clock time only.
 */
import {
  emitToFpga,
  encodeFromFpgaInto,
  decodeFromFpgaBatch,
  FromFpgaDecoder,
  FromFpgaMessageBatch,
  FromFpgaOpcode,
  PlaybackProgram,
  PlaybackProgramBuilder,
  WordBuffer,
  type FromFpgaMessage,
  type ToFpgaMessage,
} from '@bss2/fisch';

const args = process.argv.slice(2);
const WALL = args.includes('--wall');
const N = Number(args.find((a) => !a.startsWith('--')) ?? 1_000_000);
const REPEAT = 5;
// decoders and builders get more runs: the first ones grow their storage and run before V8 has optimised
// the loop (a builder needs about 5 runs of 1M items to reach its steady state)
const DECODE_REPEAT = 15;
const BUILD_REPEAT = 12;

/** Deterministic xorshift32 so every run measures the same data. */
let seed = 0x2545f491;
function rnd(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed >>> 0;
}

/** Best of `repeat` runs, in seconds. */
function best(fn: () => void, repeat = REPEAT): number {
  let b = Infinity;
  for (let r = 0; r < repeat; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    // CPU time has µs resolution: at least 1 µs
    b = Math.min(b, WALL ? wall : Math.min(wall, Math.max(1, c.user + c.system) / 1e6));
  }
  return b;
}

const mbps = (bytes: number, s: number) => bytes / s / 1e6;
const fmt = (x: number, unit: string) => `${x.toFixed(1).padStart(9)} ${unit}`;

function randomToFpga(): ToFpgaMessage {
  switch (rnd() % 8) {
    case 0:
      return { type: 'omnibus.Address', address: rnd(), byteEnables: rnd() & 0xf, isRead: (rnd() & 1) === 1 };
    case 1:
      return { type: 'omnibus.Data', value: rnd() };
    case 2:
      return { type: 'timing.WaitUntil', value: rnd() };
    case 3:
      return { type: 'event.SpikePack', labels: [rnd() & 0xffff, rnd() & 0xffff, rnd() & 0xffff] };
    case 4:
      return { type: 'jtag.Data', keepResponse: (rnd() & 1) === 1, numBits: 32, payload: rnd() };
    case 5:
      return { type: 'timing.Barrier', mask: rnd() & 0x1f };
    case 6:
      return { type: 'system.Loopback', tick: true };
    default:
      return { type: 'timing.Setup' };
  }
}

function randomFromFpga(): FromFpgaMessage {
  const ev = () => ({ timestamp: rnd() & 0xff, value: rnd() & 0xffff });
  switch (rnd() % 8) {
    case 0:
    case 1:
      return { type: 'omnibus.Data', value: rnd() };
    case 2:
      return { type: 'jtag.Data', value: rnd() };
    case 3:
      return { type: 'event.SpikePack', spikes: [ev(), ev(), ev()] };
    case 4:
      return { type: 'event.SpikePack', spikes: [ev()] };
    case 5:
      return { type: 'event.MADCSamplePack', samples: [ev(), ev()] };
    case 6:
      return { type: 'timing.Sysdelta', value: rnd() & 0xff };
    default:
      return { type: 'system.Loopback', tick: true };
  }
}

// ---- to-FPGA encode ------------------------------------------------------------------------------------------
const toMsgs = Array.from({ length: N }, randomToFpga);
const words = new WordBuffer(N);
const sink = (hi: number, lo: number) => words.push(hi, lo);
const encodeObjects = best(() => {
  words.clear();
  for (let i = 0; i < N; i++) emitToFpga(toMsgs[i]!, sink);
});
const toBytesOut = new Uint8Array(N * 8);
const encodeWords = best(() => void words.toBytes(toBytesOut));
const toBytes = N * 8;

// ---- from-FPGA decode ------------------------------------------------------------------------------------------
const fromBuf = new Uint8Array(N * 10 + 8);
let fromLen = 0;
for (let i = 0; i < N; i++) fromLen += encodeFromFpgaInto(randomFromFpga(), fromBuf, fromLen);
if (fromLen % 8) {
  fromBuf[fromLen] = 0x80;
  fromLen += 8 - (fromLen % 8);
}
const fromBytes = fromBuf.subarray(0, fromLen);

// a real dispatching sink: switch on the opcode and extract every payload field. Passed as a handler object
// (FromFpgaMessageHandler), so the decoder calls a method V8 can inline
class DispatchingSink {
  readonly counts = new Float64Array(16);
  checksum = 0;
  onMessage(op: number, b: Uint8Array, o: number): void {
    this.counts[op]!++;
    switch (op) {
      case FromFpgaOpcode.OmnibusData:
      case FromFpgaOpcode.JtagData:
        this.checksum = (this.checksum + (((b[o + 4]! << 24) | (b[o + 5]! << 16) | (b[o + 6]! << 8) | b[o + 7]!) >>> 0)) | 0;
        return;
      case FromFpgaOpcode.SpikePack1:
      case FromFpgaOpcode.SpikePack2:
      case FromFpgaOpcode.SpikePack3:
      case FromFpgaOpcode.MadcSamplePack1:
      case FromFpgaOpcode.MadcSamplePack2:
      case FromFpgaOpcode.MadcSamplePack3: {
        const n = op >= FromFpgaOpcode.SpikePack1 ? op - FromFpgaOpcode.SpikePack1 + 1 : op - FromFpgaOpcode.MadcSamplePack1 + 1;
        let p = o + (n === 3 ? 10 : 8) - 3 * n;
        let sum = this.checksum;
        for (let i = 0; i < n; i++, p += 3) sum = (sum + b[p]! + ((b[p + 1]! << 8) | b[p + 2]!)) | 0;
        this.checksum = sum;
        return;
      }
      default:
        this.checksum = (this.checksum + b[o + 7]!) | 0;
    }
  }
}
const sinkObj = new DispatchingSink();
const decoder = new FromFpgaDecoder(sinkObj);
const decodeSink = best(() => {
  decoder.reset();
  decoder.push(fromBytes);
  decoder.end();
});
// framing alone: a sink that only counts (upper bound of the streaming decoder itself)
class CountingSink {
  n = 0;
  onMessage(op: number): void {
    this.n += op;
  }
}
const counting = new FromFpgaDecoder(new CountingSink());
const decodeFraming = best(() => {
  counting.reset();
  counting.push(fromBytes);
  counting.end();
});
// UT message decode as hxcomm's Decoder.Throughput measures it: the random from-FPGA stream into decoded
// messages (header + payload of every message, here as columns instead of one object per message)
const batch = new FromFpgaMessageBatch(N);
const decodeBatch = best(() => {
  batch.clear();
  decodeFromFpgaBatch(fromBytes, batch);
}, DECODE_REPEAT);
// chunked in 1440-byte pieces (one HostARQ frame of 180 words), crossing message boundaries
const decodeChunked = best(() => {
  decoder.reset();
  for (let i = 0; i < fromLen; i += 1440) decoder.push(fromBytes.subarray(i, i + 1440));
  decoder.end();
});
// the full PlaybackDecoder: queues, spikes, MADC, FPGA/chip time annotation
const program = new PlaybackProgram();
const decodeProgram = best(() => {
  program.clearResponses();
  program.pushResponses(fromBytes);
}, DECODE_REPEAT);
/** Encodes N messages from `gen` into a flushed from-FPGA stream. */
function stream(gen: () => FromFpgaMessage): Uint8Array {
  const buf = new Uint8Array(N * 10 + 8);
  let len = 0;
  for (let i = 0; i < N; i++) len += encodeFromFpgaInto(gen(), buf, len);
  if (len % 8) {
    buf[len] = 0x80;
    len += 8 - (len % 8);
  }
  return buf.subarray(0, len);
}
// the two kinds of long response streams real programs produce: read-back of many registers (Omnibus data
// only) and event recording (spike packs of 1-3 with some MADC packs and Sysdelta gaps)
const omnibusBytes = stream(() => ({ type: 'omnibus.Data', value: rnd() }));
const eventBytes = stream((): FromFpgaMessage => {
  const ev = () => ({ timestamp: rnd() & 0xff, value: rnd() & 0xffff });
  const k = rnd() % 16;
  if (k < 8) return { type: 'event.SpikePack', spikes: [ev(), ev(), ev()] };
  if (k < 11) return { type: 'event.SpikePack', spikes: [ev(), ev()] };
  if (k < 13) return { type: 'event.SpikePack', spikes: [ev()] };
  if (k < 15) return { type: 'event.MADCSamplePack', samples: [ev(), ev(), ev()] };
  return { type: 'timing.Sysdelta', value: rnd() & 0xff };
});
const decodeOmnibus = best(() => {
  program.clearResponses();
  program.pushResponses(omnibusBytes);
}, DECODE_REPEAT);
const decodeEvents = best(() => {
  program.clearResponses();
  program.pushResponses(eventBytes);
}, DECODE_REPEAT);
program.clearResponses();
program.pushResponses(fromBytes);

// ---- memcpy reference ------------------------------------------------------------------------------------------
const copyDst = new Uint8Array(Math.max(fromLen, omnibusBytes.length, eventBytes.length));
const memcpyFrom = best(() => copyDst.set(fromBytes));
const memcpyOmnibus = best(() => copyDst.set(omnibusBytes));
const memcpyEvents = best(() => copyDst.set(eventBytes));
const memcpyTo = best(() => toBytesOut.set(copyDst.subarray(0, toBytes)));

// ---- builder fast paths -----------------------------------------------------------------------------------------
const addrs = new Uint32Array(N);
for (let i = 0; i < N; i++) addrs[i] = rnd();
const bWrite = best(() => {
  const b = new PlaybackProgramBuilder();
  for (let i = 0; i < N; i++) b.writeOmnibus(addrs[i]!, i);
  b.done();
}, BUILD_REPEAT);
const bRead = best(() => {
  const b = new PlaybackProgramBuilder();
  b.readOmnibus(addrs);
  b.done();
}, BUILD_REPEAT);
const labels = new Uint16Array(1);
const bSpikes = best(() => {
  const b = new PlaybackProgramBuilder();
  b.resetTimer();
  for (let i = 0; i < N; i++) {
    b.waitUntil(i * 10);
    labels[0] = i & 0xffff;
    b.spikes(labels);
  }
  b.done();
}, BUILD_REPEAT);
// ticket decode: N omnibus responses into one ticket
const tb = new PlaybackProgramBuilder();
const ticket = tb.readOmnibus(addrs);
const tp = tb.done();
const resp = new Uint8Array(N * 8);
for (let i = 0; i < N; i++) {
  resp[i * 8] = 1;
  resp[i * 8 + 7] = i & 0xff;
}
const pushResp = best(() => {
  tp.clearResponses();
  tp.pushResponses(resp);
});
const ticketGet = best(() => void ticket.get());

console.log(`fisch bench: ${N} messages, best of ${REPEAT} (decode: ${DECODE_REPEAT}), ${WALL ? 'wall-clock time' : 'min(wall-clock, process CPU) time'}`);
console.log('-- to-FPGA encode');
console.log(`  message objects -> words (validated)  ${fmt(mbps(toBytes, encodeObjects), 'MB/s')}  ${fmt(N / encodeObjects / 1e6, 'M msg/s')}`);
console.log(`  words -> big-endian bytes             ${fmt(mbps(toBytes, encodeWords), 'MB/s')}  ratio to memcpy ${(memcpyTo / encodeWords).toFixed(2)}`);
console.log(`  memcpy of the same ${toBytes} bytes     ${fmt(mbps(toBytes, memcpyTo), 'MB/s')}`);
console.log('-- from-FPGA decode');
console.log(`  UT messages -> columns (hxcomm decode)${fmt(mbps(fromLen, decodeBatch), 'MB/s')}  ${fmt(N / decodeBatch / 1e6, 'M msg/s')}  ratio to memcpy ${(memcpyFrom / decodeBatch).toFixed(3)}`);
console.log(`  FromFpgaDecoder + dispatching sink    ${fmt(mbps(fromLen, decodeSink), 'MB/s')}  ${fmt(N / decodeSink / 1e6, 'M msg/s')}  ratio to memcpy ${(memcpyFrom / decodeSink).toFixed(3)}`);
console.log(`  FromFpgaDecoder framing only           ${fmt(mbps(fromLen, decodeFraming), 'MB/s')}  ${fmt(N / decodeFraming / 1e6, 'M msg/s')}`);
console.log(`  same, 1440-byte chunks                ${fmt(mbps(fromLen, decodeChunked), 'MB/s')}`);
console.log(`  PlaybackProgram.pushResponses         ${fmt(mbps(fromLen, decodeProgram), 'MB/s')}  ${fmt(N / decodeProgram / 1e6, 'M msg/s')}  ratio to memcpy ${(memcpyFrom / decodeProgram).toFixed(3)}`);
console.log(`    Omnibus read data only              ${fmt(mbps(omnibusBytes.length, decodeOmnibus), 'MB/s')}  ${fmt(N / decodeOmnibus / 1e6, 'M msg/s')}  ratio to memcpy ${(memcpyOmnibus / decodeOmnibus).toFixed(3)}`);
console.log(`    spike/MADC event recording          ${fmt(mbps(eventBytes.length, decodeEvents), 'MB/s')}  ${fmt(N / decodeEvents / 1e6, 'M msg/s')}  ratio to memcpy ${(memcpyEvents / decodeEvents).toFixed(3)}`);
console.log(`  memcpy of the same ${fromLen} bytes     ${fmt(mbps(fromLen, memcpyFrom), 'MB/s')}`);
console.log('-- builder');
console.log(`  writeOmnibus                          ${fmt(N / bWrite / 1e6, 'M items/s')}  ${fmt(mbps(N * 16, bWrite), 'MB/s of UT words')}`);
console.log(`  readOmnibus (one vector)              ${fmt(N / bRead / 1e6, 'M items/s')}`);
console.log(`  WaitUntil + SpikePack1 spike train    ${fmt(N / bSpikes / 1e6, 'M spikes/s')}  ${fmt(mbps(N * 16, bSpikes), 'MB/s of UT words')}`);
console.log(`  push omnibus responses                ${fmt(N / pushResp / 1e6, 'M msg/s')}`);
console.log(`  ticket.get() decode                   ${fmt(N / ticketGet / 1e6, 'M words/s')}`);
console.log(`  (checksum ${sinkObj.checksum}, spikes ${program.spikes.length})`);
