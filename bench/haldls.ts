/**
 * haldls benchmark: encode a full chip's worth of leaf containers — every NeuronConfig and
 * NeuronBackendConfig (512 each), every SynapseQuad (32768, 2 words), every SynapseDriverConfig (256) and
 * every CapMem cell (12480) — into an Omnibus sink, and decode them back from the words. Prints words/s and
 * ms per full chip (~127k words), and the one-off cost of building the register table the simulator uses.
 *
 * Run: npm run bench -- haldls
 */
import { definedContainerTypes, lookupRegister, registerTableSummary, resetRegisterTable, type DefinedContainerType, type EncodeSink } from '@bss2/haldls';

const wanted = ['NeuronConfig', 'NeuronBackendConfig', 'SynapseQuad', 'SynapseDriverConfig', 'CapMemCell'];
const types = wanted.map((n) => definedContainerTypes().find((t) => t.typeName === n));
const missing = wanted.filter((_, i) => !types[i]);
if (missing.length > 0) {
  console.log(`haldls does not define ${missing.join(', ')} yet: nothing to measure`);
  process.exit(0);
}

/** Counts words and folds them into a checksum so the work cannot be optimised away. */
class CountingSink implements EncodeSink {
  words = 0;
  checksum = 0;
  omnibusWrite(address: number, value: number): void {
    this.words++;
    this.checksum = (this.checksum + address + value) | 0;
  }
  message(): void {}
}

// One random-ish container per coordinate, built up front: the bench measures encoding, not construction.
const placed = (types as DefinedContainerType[]).flatMap((type) => {
  const cls = type.definition.coordinate;
  return Array.from({ length: cls.size }, (_, e) => ({ type, coord: cls.fromEnum(e), container: type.create() }));
});

function encodeAll(sink: CountingSink): void {
  for (const p of placed) p.container.encode(p.coord, sink);
}

const reps = 20;
let sink = new CountingSink();
encodeAll(sink); // warm-up
const words = sink.words;
let t0 = performance.now();
for (let i = 0; i < reps; i++) encodeAll((sink = new CountingSink()));
const encodeMs = (performance.now() - t0) / reps;

// decode: read addresses + decode from the encoded words
const wordsOf = placed.map((p) => {
  const s = { w: [] as number[], omnibusWrite(_a: number, v: number) { this.w.push(v); }, message() {} };
  p.container.encode(p.coord, s);
  return s.w;
});
t0 = performance.now();
let decoded = 0;
for (let i = 0; i < reps; i++) {
  placed.forEach((p, k) => {
    p.type.decode(p.coord, wordsOf[k]!);
    decoded++;
  });
}
const decodeMs = (performance.now() - t0) / reps;

resetRegisterTable();
t0 = performance.now();
const table = registerTableSummary();
const tableMs = performance.now() - t0;
t0 = performance.now();
let hits = 0;
for (let a = 0x0014_0000; a < 0x0014_0000 + 100_000; a++) if (lookupRegister(a)) hits++;
const lookupNs = ((performance.now() - t0) / 100_000) * 1e6;

console.log(`containers per chip          ${placed.length}`);
console.log(`words per chip               ${words}`);
console.log(`encode full chip             ${encodeMs.toFixed(2)} ms  (${((words / encodeMs) * 1e3 / 1e6).toFixed(1)} M words/s)`);
console.log(`decode full chip             ${decodeMs.toFixed(2)} ms  (${((decoded / reps / decodeMs) * 1e3 / 1e6).toFixed(2)} M containers/s)`);
console.log(`register table build         ${tableMs.toFixed(0)} ms  (${table.words} words, ${table.containers.length} container types)`);
console.log(`register lookup              ${lookupNs.toFixed(0)} ns/address  (${hits} mapped of 100000 probed)`);
