/**
 * The `bss2` command. `main(argv, io)` parses `argv` (the arguments after the program name), runs one
 * sub-command and resolves to the exit code; it never calls process.exit, so tests run it in-process.
 * Data goes to stdout, diagnostics (logs, progress, summaries, errors) to stderr.
 */
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { Bss2Error } from '@bss2/fisch';
import { BACKENDS, type BackendFlags, type BackendName } from './backends.js';
import { decodeCommand } from './commands/decode.js';
import { diffCommand } from './commands/diff.js';
import { dumpCommand } from './commands/dump.js';
import { runCommand } from './commands/run.js';
import { serveCommand } from './commands/serve.js';
import { EXIT_USAGE, exitCodeOf, type CliIo } from './io.js';
import { enumOption, intOption } from './options.js';
import { FILE_FORMATS, type FileFormat } from './program-file.js';
import { installLogger } from './ui.js';

export const VERSION = '0.1.0';

interface BackendCliOptions extends BackendFlags {
  backend?: string;
}

function backendOptions(cmd: Command, defaultBackend: string): Command {
  return cmd
    .option('-b, --backend <name>', `backend: ${BACKENDS.join(' | ')}`, defaultBackend)
    .option('--host <host>', 'remote executor host (default $BSS2_REMOTE_HOST or 127.0.0.1)')
    .option('--port <port>', 'remote executor port 1..65535 (default $BSS2_REMOTE_PORT or 5666)')
    .option('--user <name>', 'user name for fair sharing on a remote executor')
    .option('--connect-attempts <n>', 'remote connect attempts 1..10000, 100 ms apart (default 20)')
    .option('--vid <id>', 'USB vendor id 0..0xffff (default $BSS2_USB_VID)')
    .option('--pid <id>', 'USB product id 0..0xffff (default $BSS2_USB_PID)')
    .option('--serial <serial>', 'USB serial number (default $BSS2_USB_SERIAL)')
    .option('--usb-timeout <ms>', 'USB transfer timeout 1..3600000 ms (default 5000)');
}

function flagsOf(o: BackendCliOptions): BackendFlags {
  const out: Record<string, string> = {};
  for (const k of ['host', 'port', 'user', 'connectAttempts', 'vid', 'pid', 'serial', 'usbTimeout'] as const) {
    const v = o[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function backendOf(o: BackendCliOptions): BackendName {
  return enumOption('--backend', o.backend, BACKENDS, 'sim');
}

export function buildProgram(io: CliIo, setResult: (p: Promise<number>) => void): Command {
  const program = new Command('bss2')
    .description('BrainScaleS-2 operating system: run, inspect and serve playback programs')
    .version(VERSION)
    .option('-v, --verbose', 'debug logging on stderr')
    .exitOverride()
    .showHelpAfterError('(run bss2 --help for usage)')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
  const verbose = (): boolean => program.opts<{ verbose?: boolean }>().verbose === true;
  /** File arguments are relative to `io.cwd`, not to the process' working directory. */
  const path = (p: string): string => resolve(io.cwd ?? process.cwd(), p);

  backendOptions(
    program.command('run <file>').description('run a program file (.pb/.json/.hex/.bin) or a JSON experiment'),
    'sim',
  )
    .option('-n, --repeat <n>', 'number of runs 1..1000000 (default 1)')
    .addOption(new Option('-f, --format <fmt>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'save the program(s) plus responses as dumps (numbered if several)')
    .addOption(new Option('--output-format <fmt>', 'format of --output').choices([...FILE_FORMATS]).default('pb'))
    .action((file: string, o: BackendCliOptions & { repeat?: string; format: 'text' | 'json'; output?: string; outputFormat: FileFormat }) => {
      setResult(
        (async () =>
          runCommand(
            {
              file: path(file),
              backend: backendOf(o),
              flags: flagsOf(o),
              repeat: intOption('--repeat', o.repeat, 1, 1_000_000, 1),
              format: o.format,
              ...(o.output !== undefined ? { output: path(o.output) } : {}),
              outputFormat: o.outputFormat,
              verbose: verbose(),
            },
            io,
          ))(),
      );
    });

  program
    .command('dump <file>')
    .description('convert a program between dump formats (JSON, protobuf, hex, binary); for an experiment, dump the program(s) generated for it')
    .addOption(new Option('-f, --format <fmt>', 'output format').choices([...FILE_FORMATS]).default('json'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-d, --description <text>', 'set the dump description')
    .action((file: string, o: { format: FileFormat; output?: string; description?: string }) => {
      setResult(
        dumpCommand(
          {
            file: path(file),
            format: o.format,
            ...(o.output !== undefined ? { output: path(o.output) } : {}),
            ...(o.description !== undefined ? { description: o.description } : {}),
          },
          io,
        ),
      );
    });

  program
    .command('decode <file>')
    .description('decode a word stream (hex text or binary) into readable UT messages')
    .addOption(new Option('--direction <dir>', 'stream direction').choices(['to-fpga', 'from-fpga']).default('to-fpga'))
    .addOption(new Option('-i, --input-format <fmt>', 'input encoding').choices(['auto', 'hex', 'bin']).default('auto'))
    .addOption(new Option('-f, --format <fmt>', 'output format').choices(['text', 'json']).default('text'))
    .action((file: string, o: { direction: 'to-fpga' | 'from-fpga'; inputFormat: 'auto' | 'hex' | 'bin'; format: 'text' | 'json' }) => {
      setResult(decodeCommand({ file: path(file), direction: o.direction, inputFormat: o.inputFormat, format: o.format }, io));
    });

  program
    .command('diff <a> <b>')
    .description('compare two chip configurations (register state of two programs, or two JSON documents)')
    .addOption(new Option('-f, --format <fmt>', 'output format').choices(['text', 'json']).default('text'))
    .action((a: string, b: string, o: { format: 'text' | 'json' }) => {
      setResult(diffCommand({ a: path(a), b: path(b), format: o.format }, io));
    });

  backendOptions(program.command('serve').description('serve a backend to remote clients (bss2 run --backend remote)'), 'sim')
    .option('--max-program-bytes <n>', 'largest accepted program 8..2147483648 bytes (default 1280 MiB)')
    .action((o: BackendCliOptions & { maxProgramBytes?: string }) => {
      setResult(
        (async () =>
          serveCommand(
            {
              backend: backendOf(o),
              flags: { ...flagsOf(o), ...(o.port === undefined ? {} : { port: o.port }) },
              ...(o.maxProgramBytes !== undefined ? { maxProgramBytes: o.maxProgramBytes } : {}),
            },
            io,
          ))(),
      );
    });
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let result: Promise<number> | undefined;
  const program = buildProgram(io, (p) => {
    result = p;
  });
  const verbose = argv.includes('-v') || argv.includes('--verbose');
  const restoreLogger = installLogger(io.stderr, verbose);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (!result) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    return await result;
  } catch (e) {
    if (e instanceof CommanderError) {
      // commander already printed its message (or the help/version text)
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    const message = e instanceof Bss2Error ? `${e.message} [${e.code}]` : e instanceof Error ? e.message : String(e);
    io.stderr.write(`bss2: error: ${message}\n`);
    if (verbose && e instanceof Error && e.stack) io.stderr.write(e.stack + '\n');
    return exitCodeOf(e);
  } finally {
    restoreLogger();
  }
}
