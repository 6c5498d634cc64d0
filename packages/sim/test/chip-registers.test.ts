/**
 * The chip model's caches of haldls answers (packages/sim/src/physics/chip-registers.ts) must answer what
 * haldls answers: the inverse of the followed containers' write addresses equals `lookupRegister`.
 */
import t from 'tap';
import { lookupRegister, type CoordinateBase } from '@bss2/haldls';
import { FOLLOWED_TYPES, followedAt, followedCoordinate, followedKind, followedWord } from '../src/physics/chip-registers.js';

t.test('followedAt equals lookupRegister on every word the followed containers write', async (t) => {
  let words = 0;
  let mismatches = 0;
  FOLLOWED_TYPES.forEach((type) => {
    const cls = type.definition.coordinate as unknown as { fromEnum(e: number): CoordinateBase; readonly size: number };
    const writer = type as unknown as { writeAddresses(c: CoordinateBase): readonly number[] };
    for (let e = 0; e < cls.size; e++) {
      writer.writeAddresses(cls.fromEnum(e)).forEach((address) => {
        words++;
        const info = lookupRegister(address)!;
        const code = followedAt(address);
        const got = code < 0 ? undefined : { container: FOLLOWED_TYPES[followedKind(code)].typeName, coordinate: followedCoordinate(code), word: followedWord(code) };
        if (got === undefined || info === undefined || got.container !== info.container || got.coordinate !== info.coordinate || got.word !== info.word) {
          if (mismatches++ < 5) t.fail(`0x${address.toString(16)}: followedAt ${JSON.stringify(got)}, lookupRegister ${info?.name}`);
        }
      });
    }
  });
  t.equal(mismatches, 0, `${words} words agree`);
  t.ok(words > 150_000, 'every followed word checked');
});

t.test('addresses of no followed container are not followed', async (t) => {
  for (const address of [0, 0x0014_0000 + 30, 0x0100_0000, 0x02c8_0000, 0x0013_0065, 0x001a_1400]) {
    const info = lookupRegister(address);
    const followed = info !== undefined && FOLLOWED_TYPES.some((type) => type.typeName === info.container);
    t.equal(followedAt(address) >= 0, followed, `0x${address.toString(16)} (${info?.name ?? 'no container'})`);
  }
});
