import t from 'tap';
import { InvalidArgumentError } from '@bss2/fisch';
import {
  at,
  bool,
  big,
  boolArray,
  compileLayout,
  defineContainer,
  defineCoordinate,
  enumeration,
  intArray,
  reversedAt,
  scatteredAt,
  split,
  uint,
  type FieldSpec,
  type Placement,
} from '@bss2/haldls';

const MODES = ['off', 'a', 'b', 'ab'] as const;
const fields: readonly FieldSpec[] = [
  bool('flag'),
  bool('negated', true),
  uint('value', 5),
  enumeration('mode', MODES),
  uint('reversed', 4),
  uint('split', 8),
  intArray('lanes', 3, 0, 3),
  boolArray('bits', 2),
];
const layout: Record<string, Placement> = {
  flag: at(0, 0),
  negated: at(0, 1, { invert: true }),
  value: at(0, 27), // reaches bit 31: the words stay unsigned
  mode: scatteredAt(1, [4, 6]),
  reversed: reversedAt(1, 0, 4),
  split: split([[2, 28, 4], [1, 8, 4]], { invert: true }),
  lanes: at(2, 0, { stride: { bit: 4 } }),
  bits: at(3, 0, { stride: { word: 1 } }),
};

t.test('derived encode/decode: every placement kind, words unsigned, round trip', async (t) => {
  const c = compileLayout('Test', fields, layout);
  t.equal(c.words, 5, 'highest placed word + 1 (the bool array reaches word 4)');
  const v = { flag: true, negated: true, value: 31, mode: 'b', reversed: 0b0001, split: 0xa5, lanes: [1, 2, 3], bits: [false, true] };
  const w = c.encode(v);
  t.same(w, [
    0x1 | (31 << 27 >>> 0),
    (1 << 6) | 0b1000 | ((~0xa5 >>> 4) & 0xf) << 8,
    ((~0xa5 & 0xf) << 28 >>> 0) | 1 | (2 << 4) | (3 << 8),
    0,
    1,
  ].map((x) => x >>> 0));
  t.ok(w.every((x) => x >= 0 && x <= 0xffff_ffff));
  t.same(c.decode(w), v);
  t.same(c.decode([]), { flag: false, negated: true, value: 0, mode: 'off', reversed: 0, split: 0xff, lanes: [0, 0, 0], bits: [false, false] }, 'missing words read as 0');
  t.equal(compileLayout('Test', fields, layout, 7).words, 7, 'at least minWords words');
});

t.test('layout errors name the container and field', async (t) => {
  const bad = (l: Record<string, Placement>, f: readonly FieldSpec[] = fields) => () => compileLayout('Test', f, l);
  const { flag: _unused, ...withoutFlag } = layout;
  t.throws(bad(withoutFlag), { constructor: InvalidArgumentError, message: /Test\.flag: the layout does not place this field/ });
  t.throws(bad({ ...layout, nope: at(0, 9) }), /layout places "nope", which is not a field/);
  t.throws(bad({ ...layout, value: at(0, 0) }), /value and flag both use bit 0 of word 0|flag and value both use bit 0 of word 0/);
  t.throws(bad({ ...layout, value: at(0, 20, { width: 3 }) }), /width 3 is too small/);
  t.throws(bad({ ...layout, value: at(0, 30) }), /outside a 32-bit word/);
  t.throws(bad({ ...layout, mode: scatteredAt(1, [4]) }), /1 bits placed, its codes need 2/);
  t.throws(bad({ ...layout, flag: { word: 0 } }), /needs bit or bits/);
  t.throws(bad({ wide: at(0, 0) }, [big('wide', 40)]), /bigint fields need a hand-written encode\/decode/);
  t.throws(bad({ signed: at(0, 0) }, [{ name: 'signed', scalar: { kind: 'int', min: -1, max: 1 }, default: 0 }]), /spans -1\.\.1/);
});

t.test('defineContainer with a layout', async (t) => {
  const Coord = defineCoordinate('LayoutTestOnDLS', 2);
  const Reg = defineContainer({
    name: 'LayoutTestRegister',
    coordinate: Coord,
    fields: [bool('enable'), enumeration('mode', ['x', 'y', 'z'])],
    addresses: (c) => [0x100 + 3 * c.toEnum(), 0x101 + 3 * c.toEnum(), 0x102 + 3 * c.toEnum()],
    layout: { enable: at(0, 3), mode: at(1, 0) },
    excludeFromRegisterTable: true,
  });
  const c = new Reg({ enable: true, mode: 'z' });
  t.same(Reg.encodeWords(c, new Coord(1)), [8, 2, 0], 'one word per address, the unplaced third word 0');
  t.ok(Reg.decode(new Coord(0), [8, 2, 0]).equals(c));
  t.throws(() => Reg.decode(new Coord(0), [0, 3, 0]), /mode/, 'a code outside the enumeration is a typed error');
  t.throws(
    () =>
      defineContainer({
        name: 'LayoutTestBoth',
        coordinate: Coord,
        fields: [bool('enable')],
        addresses: () => [0x200],
        layout: { enable: at(0, 0) },
        encode: () => [0],
      }),
    /give a layout or encode\/decode, not both/,
  );
});
