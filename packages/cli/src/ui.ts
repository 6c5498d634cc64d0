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

/**
 * Installs a root logger for the run: `verbose` shows debug output, otherwise only warnings and errors.
 * Returns a function restoring the previous root (main() may run many times in one test process).
 */
export function installLogger(stderr: CliOutput, verbose: boolean): () => void {
  const previous = rootLogger();
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
  setRootLogger(logger);
  return () => {
    setRootLogger(previous);
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
