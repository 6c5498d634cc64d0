/**
 * A stand-in for @bss2/haldls used to test lola's expansion order and round trips independently of the
 * real register layouts. Any `...OnDLS`/`...OnFPGA` name is a coordinate class; any other name is a container
 * type whose instances hold arbitrary fields. Each container encodes to ONE word at
 * `typeIndex * 2^22 + coord.toEnum()` whose value is an interned id of its field snapshot, so
 * write -> memory -> read -> decode reproduces exactly what was written.
 */
import type { Container, ContainerType, Coordinate, EncodeSink } from '@bss2/haldls';

const snapshots: string[] = ['{}'];
const ids = new Map<string, number>([['{}', 0]]);
const typeIndex = new Map<string, number>();
const DEFAULTS: Record<string, Record<string, unknown>> = {
  CapMemCell: { value: 0 },
  CADCSampleQuad: { samples: [0, 0, 0, 0] },
};

function intern(fields: Record<string, unknown>): number {
  const key = JSON.stringify(fields);
  let id = ids.get(key);
  if (id === undefined) {
    id = snapshots.length;
    snapshots.push(key);
    ids.set(key, id);
  }
  return id;
}

class FakeCoord implements Coordinate {
  constructor(readonly typeName: string, readonly e: number) {}
  toEnum(): number {
    return this.e;
  }
  equals(o: Coordinate): boolean {
    return o.typeName === this.typeName && o.toEnum() === this.e;
  }
  toString(): string {
    return `${this.typeName}(${this.e})`;
  }
}

function coordinateClass(name: string) {
  return class extends FakeCoord {
    static fromEnum(e: number): FakeCoord {
      return new FakeCoord(name, e);
    }
  };
}

/** Records every leaf write in order: (type name, coordinate enum). */
export const writeLog: { type: string; e: number }[] = [];
export let logWrites = false;
export function setLogWrites(v: boolean): void {
  logWrites = v;
  writeLog.length = 0;
}

function containerType(name: string): ContainerType {
  if (!typeIndex.has(name)) typeIndex.set(name, typeIndex.size + 1);
  const base = typeIndex.get(name)! * 2 ** 22;
  const make = (fields: Record<string, unknown>): Container => {
    const c = {
      containerType: type,
      encode(coord: Coordinate, sink: EncodeSink) {
        if (logWrites) writeLog.push({ type: name, e: coord.toEnum() });
        const data = c.toJSON();
        sink.omnibusWrite(base + coord.toEnum(), intern(data));
      },
      equals(o: Container) {
        return JSON.stringify(o.toJSON()) === JSON.stringify(c.toJSON()) && o.containerType === type;
      },
      toString() {
        return `${name}${JSON.stringify(c.toJSON())}`;
      },
      toJSON() {
        const { containerType: _t, encode: _e, equals: _q, toString: _s, toJSON: _j, with: _w, ...data } = c as unknown as Record<string, unknown>;
        return data;
      },
      with(f: Record<string, unknown>): Container {
        return make({ ...(c.toJSON() as Record<string, unknown>), ...f });
      },
      ...fields,
    };
    return c as Container;
  };
  const type: ContainerType = {
    typeName: name,
    coordinateTypeName: `${name}OnDLS`,
    readable: true,
    writable: name !== 'CADCSampleQuad',
    readAddresses: (coord: Coordinate) => [base + coord.toEnum()],
    decode: (_coord: Coordinate, words: ArrayLike<number>) => make({ ...(DEFAULTS[name] ?? {}), ...(JSON.parse(snapshots[words[0]!]!) as Record<string, unknown>) }),
    create: () => make(DEFAULTS[name] ?? {}),
  };
  return type;
}

const cache = new Map<string, unknown>();
/** The fake haldls export record. */
export const fakeHaldls: Record<string, unknown> = new Proxy({}, {
  get(_t, prop: string) {
    if (!cache.has(prop)) cache.set(prop, /On(DLS|FPGA|Board)$/.test(prop) ? coordinateClass(prop) : containerType(prop));
    return cache.get(prop);
  },
});
