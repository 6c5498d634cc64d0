/**
 * Console plumbing that belongs only in the CLI: the winston root logger writing to stderr, and progress
 * bars (cli-progress, stderr, drawn only on a terminal so logs and CI output stay clean).
 */
import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import winston from 'winston';
import { rootLogger, setRootLogger } from '@bss2/fisch';
import type { CliOutput } from './io.js';

function toWritable(out: CliOutput): Writable {
  return new Writable({
    write(chunk: Buffer | string, _enc, cb): void {
      out.write(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      cb();
    },
  });
}

/** Loggers of main() calls still running, innermost last; `base` is the root from before the first. */
const active: winston.Logger[] = [];
let base: winston.Logger | undefined;

/**
 * Installs a root logger for the run: `verbose` shows debug output, otherwise only warnings and errors.
 * Returns a function that uninstalls it again. main() may run many times in one process, also concurrently
 * (a test serving and running at once): the root is always the logger of the latest main() still running,
 * and the original root once all have finished, whatever order they finish in.
 */
export function installLogger(stderr: CliOutput, verbose: boolean): () => void {
  if (active.length === 0) base = rootLogger();
  const logger = winston.createLogger({
    level: verbose ? 'debug' : 'warn',
    format: winston.format.combine(
      winston.format.timestamp(),
      winston.format.printf((info) => {
        const { level, message, timestamp, module, ...rest } = info as Record<string, unknown>;
        const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
        return `${String(timestamp)} ${String(level)} [${String(module ?? 'cli')}] ${String(message)}${extra}`;
      }),
    ),
    transports: [new winston.transports.Stream({ stream: toWritable(stderr) })],
  });
  active.push(logger);
  setRootLogger(logger);
  return () => {
    const i = active.indexOf(logger);
    if (i < 0) return;
    active.splice(i, 1);
    setRootLogger(active.at(-1) ?? base!);
    logger.close();
  };
}

export interface Progress {
  tick(done: number): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal and the job is long enough to need one. */
export function progressBar(stderr: CliOutput, total: number, label: string): Progress {
  if (!stderr.isTTY || total < 2) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: stderr as unknown as NodeJS.WritableStream, format: `${label} [{bar}] {value}/{total} {eta_formatted}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (done) => bar.update(done), stop: () => bar.stop() };
}
