/**
 * Generic checks applied to every container type (haldls.md 6.1): defaults, printing, JSON, field
 * validation, and encode -> decode identity for random legal values at random coordinates.
 */
import t from 'tap';
import fc from 'fast-check';
import { CollectingSink, definedContainerTypes, type DefinedContainerType } from '@bss2/haldls';
import { InvalidArgumentError, ValueRangeError, ValueTypeError } from '@bss2/fisch';
import { coordEnumArbitrary, valuesArbitrary } from './arbitrary.js';

const types = definedContainerTypes();

t.test('every container type is registered once under a unique name', async (t) => {
  const names = types.map((c) => c.typeName);
  t.same(new Set(names).size, names.length);
  t.ok(types.length > 0);
});

for (const type of types) {
  t.test(type.typeName, async (t) => {
    const def = type.create();
    t.ok(def.equals(type.create()), 'default equals default');
    t.match(def.toString(), new RegExp(`^${type.typeName}`), 'prints its name');
    t.ok(type.fromJSON(JSON.parse(JSON.stringify(def.toJSON())) as Record<string, unknown>).equals(def), 'JSON round trip of the default');
    const coord = type.definition.coordinate.fromEnum(0);
    t.equal(type.readAddresses(coord).length > 0 || !type.readable, true, 'readable types have read addresses');

    // Unknown field names and out-of-range values are rejected with typed errors.
    t.throws(() => def.with({ noSuchField: 1 } as never), InvalidArgumentError);
    for (const f of type.fields) {
      const bad = f.scalar.kind === 'int' ? f.scalar.max + 1 : f.scalar.kind === 'bool' ? 7 : f.scalar.kind === 'enum' ? 'no-such-value' : -1n;
      const v = f.length === undefined ? bad : new Array(f.length).fill(bad);
      let err: unknown;
      try {
        def.with({ [f.name]: v } as never);
      } catch (e) {
        err = e;
      }
      t.ok(err instanceof ValueRangeError || err instanceof ValueTypeError, `${f.name} rejects ${String(bad)} with a typed error`);
    }

    fc.assert(
      fc.property(valuesArbitrary(type), coordEnumArbitrary(type), (values, e) => {
        let c;
        try {
          c = type.create().with(values as never);
        } catch (err) {
          if (err instanceof InvalidArgumentError || err instanceof ValueRangeError) return; // cross-field rule
          throw err;
        }
        const json = JSON.parse(JSON.stringify(c.toJSON())) as Record<string, unknown>;
        if (!type.fromJSON(json).equals(c)) throw new Error(`JSON round trip failed for ${c.toString()}`);
        if (!type.readable || !type.writable || type.definition.noRoundTrip || type.definition.emit) return;
        const k = type.definition.coordinate.fromEnum(e);
        const sink = new CollectingSink();
        c.encode(k, sink);
        if (sink.addresses.join() !== type.readAddresses(k).join()) return; // asymmetric layout: covered by vectors
        const back = type.decode(k, sink.values);
        if (!back.equals(c)) throw new Error(`${type.typeName} round trip at ${k.toString()}:\n  wrote ${c.toString()}\n  read  ${back.toString()}`);
      }),
      { numRuns: 60 },
    );
  });
}

/** Exported for container-specific tests. */
export function encodeAt(type: DefinedContainerType, c: ReturnType<DefinedContainerType['create']>, e: number): CollectingSink {
  const sink = new CollectingSink();
  c.encode(type.definition.coordinate.fromEnum(e), sink);
  return sink;
}
