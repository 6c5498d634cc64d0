/**
 * Connectors turn a (pre size, post size) pair into an explicit connection list. They are plain functions so
 * users can write their own; the builder validates whatever they return (indices, weights, duplicates).
 */
import { InvalidArgumentError } from '@bss2/fisch';

/** A weight given as a constant, per (pre, post) pair, or as a dense matrix `[pre][post]`. */
export type WeightSpec = number | ((pre: number, post: number) => number) | readonly (readonly number[])[];

/** The explicit connections a connector produced (parallel arrays, one entry per connection). */
export interface ConnectionList {
  readonly pre: readonly number[];
  readonly post: readonly number[];
  readonly weight: readonly number[];
}

export type Connector = (preSize: number, postSize: number) => ConnectionList;

function weightOf(spec: WeightSpec, pre: number, post: number): number {
  if (typeof spec === 'number') return spec;
  if (typeof spec === 'function') return spec(pre, post);
  const row = spec[pre];
  const value = row?.[post];
  if (value === undefined) {
    throw new InvalidArgumentError(`weight matrix has no entry [${pre}][${post}]: it must be [pre size][post size]`);
  }
  return value;
}

/** Connects neuron i of pre to neuron i of post; both populations must have equal size. */
export function oneToOne(options: { readonly weight?: WeightSpec } = {}): Connector {
  const spec = options.weight ?? 0;
  return (preSize, postSize) => {
    if (preSize !== postSize) {
      throw new InvalidArgumentError(`oneToOne needs equal population sizes, got pre ${preSize} and post ${postSize}`);
    }
    const pre: number[] = [];
    const weight: number[] = [];
    for (let i = 0; i < preSize; i++) {
      pre.push(i);
      weight.push(weightOf(spec, i, i));
    }
    return { pre, post: pre, weight };
  };
}

/** Connects every pre neuron to every post neuron (pre-major order). */
export function allToAll(options: { readonly weight?: WeightSpec } = {}): Connector {
  const spec = options.weight ?? 0;
  return (preSize, postSize) => {
    const pre: number[] = [];
    const post: number[] = [];
    const weight: number[] = [];
    for (let i = 0; i < preSize; i++) {
      for (let j = 0; j < postSize; j++) {
        pre.push(i);
        post.push(j);
        weight.push(weightOf(spec, i, j));
      }
    }
    return { pre, post, weight };
  };
}

/** Explicit connections as `[pre, post, weight]` triples (weight defaults to 0 when omitted). */
export function fromList(list: readonly (readonly [number, number, number?])[]): Connector {
  return () => ({
    pre: list.map((c) => c[0]),
    post: list.map((c) => c[1]),
    weight: list.map((c) => c[2] ?? 0),
  });
}
