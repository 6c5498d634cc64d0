/** `bss2 dump <file>`: converts a program between the dump formats (JSON, protobuf, hex, binary). */
import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError } from '@bss2/fisch';
import type { CliIo } from '../io.js';
import { formatDump, parseFile, readInputFile, type FileFormat } from '../program-file.js';

export interface DumpArgs {
  readonly file: string;
  readonly format: FileFormat;
  readonly output?: string;
  readonly description?: string;
}

export async function dumpCommand(args: DumpArgs, io: CliIo): Promise<number> {
  const loaded = parseFile(args.file, await readInputFile(args.file));
  if (loaded.kind !== 'program') {
    // Compiling a network into its playback program needs the stadls program generator behind grenade.
    throw new InvalidArgumentError(`${args.file} is an experiment description; dump works on programs (use run to execute it)`);
  }
  const program = args.description !== undefined ? { ...loaded.program, description: args.description } : loaded.program;
  const out = formatDump(program, args.format);
  if (args.output) await writeFile(args.output, out);
  else io.stdout.write(out);
  return 0;
}
