/**
 * @bss2/cli: the `bss2` command (run, dump, decode, diff, serve). `main(argv, io)` is exported so the CLI can
 * be embedded and tested in-process; the library pieces (program file formats, diff) are reusable too.
 */
export { main, buildProgram, VERSION } from './main.js';
export { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, exitCodeOf, type CliIo, type CliOutput } from './io.js';
export { BACKENDS, openBackend, remoteAddress, type BackendFlags, type BackendName } from './backends.js';
export {
  DUMP_VERSION,
  FILE_FORMATS,
  PROGRAM_FORMAT,
  detectFormat,
  describeFromFpga,
  describeToFpga,
  formatDump,
  parseFile,
  parseHexWords,
  parseWordStream,
  type FileFormat,
  type LoadedFile,
  type ProgramDumpData,
} from './program-file.js';
export { diffJson, diffRegisters, registerName, registerState, type DiffEntry } from './commands/diff.js';
export { parseExperiment, runExperiment, type ExperimentResult, type ParsedExperiment } from './experiment.js';
export { RecordingConnection, numberedPath } from './recording.js';
