/** fast-check arbitraries of UT messages and a stream splitter, shared by the fisch tests. */
import fc from 'fast-check';
import type { FromFpgaMessage, ToFpgaMessage } from '@bss2/fisch';

export const u = (bits: number) => fc.integer({ min: 0, max: 2 ** bits - 1 });
export const event = fc.record({ timestamp: u(8), value: u(16) });

export const toFpgaArb: fc.Arbitrary<ToFpgaMessage> = fc.oneof(
  fc.constant({ type: 'jtag.Init' } as const),
  u(8).map((value) => ({ type: 'jtag.Scaler', value }) as const),
  u(7).map((value) => ({ type: 'jtag.Ins', value }) as const),
  fc
    .integer({ min: 3, max: 33 })
    .chain((numBits) =>
      fc.record({ type: fc.constant('jtag.Data' as const), keepResponse: fc.boolean(), numBits: fc.constant(numBits), payload: u(numBits) }),
    ),
  fc.constant({ type: 'timing.Setup' } as const),
  u(32).map((value) => ({ type: 'timing.WaitUntil', value }) as const),
  fc.boolean().map((value) => ({ type: 'timing.SystimeInit', value }) as const),
  u(5).map((mask) => ({ type: 'timing.Barrier', mask }) as const),
  fc.boolean().map((value) => ({ type: 'timing.PollingOmnibusBlock', value }) as const),
  fc.boolean().map((value) => ({ type: 'system.Reset', value }) as const),
  fc.boolean().map((tick) => ({ type: 'system.Loopback', tick }) as const),
  fc.record({ type: fc.constant('omnibus.Address' as const), address: u(32), byteEnables: u(4), isRead: fc.boolean() }),
  u(32).map((value) => ({ type: 'omnibus.Data', value }) as const),
  fc.array(u(16), { minLength: 1, maxLength: 3 }).map((labels) => ({ type: 'event.SpikePack', labels }) as const),
);

export const fromFpgaArb: fc.Arbitrary<FromFpgaMessage> = fc.oneof(
  u(33).map((value) => ({ type: 'jtag.Data', value }) as const),
  u(32).map((value) => ({ type: 'omnibus.Data', value }) as const),
  fc.boolean().map((tick) => ({ type: 'system.Loopback', tick }) as const),
  u(8).map((value) => ({ type: 'system.HighspeedLinkNotification', value }) as const),
  fc.record({
    type: fc.constant('system.TimeoutNotification' as const),
    instructionIndex: u(32),
    traceStallCount: u(7),
    omnibusReadsInFlight: u(6),
  }),
  // near the wrap and near 0 as well as anywhere
  fc
    .oneof(u(43), fc.integer({ min: 2 ** 43 - 300, max: 2 ** 43 - 1 }), fc.integer({ min: 0, max: 300 }))
    .map((value) => ({ type: 'timing.Systime', value }) as const),
  u(8).map((value) => ({ type: 'timing.Sysdelta', value }) as const),
  fc.array(event, { minLength: 1, maxLength: 3 }).map((samples) => ({ type: 'event.MADCSamplePack', samples }) as const),
  fc.array(event, { minLength: 1, maxLength: 3 }).map((spikes) => ({ type: 'event.SpikePack', spikes }) as const),
);

/** Splits `bytes` at the given cut points (sorted, deduplicated). */
export function chunk(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const pts = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of pts) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  out.push(bytes.subarray(prev));
  return out;
}
