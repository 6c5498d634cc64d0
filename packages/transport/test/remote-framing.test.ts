import t from 'tap';
import fc from 'fast-check';
import { FairQueue, FrameReader, ProgramTooLargeError, RemoteProtocolError, encodeFrame, frameHeader } from '@bss2/transport';

t.test('frames survive any chunking (property)', async (t) => {
  t.doesNotThrow(() => fc.assert(
    fc.property(
      fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 }),
      fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 20 }),
      (payloads, cuts) => {
        const stream = Buffer.concat(payloads.map((p) => encodeFrame(p)));
        const reader = new FrameReader(1000);
        const got: Uint8Array[] = [];
        let pos = 0;
        let i = 0;
        while (pos < stream.length) {
          const n = cuts[i++ % cuts.length]!;
          got.push(...reader.push(stream.subarray(pos, pos + n)));
          pos += n;
        }
        return reader.atBoundary && reader.pendingBytes === 0 && got.length === payloads.length && got.every((g, k) => Buffer.compare(Buffer.from(g), Buffer.from(payloads[k]!)) === 0);
      },
    ),
    { seed: 42, numRuns: 200 },
  ));
});

t.test('frame header is a base-128 varint', async (t) => {
  t.same([...frameHeader(0)], [0]);
  t.same([...frameHeader(127)], [127]);
  t.same([...frameHeader(300)], [0xac, 0x02]);
  t.same([...frameHeader(1280 * 1024 * 1024)], [0x80, 0x80, 0x80, 0x80, 0x05]);
});

t.test('oversized and garbage length prefixes are rejected before buffering', async (t) => {
  const r = new FrameReader(100);
  t.throws(() => r.push(frameHeader(101)), ProgramTooLargeError);
  t.throws(() => new FrameReader(100).push(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0x01)), RemoteProtocolError);
  const partial = new FrameReader(100);
  t.same(partial.push(Uint8Array.of(5, 1, 2)), []);
  t.equal(partial.pendingBytes, 2);
  t.notOk(partial.atBoundary);
});

t.test('fair queue serves users round-robin and keeps each user FIFO (property)', async (t) => {
  const q = new FairQueue<string>();
  t.equal(q.shift(), undefined);
  for (const x of ['a1', 'a2', 'a3']) q.push('a', x);
  q.push('b', 'b1');
  q.push('c', 'c1');
  q.push('b', 'b2');
  t.equal(q.size, 6);
  t.equal(q.sizeOf('b'), 2);
  const order: string[] = [];
  for (let x = q.shift(); x !== undefined; x = q.shift()) order.push(x);
  t.same(order, ['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom('u', 'v', 'w', 'x'), fc.boolean()), { maxLength: 60 }), (ops) => {
      const fq = new FairQueue<[string, number]>();
      const served = new Map<string, number[]>();
      let n = 0;
      for (const [user, isPush] of ops) {
        if (isPush || fq.size === 0) fq.push(user, [user, n++]);
        else {
          const [u, k] = fq.shift()!;
          served.set(u, [...(served.get(u) ?? []), k]);
        }
      }
      // drain: no two consecutive services of one user while another has work, FIFO per user
      let prev = '';
      while (fq.size > 0) {
        const before = new Set(['u', 'v', 'w', 'x'].filter((u) => fq.sizeOf(u) > 0));
        const [u, k] = fq.shift()!;
        if (before.size > 1 && u === prev) return false;
        prev = u;
        served.set(u, [...(served.get(u) ?? []), k]);
      }
      for (const ks of served.values()) for (let i = 1; i < ks.length; i++) if (ks[i]! < ks[i - 1]!) return false;
      return true;
    }),
    { seed: 7, numRuns: 300 },
  );
  const r = new FairQueue<number>();
  [1, 2, 3, 4, 5].forEach((x) => r.push(x % 2 ? 'odd' : 'even', x));
  t.same(r.removeWhere((x) => x > 2).sort(), [3, 4, 5]);
  t.equal(r.size, 2);
  t.same(r.removeWhere((x) => x === 1), [1]);
  t.equal(r.shift(), 2);
  t.equal(r.size, 0);
});
