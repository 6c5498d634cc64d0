/**
 * `bss2 dump <file>`: converts a program between the dump formats (JSON, protobuf, hex, binary). Given an
 * experiment (JSON network), it dumps the playback program(s) grenade generates for it, recorded while the
 * experiment runs on the local simulator (the generator needs the answers of earlier programs).
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InvalidArgumentError } from '@bss2/fisch';
import { SimConnection } from '@bss2/sim';
import { parseExperiment, runExperiment } from '../experiment.js';
import type { CliIo } from '../io.js';
import { formatDump, parseFile, readInputFile, type FileFormat, type ProgramDumpData } from '../program-file.js';
import { RecordingConnection, numberedPath } from '../recording.js';

export interface DumpArgs {
  readonly file: string;
  readonly format: FileFormat;
  readonly output?: string;
  readonly description?: string;
}

async function experimentPrograms(file: string, experiment: Record<string, unknown>): Promise<ProgramDumpData[]> {
  const parsed = parseExperiment(experiment);
  const recorder = new RecordingConnection(new SimConnection());
  try {
    await runExperiment(recorder, parsed);
  } finally {
    await recorder.close();
  }
  const n = recorder.programs.length;
  return recorder.programs.map((p, i) => ({ ...p, description: `experiment ${basename(file)}, program ${i + 1} of ${n}` }));
}

export async function dumpCommand(args: DumpArgs, io: CliIo): Promise<number> {
  const loaded = parseFile(args.file, await readInputFile(args.file));
  const programs = loaded.kind === 'program' ? [loaded.program] : await experimentPrograms(args.file, loaded.experiment);
  if (programs.length !== 1 && args.output === undefined) {
    throw new InvalidArgumentError(`${args.file} produced ${programs.length} programs: give --output to write them to numbered files`);
  }
  for (const [i, p] of programs.entries()) {
    const program = args.description !== undefined ? { ...p, description: args.description } : p;
    const out = formatDump(program, args.format);
    if (args.output !== undefined) await writeFile(numberedPath(args.output, i, programs.length), out);
    else io.stdout.write(out);
  }
  if (loaded.kind === 'experiment') io.stderr.write(`bss2: dumped ${programs.length} program${programs.length === 1 ? '' : 's'} generated for ${args.file}\n`);
  return 0;
}
