/** Minimal containers implementing the haldls contract, so stadls can be tested without real haldls types. */
import type { Container, ContainerType, Coordinate, EncodeSink } from '@bss2/haldls';

export class FakeCoord implements Coordinate {
  constructor(readonly typeName: string, readonly index: number) {}
  toEnum(): number {
    return this.index;
  }
  equals(o: Coordinate): boolean {
    return o.typeName === this.typeName && o.toEnum() === this.index;
  }
  toString(): string {
    return `${this.typeName}(${this.index})`;
  }
}

export interface FakeTypeOptions {
  readable?: boolean;
  writable?: boolean;
  differentialWrite?: boolean;
  unsupportedReadTargets?: ('hardware' | 'simulation')[];
}

/** A register container of `n` words at `base + 16*coord + i`. */
export function makeFakeType(name: string, n: number, base: number, opts: FakeTypeOptions = {}) {
  class Fake implements Container {
    static readonly typeName = name;
    static readonly coordinateTypeName = `${name}OnDLS`;
    static readonly readable = opts.readable ?? true;
    static readonly writable = opts.writable ?? true;
    static readonly differentialWrite = opts.differentialWrite ?? true;
    static readonly unsupportedReadTargets = opts.unsupportedReadTargets ?? [];
    readonly containerType: ContainerType = Fake as unknown as ContainerType;
    constructor(readonly words: number[] = new Array(n).fill(0)) {}
    static readAddresses(coord: Coordinate): number[] {
      return Fake.readable ? Array.from({ length: n }, (_, i) => base + 16 * coord.toEnum() + i) : [];
    }
    static decode(_coord: Coordinate, words: ArrayLike<number>): Fake {
      return new Fake(Array.from(words));
    }
    static create(): Fake {
      return new Fake();
    }
    encode(coord: Coordinate, sink: EncodeSink): void {
      if (!Fake.writable) return;
      this.words.forEach((w, i) => sink.omnibusWrite(base + 16 * coord.toEnum() + i, w));
    }
    equals(o: Container): boolean {
      return o instanceof Fake && o.words.every((w, i) => w === this.words[i]);
    }
    toString(): string {
      return `${name}(${this.words.join(',')})`;
    }
    toJSON(): unknown {
      return { words: this.words };
    }
  }
  return Fake;
}
