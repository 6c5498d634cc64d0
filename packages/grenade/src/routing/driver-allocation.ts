/**
 * Synapse-driver allocation on the PADI buses.
 *
 * Each request (a chunk of sources sharing one 5-bit row-select "label" on one bus) needs a number of
 * drivers on that bus. A driver at position p forwards row select L iff (L & mask) == (p & mask). For a
 * driver serving label L the widest useful mask is ~(p ^ L) & 31 (compare every bit where p and L agree):
 * any narrower mask only accepts more labels. So driver p can serve L *isolated* (forwarding no other
 * request's label on the bus) iff every other label L' differs from p in a bit where L agrees with p.
 *
 * Given fixed labels, the per-bus problem is a bipartite b-matching (requests need k drivers each, edges =
 * isolation), solved exactly by augmenting paths; upstream uses a greedy or DFS assignment here. The label
 * choice itself is searched by backtracking with pruning (partial label sets that already fail a bus are
 * abandoned: adding labels only removes isolation edges and adds demand) under a time bound.
 */
import { UnsuccessfulRoutingError } from '../errors.js';
import { DRIVERS_PER_BUS } from '../hardware.js';

/** A label variable: one choice of `candidates`, applied to requests on one or more buses. */
export interface LabelVariable {
  /** Candidate choices, in preference order. Each choice gives the label used by every request below. */
  readonly candidates: readonly number[];
  /** Requests bound to this variable: `label(choice)` = choice + offset. */
  readonly requests: readonly { readonly bus: number; readonly size: number; readonly offset: number; readonly id: number }[];
}

export interface DriverAssignment {
  /** Label chosen per variable (in input order). */
  readonly choices: readonly number[];
  /** Per request id: the bus positions (0..31) allocated, ascending. */
  readonly positions: ReadonlyMap<number, readonly number[]>;
  /** Per request id: its label. */
  readonly labels: ReadonlyMap<number, number>;
}

/** Widest compare mask under which a driver at `position` forwards `label`. */
export function isolatingMask(position: number, label: number): number {
  return ~(position ^ label) & 31;
}

/** True iff the driver at `position` with the widest mask for `label` forwards none of `others`. */
export function servesIsolated(position: number, label: number, others: readonly number[]): boolean {
  const agree = ~(position ^ label) & 31;
  for (const other of others) {
    if (other === label) return false;
    if (((other ^ position) & agree) === 0) return false;
  }
  return true;
}

interface BusRequest {
  readonly id: number;
  readonly label: number;
  readonly size: number;
}

/**
 * Assigns drivers on one bus to requests with fixed, unique labels. Returns request id -> positions, or
 * null if impossible. Requests of size 0 are ignored (their labels still count for isolation).
 */
export function solveBus(requests: readonly BusRequest[]): Map<number, number[]> | null {
  const labels = requests.map((r) => r.label);
  if (new Set(labels).size !== labels.length) return null;
  let demand = 0;
  for (const r of requests) demand += r.size;
  if (demand > DRIVERS_PER_BUS) return null;
  // Edges request -> positions that serve it isolated.
  const edges = requests.map((r) => {
    const others = labels.filter((l) => l !== r.label);
    const list: number[] = [];
    for (let p = 0; p < DRIVERS_PER_BUS; p++) if (servesIsolated(p, r.label, others)) list.push(p);
    return list;
  });
  for (let i = 0; i < requests.length; i++) if (edges[i]!.length < requests[i]!.size) return null;
  const owner = new Int32Array(DRIVERS_PER_BUS).fill(-1);
  // Kuhn's augmenting paths, one unit of demand at a time (total demand <= 32).
  const tryAssign = (r: number, visited: Uint8Array): boolean => {
    for (const p of edges[r]!) {
      if (visited[p]) continue;
      visited[p] = 1;
      if (owner[p] === -1 || tryAssign(owner[p]!, visited)) {
        owner[p] = r;
        return true;
      }
    }
    return false;
  };
  for (let r = 0; r < requests.length; r++) {
    for (let k = 0; k < requests[r]!.size; k++) {
      if (!tryAssign(r, new Uint8Array(DRIVERS_PER_BUS))) return null;
    }
  }
  const result = new Map<number, number[]>();
  for (const r of requests) result.set(r.id, []);
  for (let p = 0; p < DRIVERS_PER_BUS; p++) {
    const r = owner[p]!;
    if (r >= 0) result.get(requests[r]!.id)!.push(p);
  }
  return result;
}

