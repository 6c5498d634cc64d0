/** `bss2 run <file>`: executes a program file or an experiment on a backend and prints the results. */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeFromFpgaBytes, formatTimeInfo, addTimeInfo, ZERO_TIME_INFO, type Connection } from '@bss2/fisch';
import { openBackend, type BackendFlags, type BackendName } from '../backends.js';
import { parseExperiment, runExperiment } from '../experiment.js';
import type { CliIo } from '../io.js';
import { describeFromFpga, formatDump, parseFile, readInputFile, wordList, type FileFormat } from '../program-file.js';
import { RecordingConnection, numberedPath } from '../recording.js';
import { progressBar } from '../ui.js';

export interface RunArgs {
  readonly file: string;
  readonly backend: BackendName;
  readonly flags: BackendFlags;
  readonly repeat: number;
  readonly format: 'text' | 'json';
  readonly output?: string;
  readonly outputFormat: FileFormat;
  readonly verbose: boolean;
}

export async function runCommand(args: RunArgs, io: CliIo): Promise<number> {
  const loaded = parseFile(args.file, await readInputFile(args.file));
  // validate the experiment completely before opening (possibly slow or exclusive) hardware
  const experiment = loaded.kind === 'experiment' ? parseExperiment(loaded.experiment) : undefined;
  const connection: Connection = await openBackend(args.backend, args.flags, io.env ?? process.env);
  try {
    if (experiment) {
      const recorder = args.output !== undefined ? new RecordingConnection(connection) : undefined;
      const result = await runExperiment(recorder ?? connection, experiment);
      io.stdout.write(JSON.stringify({ backend: connection.name, spikes: result.spikes, timings: result.timings }, null, 2) + '\n');
      if (recorder) {
        const n = recorder.programs.length;
        for (const [i, p] of recorder.programs.entries()) {
          const dump = { ...p, description: `experiment ${basename(args.file)}, program ${i + 1} of ${n}` };
          await writeFile(numberedPath(args.output!, i, n), formatDump(dump, args.outputFormat));
        }
        io.stderr.write(`bss2: recorded ${n} program${n === 1 ? '' : 's'} with their responses\n`);
      }
      return 0;
    }
    if (loaded.kind !== 'program') return 2;
    const program = loaded.program.toFpga;
    const bar = progressBar(io.stderr, args.repeat, 'run');
    let responses: Uint8Array = new Uint8Array(0);
    let time = ZERO_TIME_INFO;
    const t0 = performance.now();
    for (let i = 0; i < args.repeat; i++) {
      const r = await connection.execute(program, io.signal ? { signal: io.signal } : {});
      responses = r.responses;
      time = addTimeInfo(time, r.timeInfo);
      bar.tick(i + 1);
    }
    bar.stop();
    const wallMs = performance.now() - t0;
    const messages = decodeFromFpgaBytes(responses);
    if (args.format === 'json') {
      io.stdout.write(
        JSON.stringify(
          { backend: connection.name, runs: args.repeat, wallMs, timeInfo: time, responses: wordList(responses), messages },
          null,
          2,
        ) + '\n',
      );
    } else {
      for (const m of messages) io.stdout.write(describeFromFpga(m) + '\n');
    }
    io.stderr.write(
      `bss2: ran ${program.length / 8} words x ${args.repeat} on ${connection.name}: ${messages.length} responses, ` +
        `${wallMs.toFixed(1)} ms wall\n`,
    );
    if (args.verbose) io.stderr.write(formatTimeInfo(time) + '\n');
    if (args.output) {
      const dump = formatDump(
        { ...loaded.program, fromFpga: responses, backend: connection.name },
        args.outputFormat,
      );
      await writeFile(args.output, dump);
    }
    return 0;
  } finally {
    await connection.close();
  }
}
