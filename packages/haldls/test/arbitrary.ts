/**
 * fast-check arbitraries derived from field descriptors: random legal field values for any container.
 */
import fc from 'fast-check';
import type { DefinedContainerType, FieldSpec, Scalar } from '@bss2/haldls';

export function scalarArbitrary(s: Scalar): fc.Arbitrary<unknown> {
  switch (s.kind) {
    case 'bool':
      return fc.boolean();
    case 'int':
      return fc.integer({ min: s.min, max: s.max });
    case 'enum':
      return fc.constantFrom(...s.values);
    case 'bigint':
      return fc.bigInt({ min: 0n, max: s.max });
  }
}

export function fieldArbitrary(f: FieldSpec): fc.Arbitrary<unknown> {
  const a = scalarArbitrary(f.scalar);
  return f.length === undefined ? a : fc.array(a, { minLength: f.length, maxLength: f.length });
}

/** Random values for every field of `type`. */
export function valuesArbitrary(type: DefinedContainerType): fc.Arbitrary<Record<string, unknown>> {
  const rec: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of type.fields) rec[f.name] = fieldArbitrary(f);
  return fc.record(rec);
}

/** Random coordinate enum of `type`'s coordinate (sizes up to 2^28 are fine: no enumeration). */
export function coordEnumArbitrary(type: DefinedContainerType): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: type.definition.coordinate.size - 1 });
}
