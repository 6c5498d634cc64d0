/**
 * `bss2 diff <a> <b>`: compares two chip configurations.
 * - Two programs (any dump format): compares the register state they leave behind, i.e. the last value
 *   written to every Omnibus address, so re-ordered or repeated writes do not show up as differences.
 * - Two JSON documents (e.g. serialised containers): a structural diff by JSON path.
 * Exit code 0 = identical, 1 = different (like diff(1)), 2 = bad input.
 */
import { decodeToFpgaBytes, InvalidArgumentError } from '@bss2/fisch';
import { lookupRegister } from '@bss2/haldls';
import type { CliIo } from '../io.js';
import { parseFile, readInputFile, type LoadedFile } from '../program-file.js';

export interface DiffArgs {
  readonly a: string;
  readonly b: string;
  readonly format: 'text' | 'json';
}

export interface DiffEntry {
  readonly path: string;
  /** Register behind an Omnibus address, as haldls names it (`Container[coordinate].wordN`). */
  readonly register?: string;
  readonly a?: unknown;
  readonly b?: unknown;
}

/** Final value per Omnibus address written by a program (reads and non-Omnibus messages are ignored). */
export function registerState(program: Uint8Array): Map<number, number> {
  const state = new Map<number, number>();
  let address: number | undefined;
  for (const m of decodeToFpgaBytes(program)) {
    if (m.type === 'omnibus.Address') address = m.isRead ? undefined : m.address;
    else if (m.type === 'omnibus.Data' && address !== undefined) {
      state.set(address, m.value);
      address = undefined;
    }
  }
  return state;
}

const hex = (v: number): string => `0x${v.toString(16).padStart(8, '0')}`;

/** haldls' name of the register at an Omnibus address, if a haldls container lives there. */
export function registerName(address: number): string | undefined {
  return lookupRegister(address)?.name;
}

export function diffRegisters(a: Map<number, number>, b: Map<number, number>): DiffEntry[] {
  const out: DiffEntry[] = [];
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
  for (const k of keys) {
    const va = a.get(k);
    const vb = b.get(k);
    if (va === vb) continue;
    const register = registerName(k);
    out.push({
      path: hex(k),
      ...(register !== undefined ? { register } : {}),
      ...(va !== undefined ? { a: hex(va) } : {}),
      ...(vb !== undefined ? { b: hex(vb) } : {}),
    });
  }
  return out;
}

export function diffJson(a: unknown, b: unknown, path = '$', out: DiffEntry[] = []): DiffEntry[] {
  if (a === b) return out;
  const bothObjects = typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) {
    out.push({ path, ...(a !== undefined ? { a } : {}), ...(b !== undefined ? { b } : {}) });
    return out;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])];
  if (!Array.isArray(a)) keys.sort();
  for (const k of keys) diffJson(ra[k], rb[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`, out);
  return out;
}

async function load(path: string): Promise<LoadedFile> {
  return parseFile(path, await readInputFile(path));
}

export async function diffCommand(args: DiffArgs, io: CliIo): Promise<number> {
  const [la, lb] = await Promise.all([load(args.a), load(args.b)]);
  let entries: DiffEntry[];
  if (la.kind === 'program' && lb.kind === 'program') {
    entries = diffRegisters(registerState(la.program.toFpga), registerState(lb.program.toFpga));
  } else if (la.kind === 'experiment' && lb.kind === 'experiment') {
    entries = diffJson(la.experiment, lb.experiment);
  } else {
    throw new InvalidArgumentError(`cannot compare a program with a JSON document (${args.a} vs ${args.b})`);
  }
  if (args.format === 'json') io.stdout.write(JSON.stringify(entries, null, 2) + '\n');
  else {
    for (const e of entries) {
      const fa = 'a' in e ? JSON.stringify(e.a) : '(absent)';
      const fb = 'b' in e ? JSON.stringify(e.b) : '(absent)';
      io.stdout.write(`${e.path}${e.register !== undefined ? ` ${e.register}` : ''}: ${fa} -> ${fb}\n`);
    }
  }
  io.stderr.write(`bss2: ${entries.length} difference${entries.length === 1 ? '' : 's'}\n`);
  return entries.length === 0 ? 0 : 1;
}
