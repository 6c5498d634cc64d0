/**
 * The two innermost loops of the chip model (the neuron update of one step and the per-row synaptic delivery),
 * written as kernel factories that close over the model's typed arrays, plus `specialise`, which gives every
 * model instance its own compiled copy of a factory.
 *
 * Why: V8 (TurboFan, node 20) re-checks the map, bounds and data pointer of a typed array that it does not
 * know as a constant on every access inside a loop; these loops touch 8-13 arrays per neuron or synapse, and
 * that bookkeeping cost 2-3x the arithmetic. A closure that is the only one created from its function
 * literal is compiled with its context specialised, so the arrays it closes over become constants (known
 * length and address, checks folded away). One shared factory gives that only to the first model of a
 * process; `specialise` compiles a fresh copy of the factory per model (a `Function` built from the
 * factory's own source, made unique so V8's compilation cache does not hand back a shared copy).
 *
 * Rules for factories passed to `specialise`: they are self-contained (they see only their parameters and
 * globals such as Math, not module imports), they return a single named function expression, and their
 * arithmetic is written in exactly the same order as the reference code, so results stay bit-identical
 * whether or not the copy is specialised (`BehaviouralChipModelOptions.specialiseKernels: false` runs the
 * factories directly, as the tests do to compare both). Where code generation is disallowed the factory is
 * used directly. A tool that instruments source text (istanbul-style coverage) would break the copies (they
 * would reference its counters): use V8 coverage, as tap does, or specialiseKernels: false.
 */

let instances = 0;

/**
 * Calls `factory(...args)` through a freshly compiled copy of the factory (or the factory itself when
 * `fresh` is false). The copy behaves exactly like the original; only its optimised code differs.
 */
export function specialise<A extends unknown[], R>(factory: (...args: A) => R, args: A, fresh = true): R {
  if (!fresh) return factory(...args);
  // `__name` is provided in case the source was emitted with keep-names helpers (tsx/esbuild)
  const source = `return (${factory.toString()});\n// bss2 sim kernel copy ${++instances}`;
  let copy: (...a: A) => R;
  try {
    copy = new Function('__name', source)((f: unknown) => f) as (...a: A) => R;
  } catch {
    return factory(...args); // code generation disallowed (e.g. a content security policy): same loops, unspecialised
  }
  return copy(...args);
}

/** Neuron update over (t0, t1], t1 - t0 = d cycles, for every neuron; returns the number of threshold candidates. */
export type StepKernel = (t0: number, t1: number, d: number) => number;

/**
 * The full grid step for linear neurons without trial noise: free neurons take the packed full-step
 * propagator `full` = [am, ae, ai, be, bi] per neuron, then the input charge collected during the step;
 * neurons inside their refractory time go through `general(i, t0, t1, d)` (the model's general per-neuron
 * path), which returns whether the neuron is a threshold candidate. (Kept apart from the partial-step loop:
 * one function holding both loops ran the full-step loop about 2x slower.)
 */
export function fullStepKernelFactory(
  v: Float64Array,
  je: Float64Array,
  ji: Float64Array,
  pendV: Float64Array,
  pendJe: Float64Array,
  pendJi: Float64Array,
  pendFlag: Uint8Array,
  refEnd: Float64Array,
  vInf: Float64Array,
  vThreshold: Float64Array,
  full: Float64Array,
  fired: Int32Array,
  firedVStart: Float64Array,
  firedSegStart: Float64Array,
  general: (i: number, t0: number, t1: number, d: number) => boolean,
): StepKernel {
  return function integrateFullStep(t0: number, t1: number, d: number): number {
    const count = v.length;
    let nFired = 0;
    for (let i = 0; i < count; i++) {
      if (t0 < refEnd[i]!) {
        if (general(i, t0, t1, d)) fired[nFired++] = i;
        continue;
      }
      const f = i * 5;
      const vin = vInf[i]!;
      let e = je[i]!;
      let h = ji[i]!;
      const vOld = v[i]!;
      let vi = vin + (vOld - vin) * full[f]! + e * full[f + 3]! + h * full[f + 4]!;
      e *= full[f + 1]!;
      h *= full[f + 2]!;
      if (pendFlag[i] === 1) {
        pendFlag[i] = 0;
        e += pendJe[i]!;
        h += pendJi[i]!;
        vi += pendV[i]!;
        pendJe[i] = 0;
        pendJi[i] = 0;
        pendV[i] = 0;
      }
      je[i] = e;
      ji[i] = h;
      v[i] = vi;
      if (vi >= vThreshold[i]!) {
        fired[nFired++] = i;
        firedVStart[i] = vOld;
        firedSegStart[i] = t0;
      }
    }
    return nFired;
  };
}

