/** `bss2 serve`: runs the remote executor in front of a local backend until interrupted. */
import { InvalidArgumentError, moduleLogger } from '@bss2/fisch';
import { DEFAULT_MAX_PROGRAM_BYTES, RemoteServer } from '@bss2/transport';
import { openBackend, type BackendFlags, type BackendName } from '../backends.js';
import type { CliIo } from '../io.js';
import { intOption } from '../options.js';

export interface ServeArgs {
  readonly backend: BackendName;
  readonly flags: BackendFlags;
  readonly maxProgramBytes?: string;
}

export async function serveCommand(args: ServeArgs, io: CliIo): Promise<number> {
  const log = moduleLogger('cli.serve');
  if (args.backend === 'remote') throw new InvalidArgumentError('serve cannot front another remote executor: use --backend sim, zeromock or usb');
  const host = args.flags.host ?? '127.0.0.1';
  const env = io.env ?? process.env;
  const port = intOption('--port', args.flags.port ?? env.BSS2_REMOTE_PORT, 0, 65535, 5666);
  const maxProgramBytes = intOption('--max-program-bytes', args.maxProgramBytes, 8, 2 ** 31, DEFAULT_MAX_PROGRAM_BYTES);
  const connection = await openBackend(args.backend, args.flags, env);
  let server: RemoteServer;
  try {
    server = await RemoteServer.listen({
      connection,
      host,
      port,
      maxProgramBytes,
      closeConnection: true,
      onJobDone: (s) => log.debug('program done', { ...s }),
    });
  } catch (e) {
    await connection.close();
    throw e;
  }
  const addr = server.address;
  io.stderr.write(`bss2: serving ${connection.name} on ${addr.host}:${addr.port}\n`);
  io.onListening?.(addr);
  await new Promise<void>((resolve) => {
    if (!io.signal) return; // without a signal, serve runs until the process is killed
    if (io.signal.aborted) resolve();
    else io.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
  const s = server.stats;
  io.stderr.write(`bss2: served ${s.completed} programs (${s.failed} failed)\n`);
  return 0;
}
