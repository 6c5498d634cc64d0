/**
 * Coordinate -> container-type registry. `builder.read(coord)` needs the container type that lives on a
 * coordinate type (unique per container, as in halco). haldls and lola types are discovered from the
 * packages' exports (anything shaped like a `ContainerType`); `registerContainerType` adds or overrides.
 */
import { AccessError } from '@bss2/fisch';
import * as haldls from '@bss2/haldls';
import * as lola from '@bss2/lola';
import type { Container, ContainerType, Coordinate } from '@bss2/haldls';

const byCoordinate = new Map<string, ContainerType>();
const byName = new Map<string, ContainerType>();
let discovered = false;

/** True if `x` looks like a ContainerType (static side of a container class). */
export function isContainerType(x: unknown): x is ContainerType {
  if ((typeof x !== 'function' && typeof x !== 'object') || x === null) return false;
  const t = x as Partial<ContainerType>;
  return (
    typeof t.typeName === 'string' &&
    typeof t.coordinateTypeName === 'string' &&
    typeof t.readAddresses === 'function' &&
    typeof t.decode === 'function' &&
    typeof t.create === 'function'
  );
}

/** Registers a container type (later registrations for the same coordinate type win). */
export function registerContainerType(type: ContainerType): void {
  byCoordinate.set(type.coordinateTypeName, type);
  byName.set(type.typeName, type);
}

function discover(): void {
  if (discovered) return;
  discovered = true;
  // lola composites win over haldls for shared coordinate types; explicit registrations win over both
  const explicit = new Set(byCoordinate.keys());
  for (const mod of [haldls, lola] as Record<string, unknown>[]) {
    for (const v of Object.values(mod)) if (isContainerType(v) && !explicit.has(v.coordinateTypeName)) registerContainerType(v);
  }
}

/** The container type living on `coord`'s type; throws `AccessError` if none is known. */
export function containerTypeFor<C extends Container = Container>(coord: Coordinate): ContainerType<C> {
  discover();
  const t = byCoordinate.get(coord.typeName);
  if (!t) throw new AccessError(`No container type is registered for coordinate type ${coord.typeName}`);
  return t as ContainerType<C>;
}

/** The container type with this name, if registered or exported by haldls. */
export function containerTypeByName(name: string): ContainerType | undefined {
  discover();
  return byName.get(name);
}