/** As fullStepKernelFactory for a partial step of d cycles: the propagators come from the tables at i*stride + d. */
export function partialStepKernelFactory(
  v: Float64Array,
  je: Float64Array,
  ji: Float64Array,
  pendV: Float64Array,
  pendJe: Float64Array,
  pendJi: Float64Array,
  pendFlag: Uint8Array,
  refEnd: Float64Array,
  vInf: Float64Array,
  vThreshold: Float64Array,
  am: Float64Array,
  ae: Float64Array,
  ai: Float64Array,
  be: Float64Array,
  bi: Float64Array,
  stride: number,
  fired: Int32Array,
  firedVStart: Float64Array,
  firedSegStart: Float64Array,
  general: (i: number, t0: number, t1: number, d: number) => boolean,
): StepKernel {
  return function integratePartialStep(t0: number, t1: number, d: number): number {
    const count = v.length;
    let nFired = 0;
    for (let i = 0; i < count; i++) {
      if (t0 < refEnd[i]!) {
        if (general(i, t0, t1, d)) fired[nFired++] = i;
        continue;
      }
      const k = i * stride + d;
      const vin = vInf[i]!;
      let e = je[i]!;
      let h = ji[i]!;
      const vOld = v[i]!;
      let vi = vin + (vOld - vin) * am[k]! + e * be[k]! + h * bi[k]!;
      e *= ae[k]!;
      h *= ai[k]!;
      if (pendFlag[i] === 1) {
        pendFlag[i] = 0;
        e += pendJe[i]!;
        h += pendJi[i]!;
        vi += pendV[i]!;
        pendJe[i] = 0;
        pendJi[i] = 0;
        pendV[i] = 0;
      }
      je[i] = e;
      ji[i] = h;
      v[i] = vi;
      if (vi >= vThreshold[i]!) {
        fired[nFired++] = i;
        firedVStart[i] = vOld;
        firedSegStart[i] = t0;
      }
    }
    return nFired;
  };
}

/**
 * Delivers the label-matched entries [begin, end) of one synapse row (see SynapseDelivery's label index)
 * to the neurons nBase + column: each adds x = weight * scale * gain (negated for inhibitory rows) to the
 * synaptic input through the exact propagators for `remaining` cycles. Returns the synaptic events.
 */
export type RowKernel = (begin: number, end: number, nBase: number, remaining: number, scale: number, inhibitory: boolean) => number;

export function rowKernelFactory(
  entryCol: Uint8Array,
  entryWeight: Float64Array,
  effExc: Float64Array,
  effInh: Float64Array,
  ae: Float64Array,
  ai: Float64Array,
  be: Float64Array,
  bi: Float64Array,
  pendJe: Float64Array,
  pendJi: Float64Array,
  pendV: Float64Array,
  pendFlag: Uint8Array,
  stride: number,
): RowKernel {
  return function deliverRow(begin: number, end: number, nBase: number, remaining: number, scale: number, inhibitory: boolean): number {
    let events = 0;
    if (!inhibitory) {
      for (let j = begin; j < end; j++) {
        const n = nBase + entryCol[j]!;
        const g = effExc[n]!;
        if (g === 0) continue;
        const x = entryWeight[j]! * scale * g;
        const k = n * stride + remaining;
        pendJe[n]! += x * ae[k]!;
        pendV[n]! += x * be[k]!;
        pendFlag[n] = 1;
        events++;
      }
    } else {
      for (let j = begin; j < end; j++) {
        const n = nBase + entryCol[j]!;
        const g = effInh[n]!;
        if (g === 0) continue;
        const x = -entryWeight[j]! * scale * g;
        const k = n * stride + remaining;
        pendJi[n]! += x * ai[k]!;
        pendV[n]! += x * bi[k]!;
        pendFlag[n] = 1;
        events++;
      }
    }
    return events;
  };
}
