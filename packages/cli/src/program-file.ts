/**
 * Reading and writing program files. Accepted inputs (by extension, or sniffed when there is none):
 * - `.pb`   one `bss2.dump.ProgramDump` message (proto/dump.proto);
 * - `.json` a program dump `{ "format": "bss2.program", "words": ["0x…"] }`, a message list
 *           `{ "format": "bss2.program", "messages": [{ "type": "system.Loopback", "tick": true }] }`, or an
 *           experiment (network description, see experiment.ts);
 * - `.hex`/`.txt` 64-bit words as 16 hex digits each (or 0x-prefixed values), `#` starts a comment;
 * - `.bin`  raw big-endian 64-bit words.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  InvalidArgumentError,
  TruncatedStreamError,
  WordBuffer,
  decodeFromFpgaBytes,
  decodeToFpgaBytes,
  encodeToFpgaMessages,
  fromFpgaName,
  toFpgaName,
  type FromFpgaMessage,
  type ToFpgaMessage,
} from '@bss2/fisch';
import { bss2 } from './gen/dump.js';

export const PROGRAM_FORMAT = 'bss2.program';
export const DUMP_VERSION = 1;

export interface ProgramDumpData {
  /** To-FPGA words without the halt. */
  readonly toFpga: Uint8Array;
  /** Recorded from-FPGA answer, if any. */
  readonly fromFpga?: Uint8Array;
  readonly description?: string;
  readonly backend?: string;
}

export type LoadedFile =
  | { readonly kind: 'program'; readonly program: ProgramDumpData }
  | { readonly kind: 'experiment'; readonly experiment: Record<string, unknown> };

export type FileFormat = 'pb' | 'json' | 'hex' | 'bin';
export const FILE_FORMATS: readonly FileFormat[] = ['pb', 'json', 'hex', 'bin'];

