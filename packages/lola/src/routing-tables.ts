/**
 * FPGA routing tables (Omnibus only): OutputRoutingTable (2^16 entries) and InputRoutingTable (2^15 entries),
 * each a sequence of haldls entry containers written in entry order. Entries are created with haldls
 * defaults on first access (the tables are large; unused tables cost nothing).
 */
import type { Container, Coordinate } from '@bss2/haldls';
import { Composite, containersEqual, defineComposite, LolaCoordinate, type CompositeType, type Leaf } from './composite.js';
import * as hal from './hal.js';

interface TableSpec {
  readonly name: string;
  readonly entryType: string;
  readonly entryCoord: string;
  readonly size: number;
}
const OUTPUT: TableSpec = { name: 'OutputRoutingTable', entryType: 'OutputRoutingTableEntry', entryCoord: 'OutputRoutingTableEntryOnFPGA', size: 1 << 16 };
const INPUT: TableSpec = { name: 'InputRoutingTable', entryType: 'InputRoutingTableEntry', entryCoord: 'InputRoutingTableEntryOnFPGA', size: 1 << 15 };

export const OutputRoutingTableOnFPGA = new LolaCoordinate('OutputRoutingTableOnFPGA', 1);
export const InputRoutingTableOnFPGA = new LolaCoordinate('InputRoutingTableOnFPGA', 1);

abstract class RoutingTable extends Composite {
  protected abstract readonly spec: TableSpec;
  private entriesValue: Container[] | undefined;
  /** The table entries (haldls containers), indexed by entry. */
  get entries(): Container[] {
    return (this.entriesValue ??= Array.from({ length: this.spec.size }, () => hal.containerType(this.spec.entryType).create()));
  }
  set entries(v: Container[]) {
    if (v.length !== this.spec.size) throw new RangeError(`${this.spec.name} needs ${this.spec.size} entries, got ${v.length}`);
    this.entriesValue = [...v];
  }
  leaves(_coord: Coordinate): Leaf[] {
    return this.entries.map((c, i) => ({ coord: hal.coordinate(this.spec.entryCoord, i), container: c }));
  }
  equals(o: Container): boolean {
    return o instanceof RoutingTable && o.spec === this.spec && containersEqual(this.entries, o.entries);
  }
  toJSON(): unknown[] {
    return this.entries.map((e) => e.toJSON());
  }
}

export class OutputRoutingTable extends RoutingTable {
  protected readonly spec = OUTPUT;
  get containerType(): CompositeType<OutputRoutingTable> {
    return OutputRoutingTableType;
  }
}
export class InputRoutingTable extends RoutingTable {
  protected readonly spec = INPUT;
  get containerType(): CompositeType<InputRoutingTable> {
    return InputRoutingTableType;
  }
}

function tableType<C extends RoutingTable>(spec: TableSpec, make: () => C): CompositeType<C> {
  return defineComposite<C>({
    typeName: spec.name,
    coordinateTypeName: `${spec.name}OnFPGA`,
    create: make,
    slots: () => {
      const type = hal.containerType(spec.entryType);
      return Array.from({ length: spec.size }, (_, i) => ({ coord: hal.coordinate(spec.entryCoord, i), type }));
    },
    fromLeaves: (_c, leaves) => {
      const t = make();
      t.entries = [...leaves];
      return t;
    },
  });
}

export const OutputRoutingTableType: CompositeType<OutputRoutingTable> = tableType(OUTPUT, () => new OutputRoutingTable());
export const InputRoutingTableType: CompositeType<InputRoutingTable> = tableType(INPUT, () => new InputRoutingTable());