export interface AllocationOptions {
  /** Wall-clock bound of the label search in milliseconds. */
  readonly timeoutMs: number;
  readonly instance: number;
}

/**
 * Chooses a label per variable and allocates drivers so every bus is solvable. Buses linked by a common
 * variable form one interdependent set; independent sets are searched separately. Throws
 * `UnsuccessfulRoutingError` when the search space is exhausted or the time bound is hit.
 */
export function allocateDrivers(variables: readonly LabelVariable[], options: AllocationOptions): DriverAssignment {
  const start = performance.now();
  const choices = new Array<number>(variables.length).fill(-1);
  // Union-find over buses to split independent searches.
  const parent = new Map<number, number>();
  const find = (b: number): number => {
    let root = b;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const v of variables) {
    for (const r of v.requests) if (!parent.has(r.bus)) parent.set(r.bus, r.bus);
    for (let i = 1; i < v.requests.length; i++) {
      const a = find(v.requests[0]!.bus);
      const b = find(v.requests[i]!.bus);
      if (a !== b) parent.set(a, b);
    }
  }
  const components = new Map<number, number[]>();
  variables.forEach((v, i) => {
    if (v.requests.length === 0) {
      choices[i] = v.candidates[0]!;
      return;
    }
    const root = find(v.requests[0]!.bus);
    const list = components.get(root) ?? [];
    list.push(i);
    components.set(root, list);
  });

  const positions = new Map<number, number[]>();
  const labels = new Map<number, number>();
  let nodes = 0;
  for (const [, members] of [...components.entries()].sort((a, b) => a[0] - b[0])) {
    // Most demanding variables first: they have the fewest feasible labels.
    const order = [...members].sort((a, b) => demandOf(variables[b]!) - demandOf(variables[a]!) || a - b);
    const perBus = new Map<number, BusRequest[]>();
    const solved = new Map<number, Map<number, number[]>>();
    const search = (depth: number): boolean => {
      if (depth === order.length) return true;
      if ((++nodes & 255) === 0 && performance.now() - start > options.timeoutMs) {
        throw new UnsuccessfulRoutingError(options.instance,
          `synapse driver allocation did not finish within ${options.timeoutMs} ms (label search of ${variables.length} requests); increase the routing timeout or reduce the network`);
      }
      const vi = order[depth]!;
      const v = variables[vi]!;
      for (const choice of v.candidates) {
        let ok = true;
        const touched: number[] = [];
        for (const r of v.requests) {
          const list = perBus.get(r.bus) ?? [];
          list.push({ id: r.id, label: choice + r.offset, size: r.size });
          perBus.set(r.bus, list);
          touched.push(r.bus);
        }
        const saved = new Map<number, Map<number, number[]> | undefined>();
        for (const bus of new Set(touched)) {
          saved.set(bus, solved.get(bus));
          const solution = solveBus(perBus.get(bus)!);
          if (!solution) {
            ok = false;
            break;
          }
          solved.set(bus, solution);
        }
        if (ok && search(depth + 1)) {
          choices[vi] = choice;
          return true;
        }
        for (const r of v.requests) perBus.get(r.bus)!.pop();
        for (const [bus, s] of saved) {
          if (s) solved.set(bus, s);
          else solved.delete(bus);
        }
      }
      return false;
    };
    if (!search(0)) {
      const buses = [...new Set(members.flatMap((i) => variables[i]!.requests.map((r) => r.bus)))].sort((a, b) => a - b);
      throw new UnsuccessfulRoutingError(options.instance,
        `synapse driver allocation not successful on PADI bus(es) ${buses.join(', ')}: no label assignment isolates all ${members.length} source chunks`);
    }
    for (const [bus, solution] of solved) {
      for (const [id, list] of solution) positions.set(id, list);
      for (const r of perBus.get(bus)!) labels.set(r.id, r.label);
    }
  }
  return { choices, positions, labels };
}

function demandOf(v: LabelVariable): number {
  let total = 0;
  for (const r of v.requests) total += r.size;
  return total;
}
