/**
 * stadls benchmark: build and encode a full-chip lola Chip write (upstream: ~127k Omnibus words), plus
 * a differential re-write, a full read-back decode and an ATPPB spike schedule. Prints ms; goal for the
 * full-chip write is < 20 ms.
 *
 * Run: npx tsx bench/stadls.ts   (uses the real haldls when it provides the Chip's leaf containers,
 * otherwise lola's test stand-in for haldls, clearly reported)
 */
import { CollectingSink } from '@bss2/haldls';
import { Chip, ChipOnDLS, ChipType, halHas, useHaldlsExports } from '@bss2/lola';
import { AbsoluteTimePlaybackProgramBuilder, PlaybackProgramBuilder } from '@bss2/stadls';
import { fakeHaldls } from '../packages/lola/test/fake-haldls.js';

/**
 * Zero-cost haldls stand-in (each leaf writes one word, `create`/`with`/`from` allocate one object, static
 * `writeAddresses`/`encodeWords` as real haldls has them): isolates the cost of lola's expansion plus the
 * stadls builder from haldls' own encoders.
 */
function zeroCostHaldls(): Record<string, unknown> {
  const rec: Record<string, unknown> = {};
  const containers = [
    'NeuronConfig', 'NeuronBackendConfig', 'CapMemCell', 'SynapseQuad', 'ColumnCurrentQuad', 'ColumnCorrelationQuad',
    'CommonNeuronBackendConfig', 'SynapseDriverConfig', 'CommonPADIBusConfig', 'CommonSTPConfig', 'CADCConfig', 'CADCChannelConfig',
    'CommonCorrelationConfig', 'ReadoutSourceSelection', 'PadMultiplexerConfig', 'CurrentDAC', 'MADCConfig', 'CapMemBlockConfig',
    'SynapseBiasSelection', 'ReferenceGeneratorConfig', 'CrossbarOutputConfig', 'CrossbarNode', 'BackgroundSpikeSource', 'PPUMemory',
    'ExternalPPUMemoryQuad',
  ];
  for (const p of containers) {
    const type = {
      typeName: p, coordinateTypeName: `${p}OnDLS`, readable: true, writable: true,
      readAddresses: (c: { toEnum(): number }) => [c.toEnum()],
      writeAddresses: (c: { toEnum(): number }) => [c.toEnum()],
      encodeWords: () => [1],
      decode: () => Object.create(proto) as object, create: () => Object.create(proto) as object,
      from: (f: unknown) => proto.with.call(proto, f),
    };
    // a plain prototype (no class-field initialisers) keeps the stand-in's own cost negligible
    const proto = {
      containerType: undefined as unknown,
      with(this: object, f: unknown) { const o = Object.create(proto) as { f: unknown }; o.f = f; return o; },
      encode(c: { toEnum(): number }, s: { omnibusWrite(a: number, v: number): void }) { s.omnibusWrite(c.toEnum(), 1); },
      equals() { return true; },
      toJSON() { return {}; },
    };
    proto.containerType = type;
    rec[p] = type;
  }
  for (const p of [...containers.map((c) => `${c}OnDLS`), 'SynapseDriverOnDLS', 'ExternalPPUMemoryQuadOnFPGA']) {
    rec[p] = { fromEnum: (e: number) => ({ typeName: p, toEnum: () => e }) };
  }
  return rec;
}

const LEAVES = ['NeuronConfig', 'NeuronBackendConfig', 'CapMemCell', 'SynapseQuad', 'CrossbarNode', 'PPUMemory', 'ExternalPPUMemoryQuad', 'MADCConfig'];
const real = LEAVES.every((n) => halHas(n));
console.log(`haldls: ${real ? 'real @bss2/haldls' : 'STAND-IN (lola test fake; real haldls does not provide the leaf containers yet)'}`);

/**
 * Runs `f` once (first call: cold caches, JIT warm-up), then `reps` times; prints the mean, the median and
 * the minimum of the repetitions (on a loaded machine the median and minimum are the stable figures) and
 * the first call.
 */
function time<T>(label: string, reps: number, f: () => T): T {
  let t0 = performance.now();
  let r = f();
  const first = performance.now() - t0;
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    t0 = performance.now();
    r = f();
    ts.push(performance.now() - t0);
  }
  const mean = ts.reduce((a, b) => a + b, 0) / reps;
  ts.sort((a, b) => a - b);
  const median = reps % 2 ? ts[reps >> 1]! : (ts[reps / 2 - 1]! + ts[reps / 2]!) / 2;
  const f2 = (x: number): string => x.toFixed(2).padStart(9);
  console.log(`${label.padEnd(44)} ${f2(mean)} ms  (median ${f2(median)}, min ${f2(ts[0]!)}, first call ${f2(first)})`);
  return r;
}

// lola + stadls overhead alone, measured first (clean heap)
useHaldlsExports(zeroCostHaldls());
const chip2 = new Chip();
time('full Chip write, zero-cost haldls stand-in', 15, () => new PlaybackProgramBuilder().write(ChipOnDLS, chip2).done());
useHaldlsExports(real ? null : fakeHaldls);

const chip = new Chip();
chip.neuronBlock.neuron(0, 0).set({ leak: { vLeak: 1000 }, threshold: { enable: true, vThreshold: 300 } });
for (let i = 0; i < 65536; i += 7) chip.synapseBlocks[0].matrix.weights[i] = i % 64;

const program = time('full Chip write (build + encode)', 15, () => new PlaybackProgramBuilder().write(ChipOnDLS, chip).done());
console.log(`  -> ${program.sizeToFpga} UT messages (${program.sizeToFpga / 2} Omnibus words), ${(program.toBytes().length / 1e6).toFixed(2)} MB`);
time('  program.toBytes()', 5, () => program.toBytes());

const previous = new Chip();
time('differential Chip write (vs default chip)', 9, () => new PlaybackProgramBuilder().write(ChipOnDLS, chip, previous).done());
time('Chip read addresses', 9, () => ChipType.readAddresses(ChipOnDLS));
const sink = new CollectingSink();
chip.encode(ChipOnDLS, sink);
const words = Uint32Array.from(sink.values);
time('Chip decode from words', 9, () => ChipType.decode(ChipOnDLS, words));

for (const n of [300, 3000, 30000]) {
  time(`ATPPB ${n} spikes, reverse order, done()`, 3, () => {
    const a = new AbsoluteTimePlaybackProgramBuilder();
    for (let i = n; i > 0; i--) a.spikes(i * 10, [i & 0xffff]);
    return a.done().done();
  });
}
time('raw builder: 127k omnibus writes via a sink', 5, () => {
  const b = new PlaybackProgramBuilder();
  for (let i = 0; i < 126842; i++) b.omnibusWrite(i, i);
  return b.done();
});
