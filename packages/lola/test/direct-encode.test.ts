/**
 * lola's streamed encoders (word tables, LeafWriters, reused NeuronConfigs) against the real haldls: they
 * must emit exactly the words of the leaf-by-leaf encoding (`leaves()` -> each haldls container's encode).
 */
import t, { type Test } from 'tap';
import { CollectingSink, type Container, type Coordinate } from '@bss2/haldls';
import { ValueRangeError } from '@bss2/fisch';
import { AtomicNeuron, AtomicNeuronOnDLS, AtomicNeuronType, Chip, ChipOnDLS, ChipType, halAdapter, SynapseMatrix, SynapseMatrixType, SynapseRow, SynapseRowType, synapseRowOnDLS, SynramOnDLS, useHaldlsExports, type Composite } from '@bss2/lola';

useHaldlsExports(null);

function leafWords(c: Composite, coord: Coordinate): CollectingSink {
  const sink = new CollectingSink();
  for (const l of c.leaves(coord)) l.container.encode(l.coord, sink);
  return sink;
}

function streamedWords(c: Container, coord: Coordinate): CollectingSink {
  const sink = new CollectingSink();
  c.encode(coord, sink);
  return sink;
}

function sameWords(t: Test, a: CollectingSink, b: CollectingSink, what: string): void {
  t.equal(a.addresses.length, b.addresses.length, `${what}: word count`);
  let bad = -1;
  for (let i = 0; i < a.addresses.length && bad < 0; i++) if (a.addresses[i] !== b.addresses[i] || a.values[i] !== b.values[i]) bad = i;
  t.equal(bad, -1, `${what}: first differing word`);
  t.same(a.messages, b.messages, `${what}: messages`);
}

let seed = 12345;
function rand(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
}

function randomChip(): Chip {
  const chip = new Chip();
  for (const b of chip.synapseBlocks) {
    const m = b.matrix;
    for (let i = 0; i < 65536; i++) {
      m.weights[i] = rand(64);
      m.labels[i] = rand(64);
      m.timeCalibs[i] = rand(4);
      m.ampCalibs[i] = rand(4);
    }
    b.iBiasDac = [rand(1024), rand(1024)];
  }
  const sources = ['membrane', 'exc_synin', 'inh_synin', 'adaptation'] as const;
  const outputs = ['off', 'normal', 'strong'] as const;
  chip.neuronBlock.atomicNeurons.forEach((n, i) => {
    // runs of equal digital configuration (the reuse path) mixed with changes
    if (i % 5 === 0) return;
    n.set({
      leak: { vLeak: rand(1024), iBias: rand(1023), enableDivision: i % 3 === 0 },
      threshold: { enable: i % 2 === 0, vThreshold: rand(1023) },
      eventRouting: { analogOutput: outputs[(i >> 2) % 3]!, address: (i >> 3) & 255 },
      readout: { source: sources[(i >> 4) % 4]! },
      constantCurrent: { type: i % 7 === 0 ? 'sink' : 'source', iOffset: rand(1023) },
      bayesian: { operation: i % 11 === 0 ? 'XNOR' : 'local' },
      refractoryPeriod: { refractoryTime: rand(256) },
      adaptation: { vRef: rand(1023), iBiasB: rand(1023) },
    });
  });
  for (let i = 0; i < chip.externalPpuMemory.bytes.length; i++) chip.externalPpuMemory.bytes[i] = rand(256);
  chip.capmem.unusedCells = chip.capmem.unusedCells.map(() => rand(1024));
  return chip;
}

t.test('real haldls: the synapse quads have word tables', async (t) => {
  t.ok(halAdapter.leafWriter('SynapseQuad', 'SynapseQuadOnDLS').direct);
  t.ok(halAdapter.leafWriter('CapMemCell', 'CapMemCellOnDLS').direct);
});

t.test('real haldls: streamed Chip encoding equals the leaf-by-leaf encoding', async (t) => {
  const def = new Chip();
  sameWords(t, streamedWords(def, ChipOnDLS), leafWords(def, ChipOnDLS), 'default chip');
  const chip = randomChip();
  sameWords(t, streamedWords(chip, ChipOnDLS), leafWords(chip, ChipOnDLS), 'random chip');
  t.equal(streamedWords(chip, ChipOnDLS).addresses.length, 126842);
});

t.test('real haldls: out-of-range values still fail with a typed error on the streamed path', async (t) => {
  const m = new SynapseMatrix();
  m.weights[300] = 64;
  t.throws(() => m.encode(SynramOnDLS.top, new CollectingSink()), ValueRangeError);
  const chip = new Chip();
  (chip.neuronBlock.atomicNeurons[3]!.leak as { vLeak: number }).vLeak = 1024;
  t.throws(() => chip.encode(ChipOnDLS, new CollectingSink()), ValueRangeError);
  (chip.neuronBlock.atomicNeurons[3]!.leak as { vLeak: number }).vLeak = 0;
  (chip.neuronBlock.atomicNeurons[4]!.membraneCapacitance as { capacitance: number }).capacitance = 64;
  t.throws(() => chip.encode(ChipOnDLS, new CollectingSink()), /membraneCapacitance/);
  t.ok(new AtomicNeuron().equals(new AtomicNeuron()));
});

