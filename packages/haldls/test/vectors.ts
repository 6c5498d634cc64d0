/**
 * Helpers for reference-vector tests (haldls.md 6.2): encode a container at a coordinate and compare the
 * exact (address, word) lists.
 */
import { CollectingSink, type Container, type Coordinate } from '@bss2/haldls';

export function writes(c: Container, coord: Coordinate): { addresses: number[]; words: number[] } {
  const sink = new CollectingSink();
  c.encode(coord, sink);
  return { addresses: sink.addresses, words: sink.values };
}

export const hex = (xs: readonly number[]): string[] => xs.map((x) => '0x' + (x >>> 0).toString(16));
