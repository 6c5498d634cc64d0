/**
 * Protobuf and JSON round trips of every container type (random legal values) and every coordinate type.
 */
import t from 'tap';
import fc from 'fast-check';
import { InvalidArgumentError } from '@bss2/fisch';
import {
  coordinateClasses,
  coordinateFromJSON,
  definedContainerTypes,
  deserializeContainer,
  deserializeContainerList,
  deserializeCoordinate,
  serializeContainer,
  serializeContainerList,
  serializeCoordinate,
} from '@bss2/haldls';
import { haldls as pb } from '../src/gen/haldls.js';
import { valuesArbitrary } from './arbitrary.js';

t.test('every container type round-trips through protobuf', async (t) => {
  for (const type of definedContainerTypes()) {
    fc.assert(
      fc.property(valuesArbitrary(type), (values) => {
        let c;
        try {
          c = type.create().with(values as never);
        } catch {
          return; // cross-field rule rejected this combination
        }
        const back = deserializeContainer(serializeContainer(c));
        if (!back.equals(c)) throw new Error(`${type.typeName}: ${c.toString()} -> ${back.toString()}`);
      }),
      { numRuns: 20 },
    );
  }
  t.pass('all container types');
});

t.test('every coordinate type round-trips through protobuf and JSON', async (t) => {
  for (const cls of coordinateClasses()) {
    for (const e of new Set([0, cls.size - 1, Math.floor(cls.size / 3)])) {
      const c = cls.fromEnum(e);
      t.ok(deserializeCoordinate(serializeCoordinate(c)).equals(c), c.toString());
      t.ok(coordinateFromJSON(JSON.parse(JSON.stringify(c)) as { type: string; enum: number }).equals(c));
    }
  }
});

t.test('container lists keep order and placement', async (t) => {
  const types = definedContainerTypes().slice(0, 5);
  const entries = types.map((type, i) => ({ coordinate: type.definition.coordinate.fromEnum(i % type.definition.coordinate.size), container: type.create() }));
  const back = deserializeContainerList(serializeContainerList(entries));
  t.equal(back.length, entries.length);
  back.forEach((b, i) => {
    t.ok(b.coordinate.equals(entries[i]!.coordinate));
    t.ok(b.container.equals(entries[i]!.container));
  });
});

t.test('malformed data is rejected with typed errors', async (t) => {
  t.throws(() => deserializeContainer(pb.ContainerMessage.encode({ type: 'NoSuchContainer' }).finish()), InvalidArgumentError);
  const type = definedContainerTypes()[0]!;
  t.throws(() => deserializeContainer(pb.ContainerMessage.encode({ type: type.typeName, fields: [{ name: 'nope', numbers: [1] }] }).finish()), InvalidArgumentError);
  t.throws(() => deserializeCoordinate(pb.CoordinateMessage.encode({ type: 'NoSuchCoord', enum: 0 }).finish()), InvalidArgumentError);
  t.throws(() => deserializeContainerList(pb.ContainerList.encode({ entries: [{ coordinate: { type: 'SynramOnDLS', enum: 0 } }] }).finish()), InvalidArgumentError);
  t.throws(
    () => deserializeContainerList(pb.ContainerList.encode({ entries: [{ coordinate: { type: 'SynramOnDLS', enum: 0 }, container: { type: type.typeName } }] }).finish()),
    InvalidArgumentError,
  );
  t.throws(() => coordinateFromJSON({ type: 'NoSuchCoord', enum: 1 }));
});