t.test('stand-in haldls without encodeWords: leaves are built one by one', async (t) => {
  const log: number[] = [];
  class Coord {
    readonly typeName = 'CellOnDLS';
    constructor(readonly e: number) {}
    toEnum(): number {
      return this.e;
    }
    equals(): boolean {
      return false;
    }
  }
  const Cell = {
    typeName: 'Cell',
    coordinateTypeName: 'CellOnDLS',
    readable: false,
    writable: true,
    readAddresses: () => [],
    decode: () => undefined,
    create: () => undefined,
    from: (f: { value: number }) => ({ encode: (c: Coordinate, s: { omnibusWrite(a: number, v: number): void }) => (log.push(f.value), s.omnibusWrite(c.toEnum(), f.value)) }),
  };
  useHaldlsExports({ Cell, CellOnDLS: Coord });
  const w = halAdapter.leafWriter<{ value: number }>('Cell', 'CellOnDLS');
  t.equal(w.direct, false);
  const sink = new CollectingSink();
  w.write(sink, 7, { value: 3 });
  t.same([sink.addresses, sink.values, log], [[7], [3], [3]]);
  t.throws(() => w.addresses(0), /no direct word encoding/);
  t.equal(halAdapter.wordTables('Cell', 'CellOnDLS', 'x', () => ({ value: 0 }), [], 1), undefined);
  useHaldlsExports(null);
});

t.test('real haldls: fast decode and read addresses equal the slot-wise ones', async (t) => {
  const chip = randomChip();
  const sink = streamedWords(chip, ChipOnDLS);
  const words = Uint32Array.from(sink.values);
  const decoded = ChipType.decode(ChipOnDLS, words);
  t.ok(decoded.equals(chip), 'decode(encode(chip)) equals chip');
  t.ok(ChipType.decode(ChipOnDLS, [...words]).equals(chip), 'from a number[]');
  // slot-wise reference: every leaf decoded by haldls, then fromLeaves
  const slots = ChipType.slots(ChipOnDLS);
  const leaves: Container[] = [];
  const addresses: number[] = [];
  let pos = 0;
  for (const s of slots) {
    const a = s.type.readAddresses(s.coord);
    addresses.push(...a);
    leaves.push(s.type.decode(s.coord, words.subarray(pos, pos + a.length)));
    pos += a.length;
  }
  t.equal(pos, words.length);
  t.ok(ChipType.fromLeaves(ChipOnDLS, leaves).equals(decoded), 'slot-wise decode agrees');
  t.same(ChipType.readAddresses(ChipOnDLS), addresses, 'read addresses');
  t.same(ChipType.readAddresses(ChipOnDLS), sink.addresses, 'read addresses equal the write addresses');
  t.throws(() => ChipType.decode(ChipOnDLS, words.subarray(0, words.length - 1)), /end of buffer/);
  t.throws(() => ChipType.decode(ChipOnDLS, Uint32Array.from([...words, 0])), /surplus/);
});

t.test('real haldls: a read-back quad word with bits no table produces is decoded by haldls', async (t) => {
  const m = new SynapseMatrix();
  m.weights[5] = 17;
  const sink = streamedWords(m, SynramOnDLS.top);
  const words = Uint32Array.from(sink.values);
  const back = SynapseMatrixType.decode(SynramOnDLS.top, words);
  t.ok(back.equals(m));
  const row = new SynapseRow();
  row.labels[9] = 33;
  const rw = Uint32Array.from(streamedWords(row, synapseRowOnDLS(3, 1)).values);
  t.ok(SynapseRowType.decode(synapseRowOnDLS(3, 1), rw).equals(row));
  // a CapMem cell word with bits above the value: haldls decides (it masks them off)
  const n = new AtomicNeuron({ leak: { vLeak: 700 } });
  const coord = AtomicNeuronOnDLS.fromEnum(300);
  const nw = Uint32Array.from(streamedWords(n, coord).values);
  const ncWords = AtomicNeuronType.slots(coord)[0]!.type.readAddresses(AtomicNeuronType.slots(coord)[0]!.coord).length;
  const cellIndex = ncWords + 10; // v_leak is the 11th cell in write order
  t.equal(nw[cellIndex], 700);
  nw[cellIndex] = (nw[cellIndex]! | 0x8000_0000) >>> 0;
  const cellSlot = AtomicNeuronType.slots(coord)[1 + 10]!;
  const haldlsValue = (cellSlot.type.decode(cellSlot.coord, [nw[cellIndex]!]) as unknown as { value: number }).value;
  t.equal((AtomicNeuronType.decode(coord, nw).leak as { vLeak: number }).vLeak, haldlsValue);
});