/** Picks the format from the extension, or sniffs the content. */
export function detectFormat(path: string, bytes: Uint8Array): FileFormat {
  switch (extname(path).toLowerCase()) {
    case '.pb':
      return 'pb';
    case '.json':
      return 'json';
    case '.hex':
    case '.txt':
      return 'hex';
    case '.bin':
      return 'bin';
  }
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1').trimStart();
  if (head.startsWith('{')) return 'json';
  if (/^[0-9a-fA-Fx#\s]*$/.test(head) && head.length > 0) return 'hex';
  return 'bin';
}

export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new InvalidArgumentError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/** Parses hex text into big-endian word bytes. */
export function parseHexWords(text: string, source = 'input'): Uint8Array {
  const words = new WordBuffer();
  text.split(/\r?\n/).forEach((line, lineIndex) => {
    const content = line.replace(/#.*/, '').trim();
    if (!content) return;
    for (const token of content.split(/[\s,]+/)) {
      if (!token) continue;
      const where = `${source}:${lineIndex + 1}`;
      if (/^0x[0-9a-f]{1,16}$/i.test(token)) {
        const digits = token.slice(2).padStart(16, '0');
        words.push(parseInt(digits.slice(0, 8), 16), parseInt(digits.slice(8), 16));
      } else if (/^([0-9a-f]{16})+$/i.test(token)) {
        for (let i = 0; i < token.length; i += 16) {
          words.push(parseInt(token.slice(i, i + 8), 16), parseInt(token.slice(i + 8, i + 16), 16));
        }
      } else {
        throw new InvalidArgumentError(
          `${where}: "${token}" is not a 64-bit word (16 hex digits, or a 0x-prefixed value of at most 16 digits)`,
        );
      }
    }
  });
  return words.toBytes();
}

function requireWholeWords(bytes: Uint8Array, what: string): Uint8Array {
  if (bytes.length % 8 !== 0) {
    throw new TruncatedStreamError(`${what} has ${bytes.length} bytes, not a whole number of 64-bit words`, 8 - (bytes.length % 8));
  }
  return bytes;
}

/** Parses a word stream file (hex or binary) into bytes, for `decode`. */
export function parseWordStream(path: string, bytes: Uint8Array, format?: 'hex' | 'bin'): Uint8Array {
  const f = format ?? detectFormat(path, bytes);
  if (f === 'hex') return parseHexWords(Buffer.from(bytes).toString('utf8'), path);
  if (f === 'bin') return requireWholeWords(bytes, path);
  const loaded = parseFile(path, bytes, f);
  if (loaded.kind !== 'program') throw new InvalidArgumentError(`${path} is an experiment, not a word stream`);
  return loaded.program.toFpga;
}

function wordsFromJson(list: unknown, field: string): Uint8Array {
  if (!Array.isArray(list)) throw new InvalidArgumentError(`${field} must be an array of "0x…" strings`);
  const text = list
    .map((w, i) => {
      if (typeof w !== 'string') throw new InvalidArgumentError(`${field}[${i}] = ${JSON.stringify(w)} must be a "0x…" string`);
      return w.startsWith('0x') || w.startsWith('0X') ? w : `0x${w}`;
    })
    .join('\n');
  return parseHexWords(text, field);
}

/** Parses a complete file. */
export function parseFile(path: string, bytes: Uint8Array, format?: FileFormat): LoadedFile {
  const f = format ?? detectFormat(path, bytes);
  if (f === 'pb') {
    let d;
    try {
      d = bss2.dump.ProgramDump.decode(bytes);
    } catch (e) {
      throw new InvalidArgumentError(`${path} is not a ProgramDump protobuf: ${(e as Error).message}`);
    }
    if (d.version !== DUMP_VERSION) throw new InvalidArgumentError(`${path}: dump version ${d.version} is not supported (expected ${DUMP_VERSION})`);
    return {
      kind: 'program',
      program: {
        toFpga: requireWholeWords(d.toFpga, `${path} to_fpga`),
        ...(d.fromFpga.length > 0 ? { fromFpga: requireWholeWords(d.fromFpga, `${path} from_fpga`) } : {}),
        ...(d.description ? { description: d.description } : {}),
        ...(d.backend ? { backend: d.backend } : {}),
      },
    };
  }
  if (f === 'hex') return { kind: 'program', program: { toFpga: parseHexWords(Buffer.from(bytes).toString('utf8'), path) } };
  if (f === 'bin') return { kind: 'program', program: { toFpga: requireWholeWords(bytes, path) } };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (e) {
    throw new InvalidArgumentError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new InvalidArgumentError(`${path} must hold a JSON object`);
  const obj = json as Record<string, unknown>;
  if (obj.format !== PROGRAM_FORMAT) return { kind: 'experiment', experiment: obj };
  let toFpga: Uint8Array;
  if (obj.words !== undefined) toFpga = wordsFromJson(obj.words, 'words');
  else if (Array.isArray(obj.messages)) toFpga = encodeToFpgaMessages(obj.messages as ToFpgaMessage[]).toBytes();
  else throw new InvalidArgumentError(`${path}: a "${PROGRAM_FORMAT}" file needs "words" or "messages"`);
  return {
    kind: 'program',
    program: {
      toFpga,
      ...(obj.responses !== undefined ? { fromFpga: wordsFromJson(obj.responses, 'responses') } : {}),
      ...(typeof obj.description === 'string' ? { description: obj.description } : {}),
      ...(typeof obj.backend === 'string' ? { backend: obj.backend } : {}),
    },
  };
}

export function hexWord(bytes: Uint8Array, offset: number): string {
  return Buffer.from(bytes.subarray(offset, offset + 8)).toString('hex');
}

export function wordList(bytes: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 8) out.push(`0x${hexWord(bytes, i)}`);
  return out;
}

/** Message fields without the `type` tag, as `key=value` pairs. */
function fields(msg: Record<string, unknown>): string {
  return Object.entries(msg)
    .filter(([k]) => k !== 'type')
    .map(([k, v]) => `${k}=${typeof v === 'number' && k !== 'numBits' && v > 9 ? `0x${v.toString(16)}` : JSON.stringify(v)}`)
    .join(' ');
}

export function describeToFpga(msg: ToFpgaMessage): string {
  return `${toFpgaName(msg)} ${fields(msg as unknown as Record<string, unknown>)}`.trimEnd();
}

export function describeFromFpga(msg: FromFpgaMessage): string {
  return `${fromFpgaName(msg)} ${fields(msg as unknown as Record<string, unknown>)}`.trimEnd();
}

/** Serialises a program dump in the requested format. */
export function formatDump(d: ProgramDumpData, format: FileFormat): Uint8Array | string {
  switch (format) {
    case 'pb':
      return bss2.dump.ProgramDump.encode({
        version: DUMP_VERSION,
        toFpga: d.toFpga,
        fromFpga: d.fromFpga ?? new Uint8Array(0),
        description: d.description ?? '',
        backend: d.backend ?? '',
      }).finish();
    case 'bin':
      return d.toFpga;
    case 'hex': {
      const lines: string[] = [];
      if (d.description) lines.push(`# ${d.description}`);
      const words = WordBuffer.fromBytes(d.toFpga);
      for (let i = 0; i < words.length; i++) {
        const hi = words.hi(i);
        const what = hi & 0x80000000 ? 'idle' : describeToFpga(decodeToFpgaBytes(d.toFpga.subarray(i * 8, i * 8 + 8))[0]!);
        lines.push(`${hexWord(d.toFpga, i * 8)}  # ${what}`);
      }
      return lines.join('\n') + '\n';
    }
    case 'json': {
      // stable key order; 64-bit words as 0x strings (JSON numbers cannot hold them exactly)
      const out: Record<string, unknown> = { format: PROGRAM_FORMAT, version: DUMP_VERSION };
      if (d.description) out.description = d.description;
      if (d.backend) out.backend = d.backend;
      out.words = wordList(d.toFpga);
      out.messages = decodeToFpgaBytes(d.toFpga);
      if (d.fromFpga) {
        out.responses = wordList(d.fromFpga);
        out.responseMessages = decodeFromFpgaBytes(d.fromFpga);
      }
      return JSON.stringify(out, null, 2) + '\n';
    }
  }
}
