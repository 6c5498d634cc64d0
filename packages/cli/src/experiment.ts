/**
 * Experiment files: a JSON network description that the CLI turns into a grenade network and runs.
 *
 * ```json
 * {
 *   "populations": [
 *     { "name": "input", "type": "external", "size": 4 },
 *     { "name": "exc", "type": "neurons", "size": 4, "record": true }
 *   ],
 *   "projections": [
 *     { "pre": "input", "post": "exc", "connector": "one_to_one", "weight": 63, "receptor": "excitatory" },
 *     { "pre": "input", "post": "exc", "connector": "list", "connections": [[0, 1, 20]] }
 *   ],
 *   "inputs": { "input": [[1000, 5000], [], [2000], []] },
 *   "runtime": 10000
 * }
 * ```
 * Times are FPGA clock cycles. Every field is validated with an error naming its JSON path.
 */
import {
  InvalidArgumentError,
  checkEnum,
  checkInt,
  type Connection,
} from '@bss2/fisch';
import {
  NetworkBuilder,
  allToAll,
  fromList,
  oneToOne,
  run,
  type Connector,
  type Network,
  type PopulationRef,
} from '@bss2/grenade';

const POPULATION_TYPES = ['neurons', 'external', 'background'] as const;
const CONNECTORS = ['one_to_one', 'all_to_all', 'list'] as const;
const RECEPTORS = ['excitatory', 'inhibitory'] as const;

export interface ExperimentResult {
  /** Recorded spikes per population name: [batch][neuron] -> times (FPGA cycles). */
  readonly spikes: Record<string, number[][][]>;
  readonly timings: { readonly compileMs: number; readonly executeMs: number; readonly reusedRouting: boolean };
}

function obj(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidArgumentError(`${path} must be a JSON object`);
  return value as Record<string, unknown>;
}

function arr(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new InvalidArgumentError(`${path} must be a JSON array`);
  return value;
}

function str(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidArgumentError(`${path} must be a non-empty string`);
  return value;
}

export interface ParsedExperiment {
  readonly build: () => { network: Network; refs: Map<string, PopulationRef>; recorded: string[] };
  readonly inputs: Map<string, number[][]>;
  readonly runtime: number;
}

/** Validates an experiment description (without touching any hardware). */
export function parseExperiment(json: Record<string, unknown>): ParsedExperiment {
  const pops = arr(json.populations, 'populations').map((p, i) => {
    const o = obj(p, `populations[${i}]`);
    return {
      name: str(o.name, `populations[${i}].name`),
      type: checkEnum(`populations[${i}].type`, o.type ?? 'neurons', POPULATION_TYPES),
      size: checkInt(`populations[${i}].size`, o.size, 1, 1 << 20),
      record: o.record === undefined ? false : o.record === true,
      placement: o.placement === undefined ? undefined : arr(o.placement, `populations[${i}].placement`).map((n, j) => checkInt(`populations[${i}].placement[${j}]`, n, 0, 511)),
    };
  });
  const names = new Set<string>();
  for (const p of pops) {
    if (names.has(p.name)) throw new InvalidArgumentError(`population name "${p.name}" is used twice`);
    names.add(p.name);
  }
  const ref = (v: unknown, path: string): string => {
    const n = str(v, path);
    if (!names.has(n)) throw new InvalidArgumentError(`${path} = "${n}" names no population (known: ${[...names].join(', ')})`);
    return n;
  };
  const projs = arr(json.projections ?? [], 'projections').map((p, i) => {
    const o = obj(p, `projections[${i}]`);
    const kind = checkEnum(`projections[${i}].connector`, o.connector ?? 'all_to_all', CONNECTORS);
    const weight = checkInt(`projections[${i}].weight`, o.weight ?? 0, 0, 1 << 20);
    let connector: Connector;
    if (kind === 'one_to_one') connector = oneToOne({ weight });
    else if (kind === 'all_to_all') connector = allToAll({ weight });
    else {
      const list = arr(o.connections, `projections[${i}].connections`).map((c, j) => {
        const t = arr(c, `projections[${i}].connections[${j}]`);
        return [
          checkInt(`projections[${i}].connections[${j}][0]`, t[0], 0, 1 << 20),
          checkInt(`projections[${i}].connections[${j}][1]`, t[1], 0, 1 << 20),
          checkInt(`projections[${i}].connections[${j}][2]`, t[2] ?? weight, 0, 1 << 20),
        ] as const;
      });
      connector = fromList(list);
    }
    return {
      pre: ref(o.pre, `projections[${i}].pre`),
      post: ref(o.post, `projections[${i}].post`),
      connector,
      receptor: checkEnum(`projections[${i}].receptor`, o.receptor ?? 'excitatory', RECEPTORS),
    };
  });
  const inputs = new Map<string, number[][]>();
  for (const [name, times] of Object.entries(obj(json.inputs ?? {}, 'inputs'))) {
    const n = ref(name, 'inputs');
    inputs.set(
      n,
      arr(times, `inputs.${name}`).map((row, i) =>
        arr(row, `inputs.${name}[${i}]`).map((t, j) => checkInt(`inputs.${name}[${i}][${j}]`, t, 0, 0x7fff_ffff)),
      ),
    );
  }
  const runtime = checkInt('runtime', json.runtime, 1, 0x7fff_ffff);
  const build = (): { network: Network; refs: Map<string, PopulationRef>; recorded: string[] } => {
    const b = new NetworkBuilder();
    const refs = new Map<string, PopulationRef>();
    const recorded: string[] = [];
    for (const p of pops) {
      let r: PopulationRef;
      if (p.type === 'neurons') r = b.addPopulation(p.size, { record: p.record, ...(p.placement ? { placement: p.placement } : {}) });
      else if (p.type === 'external') r = b.addExternalSource(p.size, { record: p.record });
      else r = b.addBackgroundSource(p.size, { record: p.record });
      refs.set(p.name, r);
      if (p.record) recorded.push(p.name);
    }
    for (const p of projs) b.addProjection(refs.get(p.pre)!, refs.get(p.post)!, p.connector, { receptor: p.receptor });
    return { network: b.done(), refs, recorded };
  };
  return { build, inputs, runtime };
}

/**
 * Builds and runs an experiment on `connection` through grenade, with grenade's default program generation
 * (the lola Chip configurator; CapMem settling chosen by whether the connection may be hardware).
 */
export async function runExperiment(connection: Connection, parsed: ParsedExperiment): Promise<ExperimentResult> {
  const { network, refs, recorded } = parsed.build();
  const spikes = [...parsed.inputs].map(([name, times]) => ({ population: refs.get(name)!, times }));
  const result = await run(connection, network, { spikes }, { runtime: parsed.runtime });
  const out: Record<string, number[][][]> = {};
  for (const name of recorded) out[name] = result.spikes(refs.get(name)!);
  return { spikes: out, timings: result.timings };
}
